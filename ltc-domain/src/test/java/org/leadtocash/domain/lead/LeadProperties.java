package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.STRANGER;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.testing.CommandActions.command;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
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
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random command sequences on a lead (DOMAIN D2): accepted commands keep every rule, refused ones
 * throw a domain exception and change nothing, and the events replay to an equal lead.
 */
class LeadProperties {

  @Property(tries = 400)
  void commandSequencesNeverReachAnIllegalState(
      @ForAll("leads") ActionChain<CommandLog<Lead, LeadEvent>> chain) {
    CommandLog<Lead, LeadEvent> log =
        chain.withInvariant("DOMAIN D2 rules hold", LeadProperties::holdsEveryRule).run();
    Statistics.label("final status").collect(log.state().status());
    Statistics.label("final status")
        .coverage(
            c -> {
              c.check(LeadStatus.CONVERTED).count(n -> n > 0);
              c.check(LeadStatus.CLOSED).count(n -> n > 0);
              c.check(LeadStatus.NURTURING).count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualLead(
      @ForAll("leads") ActionChain<CommandLog<Lead, LeadEvent>> chain) {
    CommandLog<Lead, LeadEvent> log = chain.run();
    assertEquals(log.state(), Lead.replay(log.events()));
  }

  static void holdsEveryRule(CommandLog<Lead, LeadEvent> log) {
    Lead lead = log.state();
    assertEquals(log.events().size(), lead.version(), "the version counts the events");
    LeadStatus status = lead.status();
    if (status != LeadStatus.CREATED && status != LeadStatus.CLOSED) {
      assertTrue(lead.leadManager().isPresent(), "D2.4: submitted to a lead manager");
    }
    if (status == LeadStatus.VALIDATED || status == LeadStatus.NURTURING) {
      assertTrue(
          lead.validation().map(ValidationReport::isComplete).orElse(false),
          "D2.5: every criterion answered");
    }
    if (status == LeadStatus.NURTURING) {
      assertTrue(lead.validation().orElseThrow().passed(), "D2.5: only a passed KCP is nurtured");
      assertTrue(lead.nurturingOwner().isPresent(), "D2.4: nurtured by its owner");
    }
    assertEquals(
        status == LeadStatus.CONVERTED,
        lead.opportunity().isPresent(),
        "D2.7: linked when converted");
    if (status == LeadStatus.CONVERTED) {
      assertTrue(lead.budget().isPresent(), "D2.7: converted only with a budget");
      assertTrue(
          lead.validation().orElseThrow().passed(), "D2.7: converted only with a passed KCP");
    }
    Optional<NurturingStep> expected = Optional.of(NurturingStep.first());
    for (NurturingRecord record : lead.nurturingHistory()) {
      assertEquals(expected, Optional.of(record.step()), "D2.6: the path is walked in order");
      assertTrue(
          log.events().stream()
              .anyMatch(e -> e instanceof NurturingStarted s && s.owner().equals(record.by())),
          "D2.4: recorded by a nurturing owner");
      expected = record.nextStep();
    }
    if (status.isFinal()) {
      LeadEvent last = log.events().get(log.events().size() - 1);
      assertTrue(
          last instanceof LeadConverted || last instanceof LeadClosed,
          "D2.7: nothing is accepted after conversion or closure, but " + last);
    }
  }

  @Provide
  ActionChainArbitrary<CommandLog<Lead, LeadEvent>> leads() {
    Arbitrary<EmployeeId> people = Arbitraries.of(MANAGER, OWNER, STRANGER, CREATOR);
    Arbitrary<Instant> when = Arbitraries.integers().between(1, 400).map(LeadFixtures::day);
    return ActionChain.<CommandLog<Lead, LeadEvent>>startWith(
            () -> CommandLog.start(Lead.create(LEAD, earlyProfile(), CREATOR, day(0))))
        .withAction(
            3, command("submit", Arbitraries.of(MANAGER, STRANGER), (l, p) -> l.submit(p, day(1))))
        .withAction(
            2,
            command(
                "recordBudget",
                Arbitraries.longs().between(1, 50_000_000),
                (l, amount) -> l.recordBudget(cny(amount), day(2))))
        .withAction(
            4,
            command(
                "validate",
                Combinators.combine(answers(), Arbitraries.of(MANAGER, MANAGER, STRANGER))
                    .as(Tuple::of),
                (l, p) -> l.validate(p.get1(), p.get2(), day(3))))
        .withAction(1, command("close", when, (l, t) -> l.close("not real", t)))
        .withAction(1, command("suspend", when, (l, t) -> l.suspend("hang it", t)))
        .withAction(2, command("resume", when, (l, t) -> l.resume(t)))
        .withAction(3, command("nurture", people, (l, p) -> l.nurture(p, day(4))))
        .withAction(
            8,
            command(
                "recordNurturingStep",
                Combinators.combine(steps(), Arbitraries.of(OWNER, OWNER, OWNER, STRANGER))
                    .as((s, by) -> new Object[] {s, by}),
                (l, p) ->
                    l.recordNurturingStep((NurturingStep) p[0], "step", (EmployeeId) p[1], day(5))))
        .withAction(
            3,
            command(
                "recordKdmResponse",
                Arbitraries.of(true, false),
                (l, ok) -> l.recordKdmResponse(ok, "the KDM answered", OWNER, day(6))))
        .withAction(
            2,
            command(
                "convert",
                people,
                (l, p) -> l.convert(OpportunityId.of("OP-" + l.version()), p, day(7)).lead()))
        .withMaxTransformations(40);
  }

  private static Arbitrary<NurturingStep> steps() {
    return Arbitraries.of(
        Arrays.stream(NurturingStep.values())
            .filter(s -> s != NurturingStep.KDM_ACKNOWLEDGES)
            .toArray(NurturingStep[]::new));
  }

  /** Complete answers of any strength, and now and then an incomplete set. */
  private static Arbitrary<ValidationAnswers> answers() {
    Arbitrary<ValidationAnswers> complete =
        Combinators.combine(
                Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 8))
            .as(LeadFixtures::answers);
    Arbitrary<ValidationAnswers> partial =
        Arbitraries.subsetOf(ValidationCriterion.values())
            .map(
                criteria -> {
                  ValidationAnswers.Builder b = ValidationAnswers.builder();
                  criteria.forEach(c -> b.met(c, "partial evidence"));
                  return b.build();
                });
    return Arbitraries.frequencyOf(Tuple.of(5, complete), Tuple.of(1, partial));
  }
}
