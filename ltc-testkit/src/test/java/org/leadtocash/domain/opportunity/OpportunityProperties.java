package org.leadtocash.domain.opportunity;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * Random command sequences on an opportunity (DOMAIN D3): accepted commands keep every rule,
 * refused ones throw a domain exception and change nothing, and the events replay to an equal
 * opportunity — the kit's {@link AggregateContract} over its opportunity model — and the generated
 * opportunities reach every status and gate.
 */
class OpportunityProperties implements AggregateContract<Opportunity, OpportunityEvent> {

  @Override
  public AggregateModel<Opportunity, OpportunityEvent> model() {
    return Opportunities.model(Settings.standard());
  }

  @Property(tries = 300)
  void generatedOpportunitiesReachEveryStatusAndGate(
      @ForAll CommandLog<Opportunity, OpportunityEvent> history) {
    Opportunities.checkRules(history);
    Opportunity o = history.state();
    Statistics.label("status").collect(o.status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (OpportunityStatus status : OpportunityStatus.values()) {
                c.check(status).count(n -> n > 0);
              }
            });
    Statistics.label("won, awaiting ATC").collect(o.awaitsContractApproval());
    Statistics.label("won, awaiting ATC").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("furthest gate").collect(furthestGate(o));
    Statistics.label("furthest gate")
        .coverage(
            c -> {
              for (String gate : List.of("none", "ATI", "ATB", "ATC")) {
                c.check(gate).count(n -> n > 0);
              }
            });
  }

  private static String furthestGate(Opportunity o) {
    for (Gate gate : List.of(Gate.ATC, Gate.ATB, Gate.ATI)) {
      if (o.passed(gate)) {
        return gate.name();
      }
    }
    return "none";
  }
}
