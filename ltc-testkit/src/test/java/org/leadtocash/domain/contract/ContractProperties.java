package org.leadtocash.domain.contract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.contract.Contracts;

/**
 * Random command sequences on a contract (DOMAIN D5), with valid and invalid inputs — amounts that
 * are negative, too large or in another currency, unknown invoices and milestones, ATC decisions of
 * other gates, verdicts or opportunities, blank reasons, dates before the latest event: accepted
 * commands keep every rule, refused ones throw a domain exception and change nothing, and the
 * events replay to an equal contract — the kit's {@link AggregateContract} over its contract model
 * — and the generated contracts reach every status.
 */
class ContractProperties implements AggregateContract<Contract, ContractEvent> {

  @Override
  public AggregateModel<Contract, ContractEvent> model() {
    return Contracts.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedContractsReachEveryStatus(@ForAll CommandLog<Contract, ContractEvent> history) {
    Contracts.checkRules(history);
    Contract contract = history.state();
    Statistics.label("status").collect(contract.status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (ContractStatus status : ContractStatus.values()) {
                c.check(status).count(n -> n > 0);
              }
            });
    Statistics.label("changed").collect(!contract.changes().isEmpty());
    Statistics.label("changed").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
