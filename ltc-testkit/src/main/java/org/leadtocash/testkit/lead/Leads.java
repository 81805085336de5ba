package org.leadtocash.testkit.lead;

import static org.leadtocash.testkit.Generators.hoursLater;
import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.Money;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.lead.BudgetRecorded;
import org.leadtocash.domain.lead.CriterionAnswer;
import org.leadtocash.domain.lead.CriterionResult;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadClosed;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadConverted;
import org.leadtocash.domain.lead.LeadCreated;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadResumed;
import org.leadtocash.domain.lead.LeadReviewPolicy;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.LeadStatus;
import org.leadtocash.domain.lead.LeadSubmitted;
import org.leadtocash.domain.lead.LeadSuspended;
import org.leadtocash.domain.lead.LeadValidated;
import org.leadtocash.domain.lead.LeadValidation;
import org.leadtocash.domain.lead.NurturingRecord;
import org.leadtocash.domain.lead.NurturingStarted;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.lead.NurturingStepRecorded;
import org.leadtocash.domain.lead.ValidationAnswers;
import org.leadtocash.domain.lead.ValidationCriterion;
import org.leadtocash.domain.lead.ValidationReport;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Leads (DOMAIN D2) in every reachable state — created, submitted, validated, nurtured along the
 * path, suspended and resumed, converted or closed — and the values around them, all made by the
 * lead's own commands.
 *
 * <p>{@link #model} gives the lead's {@link AggregateModel}: histories that take a lead through the
 * review mostly forward, and chains that also send the commands the review refuses — a stranger
 * validating, a nurturing step out of order, a conversion without budget, any command dated before
 * the latest event.
 */
public final class Leads {

  private static final List<EmployeeId> PEOPLE =
      List.of(
          EmployeeId.of("E-ZHANG"),
          EmployeeId.of("E-LI"),
          EmployeeId.of("E-WANG"),
          EmployeeId.of("E-ZHAO"));

  private Leads() {}

  /**
   * Adds the arbitraries of the lead's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(LeadProfile.class, Leads::profiles)
        .add(ValidationAnswers.class, s -> answers())
        .add(ValidationReport.class, s -> reports())
        .add(CriterionAnswer.class, s -> criterionAnswers())
        .add(CriterionResult.class, s -> partsOf(reports(), ValidationReport::results))
        .add(LeadValidation.class, s -> Arbitraries.of(LeadValidation.standard()))
        .add(NurturingRecord.class, s -> partsOf(leads(s), Lead::nurturingHistory))
        .add(LeadConversion.class, Leads::conversions)
        .add(Append.class, s -> conversions(s).flatMap(c -> Arbitraries.of(c.appends())));
    catalogue.addAggregate(
        Lead.class,
        LeadEvent.class,
        Leads::model,
        List.of(
            LeadCreated.class,
            LeadSubmitted.class,
            BudgetRecorded.class,
            LeadValidated.class,
            LeadClosed.class,
            LeadSuspended.class,
            LeadResumed.class,
            NurturingStarted.class,
            NurturingStepRecorded.class,
            LeadConverted.class));
  }

  /**
   * Returns the lead's model.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<Lead, LeadEvent> model(Settings settings) {
    Arbitrary<Command<Lead, LeadEvent>> steps = steps(settings);
    return AggregateModel.builder(Lead.class)
        .timeOrder(RuleId.D2_4)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(4, steps), Tuple.of(4, anyCommand(settings)), Tuple.of(1, backdated())))
        .replay(Lead::replay, Lead::replay)
        .invariants(Leads::checkRules)
        .sizes(25, 40)
        .build();
  }

  /**
   * Returns leads in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the leads, never null
   */
  public static Arbitrary<Lead> leads(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns lead profiles: a customer of the settings, a title and need, any source, and a budget
   * in the settings' currency for about half of them and for every lead from the budget table.
   *
   * @param settings what to generate within; not null
   * @return the profiles, never null
   */
  public static Arbitrary<LeadProfile> profiles(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            CommonValues.texts(),
            CommonValues.texts(),
            Arbitraries.of(LeadSource.class),
            budgets(settings).optional(0.5),
            budgets(settings))
        .as(
            (customer, title, need, source, budget, tableBudget) -> {
              LeadProfile.Builder profile =
                  LeadProfile.builder().customer(customer).title(title).need(need).source(source);
              // a lead from the customer's budget table carries its budget (D2.2)
              (source == LeadSource.CUSTOMER_BUDGET_TABLE ? Optional.of(tableBudget) : budget)
                  .ifPresent(profile::budget);
              return profile.build();
            });
  }

  /**
   * {@return answers to the validation KCP (DOMAIN D2.5): complete, of any strength — Q1 mostly
   * met, any number of Q2 and Q3 criteria met — and now and then incomplete}
   */
  public static Arbitrary<ValidationAnswers> answers() {
    Arbitrary<ValidationAnswers> complete =
        Combinators.combine(
                Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 8))
            .as(Leads::answers);
    Arbitrary<ValidationAnswers> partial =
        Arbitraries.subsetOf(ValidationCriterion.values())
            .map(
                criteria -> {
                  ValidationAnswers.Builder builder = ValidationAnswers.builder();
                  criteria.forEach(c -> builder.met(c, "partial evidence"));
                  return builder.build();
                });
    return Arbitraries.frequencyOf(Tuple.of(6, complete), Tuple.of(1, partial));
  }

  /** {@return the reports of the standard KCP on {@link #answers()}} */
  public static Arbitrary<ValidationReport> reports() {
    return Combinators.combine(
            answers(),
            Arbitraries.of(
                LeadValidation.standard(), LeadValidation.with(LeadReviewPolicy.standard())))
        .as((answers, validation) -> validation.evaluate(answers));
  }

  /**
   * Returns conversions (DOMAIN D2.7) of leads that may convert: the converted lead and the opened
   * opportunity.
   *
   * @param settings what to generate within; not null
   * @return the conversions, never null
   */
  public static Arbitrary<LeadConversion> conversions(Settings settings) {
    return Combinators.combine(
            leads(settings).filter(Leads::mayConvert),
            CommonValues.ids("OP-", OpportunityId::of),
            Arbitraries.of(PEOPLE),
            Arbitraries.integers().between(0, 72))
        .as(
            (lead, id, owner, hours) ->
                lead.convert(id, owner, later(settings, lead.lastEventAt(), hours)));
  }

  private static boolean mayConvert(Lead lead) {
    return (lead.status() == LeadStatus.VALIDATED || lead.status() == LeadStatus.NURTURING)
        && lead.budget().isPresent()
        && lead.validation().map(ValidationReport::passed).orElse(false);
  }

  private static Arbitrary<CriterionAnswer> criterionAnswers() {
    return Combinators.combine(Arbitraries.of(true, false), CommonValues.texts())
        .as((met, reason) -> met ? CriterionAnswer.met(reason) : CriterionAnswer.notMet(reason));
  }

  private static Arbitrary<Money> budgets(Settings settings) {
    return CommonValues.amounts(settings.currency(), 10_000, 50_000_000);
  }

  /**
   * Answers every criterion: Q1 as given, the first {@code q2} Q2 criteria and the first {@code q3}
   * Q3 criteria met, the others not.
   */
  private static ValidationAnswers answers(boolean q1, int q2, int q3) {
    ValidationAnswers.Builder builder = ValidationAnswers.builder();
    int seenQ2 = 0;
    int seenQ3 = 0;
    for (ValidationCriterion c : ValidationCriterion.values()) {
      boolean met =
          switch (c.question()) {
            case IS_IT_A_LEAD -> q1;
            case HOW_FAR_FROM_US -> seenQ2++ < q2;
            case CAN_WE_WIN -> seenQ3++ < q3;
          };
      if (met) {
        builder.met(c, "evidence for " + c.name());
      } else {
        builder.notMet(c, "no evidence for " + c.name());
      }
    }
    return builder.build();
  }

  // ---------------------------------------------------------------- commands

  private static Arbitrary<Transition<Lead, LeadEvent>> creations(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("LD-", LeadId::of),
            profiles(settings),
            Arbitraries.of(PEOPLE),
            Arbitraries.integers().between(0, settings.days() / 2))
        .as((id, profile, creator, day) -> Lead.create(id, profile, creator, settings.day(day)));
  }

  /** The arguments a step draws; which command it sends depends on the lead's state. */
  private record Step(
      int choice, int hours, EmployeeId person, ValidationAnswers answers, Money budget) {}

  /**
   * The lifecycle's steps: from the lead's state, the review's next move — submit, record the
   * budget, validate by its lead manager, nurture, walk the path in order, suspend and resume,
   * convert or close.
   */
  private static Arbitrary<Command<Lead, LeadEvent>> steps(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 72),
            Arbitraries.of(PEOPLE),
            answers(),
            budgets(settings))
        .as(Step::new)
        .map(step -> Command.of("step " + step, lead -> step(settings, lead, step)));
  }

  private static Transition<Lead, LeadEvent> step(Settings settings, Lead lead, Step step) {
    Instant at = later(settings, lead.lastEventAt(), step.hours());
    int choice = step.choice();
    EmployeeId manager = lead.leadManager().orElse(step.person());
    return switch (lead.status()) {
      case CREATED -> lead.submit(step.person(), at);
      case SUBMITTED ->
          lead.budget().isEmpty() && choice < 30
              ? lead.recordBudget(step.budget(), at)
              : lead.validate(step.answers(), manager, at);
      case VALIDATED -> validated(lead, step, manager, at);
      case NURTURING -> nurturing(lead, step, at);
      case SUSPENDED ->
          choice < 40
              ? lead.resume(at)
              : choice < 50 ? lead.close("not real", at) : lead.nurture(step.person(), at);
      case CONVERTED, CLOSED -> lead.close("not real", at); // a final lead refuses it
    };
  }

  private static Transition<Lead, LeadEvent> validated(
      Lead lead, Step step, EmployeeId manager, Instant at) {
    int choice = step.choice();
    if (choice < 10) {
      return lead.close("not real", at);
    } else if (choice < 20) {
      return lead.suspend("hang it", at);
    } else if (lead.budget().isEmpty() && choice < 45) {
      return lead.recordBudget(step.budget(), at);
    } else if (!lead.validation().map(ValidationReport::passed).orElse(false)) {
      return lead.validate(step.answers(), manager, at);
    } else if (choice < 70 || lead.budget().isEmpty()) {
      return lead.nurture(step.person(), at);
    } else {
      return convert(lead, step.person(), at);
    }
  }

  private static Transition<Lead, LeadEvent> nurturing(Lead lead, Step step, Instant at) {
    int choice = step.choice();
    EmployeeId owner = lead.nurturingOwner().orElse(step.person());
    Optional<NurturingStep> next = lead.nextNurturingStep();
    if (choice < 60 && next.isPresent()) {
      return next.get() == NurturingStep.KDM_ACKNOWLEDGES
          ? lead.recordKdmResponse(choice % 3 != 0, "the KDM answered", owner, at)
          : lead.recordNurturingStep(next.get(), "done: " + next.get(), owner, at);
    } else if (lead.budget().isEmpty() && choice < 75) {
      return lead.recordBudget(step.budget(), at);
    } else if (choice < 90) {
      return convert(lead, step.person(), at);
    } else if (choice < 95) {
      return lead.suspend("hang it", at);
    } else {
      return lead.close("not real", at);
    }
  }

  private static Transition<Lead, LeadEvent> convert(Lead lead, EmployeeId owner, Instant at) {
    return lead.convert(OpportunityId.of("OP-" + lead.id().value()), owner, at).lead();
  }

  /** Any command with random arguments, a day or so after the latest event. */
  private static Arbitrary<Command<Lead, LeadEvent>> anyCommand(Settings settings) {
    Arbitrary<EmployeeId> people = Arbitraries.of(PEOPLE);
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 48);
    return Arbitraries.oneOf(
        Combinators.combine(people, hours)
            .as(
                (p, h) ->
                    hoursLater(
                        "submit " + p, h, settings, Lead::lastEventAt, (l, at) -> l.submit(p, at))),
        Combinators.combine(budgets(settings), hours)
            .as(
                (b, h) ->
                    hoursLater(
                        "recordBudget " + b,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> l.recordBudget(b, at))),
        Combinators.combine(answers(), people, hours)
            .as(
                (a, p, h) ->
                    hoursLater(
                        "validate by " + p,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> l.validate(a, p, at))),
        hours.map(
            h ->
                hoursLater(
                    "close", h, settings, Lead::lastEventAt, (l, at) -> l.close("not real", at))),
        hours.map(
            h ->
                hoursLater(
                    "suspend",
                    h,
                    settings,
                    Lead::lastEventAt,
                    (l, at) -> l.suspend("hang it", at))),
        hours.map(h -> hoursLater("resume", h, settings, Lead::lastEventAt, Lead::resume)),
        Combinators.combine(people, hours)
            .as(
                (p, h) ->
                    hoursLater(
                        "nurture " + p,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> l.nurture(p, at))),
        Combinators.combine(nurturingSteps(), people, hours)
            .as(
                (s, p, h) ->
                    hoursLater(
                        "recordNurturingStep " + s + " by " + p,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> l.recordNurturingStep(s, "step", p, at))),
        Combinators.combine(Arbitraries.of(true, false), people, hours)
            .as(
                (ok, p, h) ->
                    hoursLater(
                        "recordKdmResponse " + ok + " by " + p,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> l.recordKdmResponse(ok, "the KDM answered", p, at))),
        Combinators.combine(people, hours)
            .as(
                (p, h) ->
                    hoursLater(
                        "convert by " + p,
                        h,
                        settings,
                        Lead::lastEventAt,
                        (l, at) -> convert(l, p, at))));
  }

  /** Commands dated before the latest event: every lead refuses them (DESIGN §2). */
  private static Arbitrary<Command<Lead, LeadEvent>> backdated() {
    return Arbitraries.of(PEOPLE)
        .flatMap(
            person ->
                Generators.<Lead, LeadEvent>backdated(
                    "submit " + person, Lead::lastEventAt, (lead, at) -> lead.submit(person, at)));
  }

  private static Arbitrary<NurturingStep> nurturingSteps() {
    return Arbitraries.of(
        Arrays.stream(NurturingStep.values())
            .filter(s -> s != NurturingStep.KDM_ACKNOWLEDGES)
            .toArray(NurturingStep[]::new));
  }

  // ---------------------------------------------------------------- the rules

  /**
   * Checks the rules of DOMAIN D2 on a lead and its history.
   *
   * @param log the lead with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<Lead, LeadEvent> log) {
    Lead lead = log.state();
    Check.equal((long) log.events().size(), lead.version(), "the version counts the events");
    LeadStatus status = lead.status();
    if (status != LeadStatus.CREATED && status != LeadStatus.CLOSED) {
      Check.that(lead.leadManager().isPresent(), "D2.4: submitted to a lead manager");
    }
    if (status == LeadStatus.VALIDATED || status == LeadStatus.NURTURING) {
      Check.that(
          lead.validation().map(ValidationReport::isComplete).orElse(false),
          "D2.5: every criterion answered");
    }
    if (status == LeadStatus.NURTURING) {
      Check.that(
          lead.validation().map(ValidationReport::passed).orElse(false),
          "D2.5: only a passed KCP is nurtured");
      Check.that(lead.nurturingOwner().isPresent(), "D2.4: nurtured by its owner");
    }
    Check.equal(
        status == LeadStatus.CONVERTED,
        lead.opportunity().isPresent(),
        "D2.7: linked when converted");
    if (status == LeadStatus.CONVERTED) {
      Check.that(lead.budget().isPresent(), "D2.7: converted only with a budget");
      Check.that(
          lead.validation().map(ValidationReport::passed).orElse(false),
          "D2.7: converted only with a passed KCP");
    }
    Optional<NurturingStep> expected = Optional.of(NurturingStep.first());
    for (NurturingRecord record : lead.nurturingHistory()) {
      Check.equal(expected, Optional.of(record.step()), "D2.6: the path is walked in order");
      Check.that(
          log.events().stream()
              .anyMatch(e -> e instanceof NurturingStarted s && s.owner().equals(record.by())),
          "D2.4: recorded by a nurturing owner");
      // a KDM who did not acknowledge sends the path back to shaping the vision (D2.6)
      expected = record.done() ? record.step().next() : Optional.of(NurturingStep.SHAPE_KDM_VISION);
    }
    if (status.isFinal()) {
      LeadEvent last = log.events().get(log.events().size() - 1);
      Check.that(
          last instanceof LeadConverted || last instanceof LeadClosed,
          "D2.7: nothing is accepted after conversion or closure, but " + last);
    }
  }
}
