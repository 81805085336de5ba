package org.leadtocash.testkit.voice;

import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.Settings;

/**
 * The kit's customer-issue model keeps the contract: its chains' accepted commands keep the rules
 * of DOMAIN D8.2, refused ones change nothing, and the events replay to the issue.
 */
class CustomerIssueModelProperties implements AggregateContract<CustomerIssue, IssueEvent> {

  @Override
  public AggregateModel<CustomerIssue, IssueEvent> model() {
    return CustomerIssues.model(Settings.standard());
  }
}
