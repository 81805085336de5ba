package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.planning.RelationshipPlans;

/**
 * Random command sequences sent to relationship plans (DOMAIN D10.1, D10.4): every accepted command
 * keeps the plan valid, a refused one leaves it unchanged, the events replay to an equal plan and a
 * tampered history is refused — the kit's {@link AggregateContract} over its relationship-plan
 * model, whose invariants are {@link RelationshipPlans#checkRules} — and generated histories reach
 * every step. A snapshot taken after any command continues with the events after it, and restoring
 * every attribute gives an equal plan. The standard policy's targets grow with the share target,
 * and the gap report never counts more than a target asks, names no one for a reached target and
 * enough customers to raise for a customer target that is short.
 */
class RelationshipPlanProperties
    implements AggregateContract<RelationshipPlan, RelationshipPlanEvent> {

  @Override
  public AggregateModel<RelationshipPlan, RelationshipPlanEvent> model() {
    return RelationshipPlans.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedPlansReachEveryStep(
      @ForAll CommandLog<RelationshipPlan, RelationshipPlanEvent> history) {
    RelationshipPlans.checkRules(history);
    Statistics.label("step").collect(history.state().step());
    Statistics.label("step")
        .coverage(c -> c.check(PlanningStep.EXECUTE_AND_MONITOR).count(n -> n > 0));
    Statistics.label("revised").collect(history.state().revisions() > 0);
    Statistics.label("revised").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToThePlan(
      @ForAll CommandLog<RelationshipPlan, RelationshipPlanEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<RelationshipPlanEvent> events = history.events();
    List<List<RelationshipPlanEvent>> batches = history.batches();
    int cut = 0;
    for (List<RelationshipPlanEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    RelationshipPlan snapshot = RelationshipPlan.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(
        history.state(), RelationshipPlan.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualPlan(
      @ForAll CommandLog<RelationshipPlan, RelationshipPlanEvent> history) {
    RelationshipPlan stored = history.state();
    RelationshipPlan restored =
        RelationshipPlan.restore()
            .id(stored.id())
            .version(stored.version())
            .scope(stored.scope())
            .owner(stored.owner())
            .manager(stored.manager())
            .openedAt(stored.openedAt())
            .lastEventAt(stored.lastEventAt())
            .step(stored.step())
            .marketTargets(stored.marketTargets())
            .analysis(stored.analysis())
            .targets(stored.targets())
            .strategies(stored.strategies())
            .startsOn(stored.startsOn())
            .staffing(stored.staffing())
            .norms(stored.norms())
            .monitoring(stored.monitoring())
            .revisions(stored.revisions())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored.hashCode(), restored.hashCode());
    assertEquals(stored, RelationshipPlan.replay(restored, List.of()));
  }

  @Property(tries = 300)
  void aHigherShareTargetNeverAsksForFewerRelationships(
      @ForAll @IntRange(min = 1, max = 99) int percent,
      @ForAll @IntRange(min = 1, max = 4) int customers,
      @ForAll @IntRange(min = 1, max = 300) int ratioHundredths) {
    List<CustomerId> ids =
        IntStream.range(0, customers).mapToObj(i -> CustomerId.of("CU-" + i)).toList();
    PlanScope scope = PlanScope.region("region", ids);
    List<RelationshipTarget> lower =
        RelationshipTargetPolicy.standard().derive(scope, targets(ids, percent, ratioHundredths));
    List<RelationshipTarget> higher =
        RelationshipTargetPolicy.standard()
            .derive(scope, targets(ids, percent + 1, ratioHundredths));
    assertTrue(backers(higher) >= backers(lower), lower + " then " + higher);
    assertTrue(customersAsked(higher) >= customersAsked(lower), lower + " then " + higher);
    for (RelationshipTarget target : higher) {
      if (target.layer() != RelationshipLayer.KEY) {
        assertTrue(target.count() <= customers, target::toString);
      }
    }
  }

  @Property(tries = 200)
  void theGapNeverCountsMoreThanATargetAsks(@ForAll RelationshipGap gap) {
    for (TargetGap target : gap.gaps()) {
      assertTrue(target.reached() <= target.target().count());
      assertEquals(target.target().count(), target.reached() + target.shortBy());
      if (target.isReached()) {
        assertTrue(target.candidates().isEmpty(), target::explanation);
      } else if (target.target().layer() != RelationshipLayer.KEY) {
        // a customer target asks for no more customers than the scope has: someone is below it
        assertTrue(target.candidates().size() >= target.shortBy(), target::explanation);
      }
    }
    assertEquals(gap.isClosed(), gap.open().isEmpty());
  }

  private static MarketTargets targets(List<CustomerId> customers, int percent, int ratio) {
    return MarketTargets.builder()
        .share(
            ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.valueOf(percent, 2)))
        .competition(
            new CompetitionTarget(CompetitorId.of("CO-RIVAL"), BigDecimal.valueOf(ratio, 2), false))
        .hilltop(new HilltopTarget(OpportunityId.of("OP-1"), customers.get(0), "hill"))
        .build();
  }

  private static int backers(List<RelationshipTarget> targets) {
    return targets.stream()
        .filter(t -> t.layer() == RelationshipLayer.KEY)
        .mapToInt(RelationshipTarget::count)
        .sum();
  }

  private static int customersAsked(List<RelationshipTarget> targets) {
    return targets.stream()
        .filter(t -> t.layer() == RelationshipLayer.ORGANISATIONAL)
        .mapToInt(RelationshipTarget::count)
        .sum();
  }
}
