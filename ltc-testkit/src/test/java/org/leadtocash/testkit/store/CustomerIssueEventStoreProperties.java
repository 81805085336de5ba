package org.leadtocash.testkit.store;

import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.voice.CustomerIssues;

/** The in-memory event store keeps the event-store contract for CustomerIssue histories. */
class CustomerIssueEventStoreProperties implements EventStoreContract<CustomerIssue, IssueEvent> {

  @Override
  public AggregateModel<CustomerIssue, IssueEvent> model() {
    return CustomerIssues.model(Settings.standard());
  }

  @Override
  public EventStore<IssueEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
