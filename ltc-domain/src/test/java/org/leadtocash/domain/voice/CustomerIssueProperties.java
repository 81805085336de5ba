package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.CommandActions.command;
import static org.leadtocash.domain.voice.VoiceFixtures.HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.ISSUE;
import static org.leadtocash.domain.voice.VoiceFixtures.OTHER_HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.description;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random command sequences on a customer issue (DOMAIN D8.2): accepted commands keep every rule,
 * refused ones throw a domain exception and change nothing, and the events replay to an equal
 * issue.
 */
class CustomerIssueProperties {

  @Property(tries = 400)
  void commandSequencesNeverReachAnIllegalState(
      @ForAll("issues") ActionChain<CommandLog<CustomerIssue, IssueEvent>> chain) {
    CommandLog<CustomerIssue, IssueEvent> log =
        chain
            .withInvariant("DOMAIN D8.2 rules hold", CustomerIssueProperties::holdsEveryRule)
            .run();
    Statistics.label("final status").collect(log.state().status());
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualIssue(
      @ForAll("issues") ActionChain<CommandLog<CustomerIssue, IssueEvent>> chain) {
    CommandLog<CustomerIssue, IssueEvent> log = chain.run();
    assertEquals(log.state(), CustomerIssue.replay(log.events()));
  }

  static void holdsEveryRule(CommandLog<CustomerIssue, IssueEvent> log) {
    CustomerIssue issue = log.state();
    List<IssueEvent> events = log.events();
    IssueStatus status = issue.status();
    assertEquals(events.size(), issue.version(), "the version counts the events");
    assertEquals(
        status != IssueStatus.ACCEPTED, issue.handler().isPresent(), "D8.2: handled once accepted");
    assertEquals(
        status == IssueStatus.CLOSED || status == IssueStatus.EVALUATED,
        issue.closedAt().isPresent() && issue.resolution().isPresent(),
        "D8.2: closed with a resolution");
    assertEquals(
        status == IssueStatus.EVALUATED,
        issue.evaluation().isPresent() && issue.evaluatedAt().isPresent(),
        "D8.2: evaluated after closure");
    if (status == IssueStatus.ESCALATED) {
      assertTrue(issue.isEscalated(), "D8.2: an escalated issue has escalations");
    }
    if (status == IssueStatus.HANDLING || status == IssueStatus.ACCEPTED) {
      assertFalse(issue.isEscalated(), "D8.2: escalation comes after handling");
    }
    OrganisationLevel level = OrganisationLevel.REPRESENTATIVE_OFFICE;
    for (Escalation escalation : issue.escalations()) {
      assertEquals(level, escalation.from(), "D8.2: escalated from the level handling it");
      assertTrue(escalation.to().compareTo(level) > 0, "D8.2: escalations go up");
      level = escalation.to();
    }
    assertEquals(level, issue.level(), "D8.2: handled at the last escalation's level");
    boolean markedMajor = events.stream().anyMatch(e -> e instanceof IssueMarkedMajor);
    assertEquals(
        issue.description().severity() == IssueSeverity.CRITICAL || markedMajor,
        issue.isMajor(),
        "D8.2: major when critical or marked");
    assertTrue(
        events.stream().filter(e -> e instanceof IssueMarkedMajor).count() <= 1,
        "D8.2: marked major at most once");
    for (int i = 1; i < events.size(); i++) {
      assertFalse(
          events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()),
          "D8.2: the history runs forward");
    }
    assertEquals(events.get(events.size() - 1).occurredAt(), issue.lastEventAt());
    issue.timeToClose().ifPresent(d -> assertFalse(d.isNegative(), "closure after acceptance"));
    if (status == IssueStatus.EVALUATED) {
      assertTrue(
          events.get(events.size() - 1) instanceof IssueEvaluated,
          "D8.2: nothing is accepted after the evaluation");
    }
  }

  @Provide
  Arbitrary<ActionChain<CommandLog<CustomerIssue, IssueEvent>>> issues() {
    return Arbitraries.of(IssueSeverity.values()).flatMap(CustomerIssueProperties::chain);
  }

  private static ActionChainArbitrary<CommandLog<CustomerIssue, IssueEvent>> chain(
      IssueSeverity severity) {
    Arbitrary<Integer> later = Arbitraries.integers().between(-6, 72);
    Arbitrary<EmployeeId> handlers = Arbitraries.of(HANDLER, OTHER_HANDLER);
    Arbitrary<Tuple2<OrganisationLevel, Integer>> escalations =
        Combinators.combine(Arbitraries.of(OrganisationLevel.values()), later).as(Tuple::of);
    return ActionChain.<CommandLog<CustomerIssue, IssueEvent>>startWith(
            () -> CommandLog.start(CustomerIssue.accept(ISSUE, description(severity), day(0))))
        .withAction(
            3,
            command(
                "startHandling",
                Combinators.combine(handlers, later).as(Tuple::of),
                (i, p) -> i.startHandling(p.get1(), after(i, p.get2()))))
        .withAction(
            4,
            command(
                "escalate",
                escalations,
                (i, p) -> i.escalate(p.get1(), "needs " + p.get1(), after(i, p.get2()))))
        .withAction(
            2, command("markMajor", later, (i, h) -> i.markMajor("a major complaint", after(i, h))))
        .withAction(2, command("close", later, (i, h) -> i.close("resolved", after(i, h))))
        .withAction(
            2,
            command(
                "evaluate",
                Combinators.combine(Arbitraries.of(IssueSatisfaction.values()), later)
                    .as(Tuple::of),
                (i, p) -> i.evaluate(IssueEvaluation.of(p.get1(), "said so"), after(i, p.get2()))))
        .withMaxTransformations(20);
  }

  /** A moment some hours after the issue's last event, now and then before it. */
  private static Instant after(CustomerIssue issue, int hours) {
    return issue.lastEventAt().plus(Duration.ofHours(hours));
  }
}
