package org.leadtocash.testkit.voice;

import static org.leadtocash.testkit.Generators.hoursLater;
import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.Escalation;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.HandlingStarted;
import org.leadtocash.domain.voice.IssueAccepted;
import org.leadtocash.domain.voice.IssueClosed;
import org.leadtocash.domain.voice.IssueDescription;
import org.leadtocash.domain.voice.IssueEscalated;
import org.leadtocash.domain.voice.IssueEvaluated;
import org.leadtocash.domain.voice.IssueEvaluation;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.domain.voice.IssueId;
import org.leadtocash.domain.voice.IssueMarkedMajor;
import org.leadtocash.domain.voice.IssueReview;
import org.leadtocash.domain.voice.IssueSatisfaction;
import org.leadtocash.domain.voice.IssueSeverity;
import org.leadtocash.domain.voice.IssueStatus;
import org.leadtocash.domain.voice.MonthlyIssueReview;
import org.leadtocash.domain.voice.WeeklyIssueReview;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Non-technical customer issues (DOMAIN D8.2) in every reachable state — accepted, handled,
 * escalated up the organisation, marked major, closed, evaluated — and the weekly and monthly
 * reviews that list them.
 */
public final class CustomerIssues {

  private static final List<EmployeeId> HANDLERS =
      List.of(EmployeeId.of("E-HANDLER"), EmployeeId.of("E-OTHER-HANDLER"));

  private CustomerIssues() {}

  /**
   * Adds the arbitraries of the issue's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(IssueId.class, s -> CommonValues.ids("IS-", IssueId::of))
        .add(IssueDescription.class, CustomerIssues::descriptions)
        .add(IssueEvaluation.class, s -> evaluations())
        .add(Escalation.class, s -> partsOf(issues(s), CustomerIssue::escalations))
        .add(
            IssueReview.class,
            s ->
                Arbitraries.of("UTC", "Asia/Shanghai", "Europe/Berlin", "America/Sao_Paulo")
                    .map(zone -> IssueReview.in(java.time.ZoneId.of(zone))))
        .add(
            WeeklyIssueReview.class,
            s ->
                Combinators.combine(
                        issues(s).list().uniqueElements(CustomerIssue::id).ofMaxSize(12),
                        CommonValues.dates(s))
                    .as((issues, d) -> IssueReview.in(ZoneOffset.UTC).weekly(issues, d)))
        .add(
            MonthlyIssueReview.class,
            s ->
                Combinators.combine(
                        issues(s).list().uniqueElements(CustomerIssue::id).ofMaxSize(12),
                        CommonValues.dates(s))
                    .as(
                        (issues, d) ->
                            IssueReview.in(ZoneOffset.UTC).monthly(issues, YearMonth.from(d))));
    catalogue.addAggregate(
        CustomerIssue.class,
        IssueEvent.class,
        CustomerIssues::model,
        List.of(
            IssueAccepted.class,
            HandlingStarted.class,
            IssueEscalated.class,
            IssueMarkedMajor.class,
            IssueClosed.class,
            IssueEvaluated.class));
  }

  /**
   * Returns the issue's model.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<CustomerIssue, IssueEvent> model(Settings settings) {
    Arbitrary<Command<CustomerIssue, IssueEvent>> steps = steps(settings);
    return AggregateModel.builder(CustomerIssue.class)
        .timeOrder(RuleId.D8_2)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(4, steps), Tuple.of(4, anyCommand(settings)), Tuple.of(1, backdated())))
        .replay(CustomerIssue::replay, CustomerIssue::replay)
        .invariants(CustomerIssues::checkRules)
        .sizes(12, 20)
        .build();
  }

  /**
   * Returns issues in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the issues, never null
   */
  public static Arbitrary<CustomerIssue> issues(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns issue descriptions: a customer of the settings, a summary, any severity and channel,
   * maybe who raised it and the contract it concerns.
   *
   * @param settings what to generate within; not null
   * @return the descriptions, never null
   */
  public static Arbitrary<IssueDescription> descriptions(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            CommonValues.texts(),
            Arbitraries.of(IssueSeverity.class),
            Arbitraries.of(FeedbackSource.class),
            CommonValues.ids("P-", PersonId::of).optional(0.5),
            CommonValues.ids("CT-", ContractId::of).optional(0.5))
        .as(
            (customer, summary, severity, channel, person, contract) ->
                IssueDescription.builder()
                    .customer(customer)
                    .summary(summary)
                    .severity(severity)
                    .channel(channel)
                    .raisedBy(person)
                    .contract(contract)
                    .build());
  }

  private static Arbitrary<IssueEvaluation> evaluations() {
    return Combinators.combine(Arbitraries.of(IssueSatisfaction.class), CommonValues.texts())
        .as(IssueEvaluation::of);
  }

