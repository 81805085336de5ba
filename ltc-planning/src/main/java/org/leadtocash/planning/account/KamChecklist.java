package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.RuleId;

/**
 * The telecom KAM process of one key account as an ordered checklist (DOMAIN D11.11): understand
 * needs → analyse the profitability and feasibility of opportunities → tailor the solution and its
 * internal support → communication plan → implementation plan → review results and revise.
 *
 * <p>The checklist is tied to the customer's {@link AccountPlan}: a step is marked done ({@link
 * #complete(KamStep, LocalDate, String, AccountPlan) complete}) only in order, once, on a date no
 * earlier than the step before, with its recorded work, and only when the account plan holds the
 * parts the step needs ({@link KamStep#needs()}); otherwise it is refused with a {@link
 * org.leadtocash.domain.common.DomainException} naming DOMAIN D11.11. {@link #report(AccountPlan)}
 * checks every step against a (possibly later) version of the plan. The checklist is immutable:
 * {@code complete} returns a new one.
 *
 * @param customer the key account; not null
 * @param completed the steps done, in the process's order from the first; not null
 */
public record KamChecklist(CustomerId customer, List<CompletedKamStep> completed) {

  /**
   * Checks that the steps done are the first ones, in order, on dates that never go back.
   *
   * @param customer the key account; not null
   * @param completed the steps done; not null
   * @throws IllegalArgumentException if a step is done out of order, twice, or before the step
   *     preceding it
   */
  public KamChecklist {
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(customer, "customer");
    completed = ImmutableList.copyOf(completed);
    KamStep[] steps = KamStep.values();
    checkArgument(
        completed.size() <= steps.length,
        "the KAM process has %s steps (DOMAIN D11.11), not %s",
        steps.length,
        completed.size());
    for (int i = 0; i < completed.size(); i++) {
      checkArgument(
          completed.get(i).step() == steps[i],
          "the KAM steps are done in order (DOMAIN D11.11): expected %s at %s, not %s",
          steps[i].label(),
          i + 1,
          completed.get(i).step().label());
      if (i > 0) {
        checkArgument(
            !completed.get(i).on().isBefore(completed.get(i - 1).on()),
            "a KAM step is not done before the step preceding it (DOMAIN D11.11): %s on %s, %s on"
                + " %s",
            completed.get(i).step().label(),
            completed.get(i).on(),
            completed.get(i - 1).step().label(),
            completed.get(i - 1).on());
      }
    }
  }

  /**
   * Starts the checklist of a key account, with no step done.
   *
   * @param customer the key account; not null
   * @return the checklist, never null
   */
  public static KamChecklist start(CustomerId customer) {
    return new KamChecklist(customer, List.of());
  }

  /**
   * Marks the next step done (DOMAIN D11.11).
   *
   * @param step the step; not null, the next one not yet done
   * @param on the day it was done; not null, not before the previous step's day
   * @param evidence the step's recorded work ({@link KamStep#work()}); not null, not blank
   * @param plan the customer's account plan as it stands; not null
   * @return the checklist with the step done, never null
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the step is already done or
   *     a step before it is not
   * @throws org.leadtocash.domain.common.RuleViolationException if the plan is another customer's,
   *     the day is before the previous step's, or the plan lacks a part the step needs
   * @throws IllegalArgumentException if the evidence is blank
   */
  public KamChecklist complete(KamStep step, LocalDate on, String evidence, AccountPlan plan) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(plan, "plan");
    Guard guard = Guard.of("KAM checklist " + customer, state(), "complete " + step.label());
    guard.allow(!isDone(step), RuleId.D11_11, "%s is done already, each step once", step.label());
    guard.allow(
        next().orElseThrow() == step,
        RuleId.D11_11,
        "%s comes after %s, which is not done; the steps are done in order",
        step.label(),
        next().orElseThrow().label());
    guard.require(
        plan.customer().equals(customer),
        RuleId.D11_11,
        "the account plan is %s's, not %s's",
        plan.customer(),
        customer);
    Optional<LocalDate> previous = lastDone().map(CompletedKamStep::on);
    guard.require(
        previous.map(p -> !on.isBefore(p)).orElse(true),
        RuleId.D11_11,
        "%s is not done on %s, before the previous step (done on %s)",
        step.label(),
        on,
        previous.map(LocalDate::toString).orElse("-"));
    List<PlanPart> missing = missing(step, plan);
    guard.require(
        missing.isEmpty(),
        RuleId.D11_11,
        "the account plan lacks %s, which %s needs",
        labels(missing),
        step.label());
    CompletedKamStep done = new CompletedKamStep(step, on, evidence);
    return new KamChecklist(
        customer, ImmutableList.<CompletedKamStep>builder().addAll(completed).add(done).build());
  }

  /**
   * Tells whether a step is done.
   *
   * @param step the step; not null
   * @return whether it is marked done
   */
  public boolean isDone(KamStep step) {
    Objects.requireNonNull(step, "step");
    return step.ordinal() < completed.size();
  }

  /** {@return the next step to do, or empty when all six are done} */
  public Optional<KamStep> next() {
    KamStep[] steps = KamStep.values();
    return completed.size() < steps.length
        ? Optional.of(steps[completed.size()])
        : Optional.empty();
  }

  /** {@return whether all six steps are done} */
  public boolean isComplete() {
    return next().isEmpty();
  }

  /**
   * Checks every step against the customer's account plan (DOMAIN D11.11): each step done or not,
   * with its recorded work, and the parts of the plan it needs that the plan lacks.
   *
   * @param plan the customer's account plan as it stands; not null, the checklist's customer's
   * @return the report, never null
   * @throws IllegalArgumentException if the plan is another customer's
   */
  public KamReport report(AccountPlan plan) {
    Objects.requireNonNull(plan, "plan");
    checkArgument(
        plan.customer().equals(customer),
        "a KAM checklist is checked against its own customer's account plan (DOMAIN D11.11): %s,"
            + " not %s",
        customer,
        plan.customer());
    ImmutableList.Builder<KamStepCheck> checks = ImmutableList.builder();
    for (KamStep step : KamStep.values()) {
      Optional<CompletedKamStep> done =
          isDone(step) ? Optional.of(completed.get(step.ordinal())) : Optional.empty();
      List<PlanPart> missing = missing(step, plan);
      checks.add(new KamStepCheck(step, done, missing, reason(step, done, missing)));
    }
    return new KamReport(customer, checks.build());
  }

  private String reason(KamStep step, Optional<CompletedKamStep> done, List<PlanPart> missing) {
    String plan =
        missing.isEmpty()
            ? "the account plan holds " + labels(step.needs())
            : "the account plan lacks " + labels(missing);
    if (done.isPresent()) {
      return "done on " + done.get().on() + " (" + done.get().evidence() + "); " + plan;
    }
    if (next().orElseThrow() == step) {
      return "next, to record " + step.work() + "; " + plan;
    }
    return "waits for " + next().orElseThrow().label() + "; " + plan;
  }

  private Optional<CompletedKamStep> lastDone() {
    return completed.isEmpty()
        ? Optional.empty()
        : Optional.of(completed.get(completed.size() - 1));
  }

  private String state() {
    return completed.size() + " of " + KamStep.values().length + " steps done";
  }

  private static List<PlanPart> missing(KamStep step, AccountPlan plan) {
    return step.needs().stream().filter(p -> !plan.has(p)).collect(ImmutableList.toImmutableList());
  }

  private static String labels(List<PlanPart> parts) {
    return String.join(", ", parts.stream().map(PlanPart::label).toList());
  }
}
