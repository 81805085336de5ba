package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.DELIVERY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OFFICE_HEAD;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OTHER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.testing.CommandActions.command;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random command sequences on an opportunity (DOMAIN D3): accepted commands keep every rule,
 * refused ones throw a domain exception and change nothing, and the events replay to an equal
 * opportunity. Time advances a day per event, so the phase history is in order.
 */
class OpportunityProperties {

  @Property(tries = 400)
  void commandSequencesNeverReachAnIllegalState(
      @ForAll("opportunities") ActionChain<CommandLog<Opportunity, OpportunityEvent>> chain) {
    CommandLog<Opportunity, OpportunityEvent> log =
        chain.withInvariant("DOMAIN D3 rules hold", OpportunityProperties::holdsEveryRule).run();
    Opportunity o = log.state();
    Statistics.label("final status").collect(o.status());
    Statistics.label("final status")
        .coverage(c -> c.check(OpportunityStatus.WON).count(n -> n > 0));
    Statistics.label("won, awaiting ATC").collect(o.awaitsContractApproval());
    Statistics.label("ended").collect(o.isEnded());
    Statistics.label("ended").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("furthest gate").collect(furthestGate(o));
    Statistics.label("furthest gate")
        .coverage(
            c -> {
              c.check("ATI").count(n -> n > 0);
              c.check("ATB").count(n -> n > 0);
              c.check("ATC").count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualOpportunity(
      @ForAll("opportunities") ActionChain<CommandLog<Opportunity, OpportunityEvent>> chain) {
    CommandLog<Opportunity, OpportunityEvent> log = chain.run();
    assertEquals(log.state(), Opportunity.replay(log.events()));
  }

  private static String furthestGate(Opportunity o) {
    for (Gate gate : List.of(Gate.ATC, Gate.ATB, Gate.ATI)) {
      if (o.passed(gate)) {
        return gate.name();
      }
    }
    return "none";
  }

  static void holdsEveryRule(CommandLog<Opportunity, OpportunityEvent> log) {
    Opportunity o = log.state();
    assertEquals(log.events().size(), o.version(), "the version counts the events");
    assertTrue(o.amount().isPositive(), "D3.5: the amount is positive");
    assertEquals(profile().amount().getCurrencyUnit(), o.amount().getCurrencyUnit(), "D3.5");
    if (o.passed(Gate.ATI)) {
      assertTrue(
          log.events().stream()
              .anyMatch(e -> e instanceof TriangleAssigned t && t.triangle().isComplete()),
          "D4.1: ATI passed with a complete triangle");
    }
    o.phase()
        .requiredGate()
        .ifPresent(gate -> assertTrue(o.passed(gate), "D3.2: " + o.phase() + " needs " + gate));
    for (Gate gate : Gate.values()) {
      gate.previous()
          .ifPresent(
              previous ->
                  assertTrue(
                      !o.passed(gate) || o.passed(previous),
                      "D3.2: " + gate + " passed after " + previous));
      assertEquals(
          o.latestDecision(gate).map(GateDecision::passes).orElse(false),
          o.passedGates().contains(gate),
          "D3.2: a gate is passed iff its latest decision approved it");
      assertEquals(
          o.probability().weigh(o.amount()), o.weightedAmount(), "D12: the weighted amount");
      long approvals = o.decisions().stream().filter(d -> d.gate() == gate && d.passes()).count();
      assertTrue(approvals <= 1, "D3.2: a gate is passed once");
      o.decisions().stream()
          .filter(d -> d.gate() == gate)
          .forEach(
              d ->
                  assertTrue(
                      d.authority().level().isAtLeast(OrganisationLevel.REPRESENTATIVE_OFFICE),
                      "D3.2: decided by an authority"));
    }
    assertEquals(o.isHilltop(), o.trafficLight().isPresent(), "D3.4: a light iff hilltop");
    if (o.passed(Gate.ATI)) {
      assertTrue(
          o.phase().compareTo(SalesPhase.DEVELOP_SOLUTION) >= 0,
          "D3.2: an approved ATI moves on to develop the solution");
    }
    if (o.passed(Gate.ATB)) {
      assertTrue(o.phase().compareTo(SalesPhase.BID) >= 0, "D3.2: an approved ATB moves on to bid");
    }
    assertEquals(
        o.status() == OpportunityStatus.WON && !o.passed(Gate.ATC),
        o.awaitsContractApproval(),
        "D3.5: won and awaiting ATC");
    assertEquals(o.isEnded(), o.endedAt().isPresent(), "D3.5: ended exactly when dated so");
    switch (o.status()) {
      case WON -> {
        assertTrue(o.passed(Gate.ATB), "D3.2: won only after ATB");
        assertEquals(SalesPhase.NEGOTIATE, o.phase(), "D3.5: the award moves on to negotiate");
        assertEquals(o.passed(Gate.ATC), o.isEnded(), "D3.5: a win ends once ATC is approved");
      }
      case LOST -> {
        OpportunityOutcome.Lost lost = (OpportunityOutcome.Lost) o.outcome().orElseThrow();
        assertTrue(o.competitors().contains(lost.winner()), "D3.5: lost to a recorded competitor");
      }
      case OPEN -> assertTrue(o.outcome().isEmpty(), "D3.5: an open opportunity has no outcome");
      default -> assertTrue(o.outcome().isPresent(), "D3.5: an ended one has its outcome");
    }
    if (o.isEnded()) {
      // the command that ended it is the last one accepted: every later event is part of it
      List<OpportunityEvent> events = log.events();
      int ending = 1;
      while (!Opportunity.replay(events.subList(0, ending)).isEnded()) {
        ending++;
      }
      Instant endedAt = events.get(ending - 1).occurredAt();
      assertEquals(Optional.of(endedAt), o.endedAt());
      for (OpportunityEvent later : events.subList(ending, events.size())) {
        assertEquals(endedAt, later.occurredAt(), "D3.5: nothing is accepted once ended: " + later);
      }
    }
    for (int i = 1; i < log.events().size(); i++) {
      assertTrue(
          !log.events().get(i).occurredAt().isBefore(log.events().get(i - 1).occurredAt()),
          "D3.1: time only moves forward");
    }
  }

  @Provide
  ActionChainArbitrary<CommandLog<Opportunity, OpportunityEvent>> opportunities() {
    Arbitrary<CompetitorId> competitors = Arbitraries.of(RIVAL, OTHER);
    return ActionChain.<CommandLog<Opportunity, OpportunityEvent>>startWith(
            () -> CommandLog.start(Opportunity.open(OPPORTUNITY, profile(), day(0))))
        .withAction(
            18,
            command(
                "forecast",
                Combinators.combine(
                        Arbitraries.of("CNY", "CNY", "CNY", "USD"),
                        Arbitraries.longs().between(1, 80_000_000),
                        Arbitraries.integers().between(0, 100))
                    .as(Tuple::of),
                (o, p) ->
                    o.forecast(
                        Money.ofMajor(org.joda.money.CurrencyUnit.of(p.get1()), p.get2()),
                        date(90),
                        Probability.ofPercent(p.get3()),
                        now(o))))
        .withAction(
            36,
            command(
                "moveTo", Arbitraries.of(SalesPhase.class), (o, phase) -> o.moveTo(phase, now(o))))
        .withAction(
            6,
            command(
                "changeBuyingStage",
                Arbitraries.of(BuyingStage.class),
                (o, stage) -> o.changeBuyingStage(stage, now(o))))
        .withAction(
            12,
            command(
                "assignTriangle",
                Arbitraries.of(true, true, true, false),
                (o, complete) ->
                    o.assignTriangle(
                        complete
                            ? OpportunityFixtures.completeTriangle()
                            : OpportunityFixtures.triangleWithoutFr(),
                        now(o))))
        .withAction(
            18,
            command(
                "recordDeliveryParticipation",
                Arbitraries.just(DELIVERY),
                (o, p) -> o.recordDeliveryParticipation(p, now(o))))
        .withAction(
            27,
            command(
                "recordEstimate",
                Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(EnumSet.allOf(EstimateContributor.class))),
                    Tuple.of(
                        1,
                        Arbitraries.subsetOf(EstimateContributor.values())
                            .filter(s -> !s.isEmpty())
                            .map(EnumSet::copyOf))),
                (o, contributors) -> o.recordEstimate(estimate(contributors, o), now(o))))
        .withAction(
            9,
            command(
                "planGate",
                Arbitraries.of(Gate.class),
                (o, gate) -> o.planGate(gate, today(o).plusDays(3), now(o))))
        .withAction(
            72,
            command(
                "decide",
                Combinators.combine(
                        Arbitraries.of(Gate.class),
                        Arbitraries.frequencyOf(
                            Tuple.of(12, Arbitraries.just(Verdict.APPROVED)),
                            Tuple.of(2, Arbitraries.just(Verdict.APPROVED_WITH_CONDITIONS)),
                            Tuple.of(1, Arbitraries.just(Verdict.REJECTED)),
                            Tuple.of(1, Arbitraries.just(Verdict.DEFERRED))),
                        Arbitraries.of(OrganisationLevel.class))
                    .as(Tuple::of),
                (o, p) -> o.decide(ruling(o, p.get1(), p.get2(), p.get3()), POLICY, now(o))))
        .withAction(
            4,
            command(
                "recordCustomerGrade",
                Arbitraries.of(CustomerGrade.class),
                (o, grade) -> o.recordCustomerGrade(grade, now(o))))
        .withAction(
            2,
            command(
                "backdated forecast",
                Arbitraries.integers().between(1, 5),
                (o, d) ->
                    o.forecast(
                        o.amount(),
                        date(90),
                        o.probability(),
                        o.lastEventAt().minus(java.time.Duration.ofDays(d)))))
        .withAction(
            6,
            command(
                "markHilltop",
                Arbitraries.of(TrafficLight.class),
                (o, light) -> o.markHilltop(light, now(o))))
        .withAction(
            6,
            command(
                "changeTrafficLight",
                Arbitraries.of(TrafficLight.class),
                (o, light) -> o.changeTrafficLight(light, now(o))))
        .withAction(12, command("addCompetitor", competitors, (o, c) -> o.addCompetitor(c, now(o))))
        .withAction(
            12,
            command(
                "win",
                Arbitraries.longs().between(0, 3),
                (o, ours) ->
                    o.win(
                        AwardSplit.builder().ours(cny(ours)).putCompetitor(RIVAL, cny(1)).build(),
                        now(o))))
        .withAction(1, command("lose", competitors, (o, c) -> o.lose(c, "lower price", now(o))))
        .withAction(
            1, command("abandon", Arbitraries.just("x"), (o, r) -> o.abandon("no budget", now(o))))
        .withAction(
            1, command("cancel", Arbitraries.just("x"), (o, r) -> o.cancel("stopped", now(o))))
        .withMaxTransformations(80);
  }

  /** Time advances a day per event. */
  private static java.time.Instant now(Opportunity o) {
    return day(Math.toIntExact(o.version()));
  }

  private static LocalDate today(Opportunity o) {
    return date(Math.toIntExact(o.version()));
  }

  private static ProjectEstimate estimate(Set<EstimateContributor> contributors, Opportunity o) {
    return ProjectEstimate.builder()
        .preparedOn(today(o))
        .estimatedCost(cny(1_000_000))
        .contributors(contributors)
        .build();
  }

  /** A ruling on the gate, taken today. */
  private static Ruling ruling(Opportunity o, Gate gate, Verdict verdict, OrganisationLevel level) {
    Ruling.Builder b =
        Ruling.builder()
            .gate(gate)
            .authority(DecisionAuthority.of(OFFICE_HEAD, level))
            .decidedOn(today(o))
            .verdict(verdict)
            .rationale("decided");
    if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
      b.addCondition("advance payment");
    }
    return b.build();
  }
}