  private static Arbitrary<Transition<CustomerIssue, IssueEvent>> creations(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("IS-", IssueId::of),
            descriptions(settings),
            Arbitraries.integers().between(0, settings.days() - 60))
        .as((id, description, day) -> CustomerIssue.accept(id, description, settings.day(day)));
  }

  /** The arguments a step draws; which command it sends depends on the issue's state. */
  private record Step(int choice, int hours, OrganisationLevel level, IssueEvaluation evaluation) {}

  private static Arbitrary<Command<CustomerIssue, IssueEvent>> steps(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 72),
            Arbitraries.of(OrganisationLevel.class),
            evaluations())
        .as(Step::new)
        .map(step -> Command.of("step " + step, i -> step(settings, i, step)));
  }

  /** The next move from the issue's state: handle, escalate up, mark major, close, evaluate. */
  private static Transition<CustomerIssue, IssueEvent> step(
      Settings settings, CustomerIssue issue, Step s) {
    Instant at = later(settings, issue.lastEventAt(), s.hours());
    int c = s.choice();
    if (c < 8 && !issue.isMajor()) {
      return issue.markMajor("a major complaint", at);
    }
    Optional<OrganisationLevel> higher =
        List.of(OrganisationLevel.values()).stream()
            .filter(l -> l.compareTo(issue.level()) > 0)
            .findFirst();
    return switch (issue.status()) {
      case ACCEPTED -> issue.startHandling(HANDLERS.get(c % 2), at);
      case HANDLING, ESCALATED ->
          c < 40 && higher.isPresent()
              ? issue.escalate(higher.get(), "needs " + higher.get(), at)
              : issue.close("resolved", at);
      case CLOSED, EVALUATED -> issue.evaluate(s.evaluation(), at);
    };
  }

  /** Any command, some hours after the latest change or a few before it. */
  private static Arbitrary<Command<CustomerIssue, IssueEvent>> anyCommand(Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(-6, 72);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(HANDLERS), hours)
            .as(
                (handler, h) ->
                    hoursLater(
                        "startHandling " + handler,
                        h,
                        settings,
                        CustomerIssue::lastEventAt,
                        (i, at) -> i.startHandling(handler, at))),
        Combinators.combine(Arbitraries.of(OrganisationLevel.class), hours)
            .as(
                (level, h) ->
                    hoursLater(
                        "escalate to " + level,
                        h,
                        settings,
                        CustomerIssue::lastEventAt,
                        (i, at) -> i.escalate(level, "needs " + level, at))),
        hours.map(
            h ->
                hoursLater(
                    "markMajor",
                    h,
                    settings,
                    CustomerIssue::lastEventAt,
                    (i, at) -> i.markMajor("a major complaint", at))),
        hours.map(
            h ->
                hoursLater(
                    "close",
                    h,
                    settings,
                    CustomerIssue::lastEventAt,
                    (i, at) -> i.close("resolved", at))),
        Combinators.combine(evaluations(), hours)
            .as(
                (evaluation, h) ->
                    hoursLater(
                        "evaluate " + evaluation.satisfaction(),
                        h,
                        settings,
                        CustomerIssue::lastEventAt,
                        (i, at) -> i.evaluate(evaluation, at))));
  }

  /** A command dated before the latest change: every issue refuses it (DESIGN §2). */
  private static Arbitrary<Command<CustomerIssue, IssueEvent>> backdated() {
    return Generators.backdated(
        "markMajor", CustomerIssue::lastEventAt, (i, at) -> i.markMajor("a major complaint", at));
  }

  /**
   * Checks the rules of DOMAIN D8.2 on an issue and its history.
   *
   * @param log the issue with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<CustomerIssue, IssueEvent> log) {
    CustomerIssue issue = log.state();
    List<IssueEvent> events = log.events();
    IssueStatus status = issue.status();
    Check.equal((long) events.size(), issue.version(), "the version counts the events");
    Check.equal(
        status != IssueStatus.ACCEPTED, issue.handler().isPresent(), "D8.2: handled once accepted");
    Check.equal(
        status == IssueStatus.CLOSED || status == IssueStatus.EVALUATED,
        issue.closedAt().isPresent() && issue.resolution().isPresent(),
        "D8.2: closed with a resolution");
    Check.equal(
        status == IssueStatus.EVALUATED,
        issue.evaluation().isPresent() && issue.evaluatedAt().isPresent(),
        "D8.2: evaluated after closure");
    if (status == IssueStatus.ESCALATED) {
      Check.that(issue.isEscalated(), "D8.2: an escalated issue has escalations");
    }
    if (status == IssueStatus.HANDLING || status == IssueStatus.ACCEPTED) {
      Check.that(!issue.isEscalated(), "D8.2: escalation comes after handling");
    }
    OrganisationLevel level = OrganisationLevel.REPRESENTATIVE_OFFICE;
    for (Escalation escalation : issue.escalations()) {
      Check.equal(level, escalation.from(), "D8.2: escalated from the level handling it");
      Check.that(escalation.to().compareTo(level) > 0, "D8.2: escalations go up");
      level = escalation.to();
    }
    Check.equal(level, issue.level(), "D8.2: handled at the last escalation's level");
    boolean markedMajor = events.stream().anyMatch(e -> e instanceof IssueMarkedMajor);
    Check.equal(
        issue.description().severity() == IssueSeverity.CRITICAL || markedMajor,
        issue.isMajor(),
        "D8.2: major when critical or marked");
    Check.that(
        events.stream().filter(e -> e instanceof IssueMarkedMajor).count() <= 1,
        "D8.2: marked major at most once");
    Check.equal(
        events.get(events.size() - 1).occurredAt(),
        issue.lastEventAt(),
        "D8.2: the last change is the latest event");
    issue
        .timeToClose()
        .ifPresent(d -> Check.that(!d.isNegative(), "D8.2: closure after acceptance"));
    if (status == IssueStatus.EVALUATED) {
      Check.that(
          events.get(events.size() - 1) instanceof IssueEvaluated,
          "D8.2: nothing is accepted after the evaluation");
    }
  }
}
