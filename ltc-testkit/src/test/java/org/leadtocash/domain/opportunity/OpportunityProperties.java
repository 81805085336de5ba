package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * Random command sequences on an opportunity (DOMAIN D3): accepted commands keep every rule,
 * refused ones throw a domain exception and change nothing, and the events replay to an equal
 * opportunity — the kit's {@link AggregateContract} over its opportunity model — and the generated
 * opportunities reach every status and gate; a snapshot and the events after it replay to the same
 * opportunity, and a history cut inside a command is refused; and a snapshot restored from every
 * attribute of a generated opportunity equals it and continues with the events after it (DOMAIN
 * D3).
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

  /**
   * A snapshot taken after any command, and the events stored after it, replay to the opportunity
   * the commands produced (DOMAIN D3.1), whatever its decisions and their rejections did.
   */
  @Property(tries = 100)
  void aSnapshotAndTheEventsAfterItReplayToTheOpportunity(
      @ForAll CommandLog<Opportunity, OpportunityEvent> history,
      @ForAll @IntRange(min = 1, max = 100) int commands) {
    List<OpportunityEvent> head = firstCommands(history, commands);
    Opportunity snapshot = Opportunity.replay(head);
    assertEquals(head.size(), snapshot.version(), "the snapshot's version counts its events");
    List<OpportunityEvent> events = history.events();
    assertEquals(
        history.state(), Opportunity.replay(snapshot, events.subList(head.size(), events.size())));
  }

  /**
   * A history that ends inside a command — a decision without the phase change or return it caused,
   * an award without the move on to negotiate — is refused (DOMAIN D3.1). A rejection cut before
   * the abandonment it caused is left out: it is also what a host whose policy returns the gate
   * stores when the opportunity is already in the phase it returns to, a genuine history.
   */
  @Property(tries = 100)
  void aHistoryCutInsideACommandIsRefused(
      @ForAll CommandLog<Opportunity, OpportunityEvent> history) {
    List<List<OpportunityEvent>> batches = history.batches();
    int end = 0;
    for (List<OpportunityEvent> batch : batches) {
      if (batch.size() > 1 && !(batch.get(1) instanceof OpportunityAbandoned)) {
        List<OpportunityEvent> cut = history.events().subList(0, end + 1);
        RejectedHistoryException refused =
            assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(cut));
        assertEquals(RuleId.D3_1, refused.rule(), refused.getMessage());
        assertEquals(end + 1, refused.position(), refused.getMessage());
        Statistics.label("cut after").collect(batch.get(0).type().name());
      }
      end += batch.size();
    }
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualOpportunity(@ForAll Opportunity opportunity) {
    Opportunity restored = restoredFromEveryAttribute(opportunity);
    assertEquals(opportunity, restored);
    assertEquals(opportunity.hashCode(), restored.hashCode());
    assertEquals(opportunity, Opportunity.replay(restored, List.of()));
    Statistics.label("status").collect(opportunity.status());
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<Opportunity, OpportunityEvent> history,
      @ForAll @IntRange(min = 1, max = 100) int commands) {
    List<OpportunityEvent> head = firstCommands(history, commands);
    Opportunity snapshot = Opportunity.replay(head);
    Opportunity restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    List<OpportunityEvent> events = history.events();
    assertEquals(
        history.state(), Opportunity.replay(restored, events.subList(head.size(), events.size())));
  }

  /** Restores an opportunity by setting each of its attributes, as a codec reading one does. */
  private static Opportunity restoredFromEveryAttribute(Opportunity stored) {
    return Opportunity.restore()
        .id(stored.id())
        .version(stored.version())
        .profile(stored.profile())
        .openedAt(stored.openedAt())
        .amount(stored.amount())
        .expectedSigning(stored.expectedSigning())
        .probability(stored.probability())
        .phaseHistory(stored.phaseHistory())
        .buyingStageHistory(stored.buyingStageHistory())
        .deliveryParticipant(stored.deliveryParticipant())
        .triangle(stored.triangle())
        .estimates(stored.estimates())
        .plannedGates(stored.plannedGates())
        .decisions(stored.decisions())
        .trafficLight(stored.trafficLight())
        .competitors(stored.competitors())
        .assessment(stored.assessment())
        .outcome(stored.outcome())
        .customerGrade(stored.customerGrade())
        .lastEventAt(stored.lastEventAt())
        .endedAt(stored.endedAt())
        .build();
  }

  private static List<OpportunityEvent> firstCommands(
      CommandLog<Opportunity, OpportunityEvent> history, int commands) {
    List<List<OpportunityEvent>> batches = history.batches();
    return batches.subList(0, Math.min(commands, batches.size())).stream()
        .flatMap(List::stream)
        .toList();
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
