package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.RuleId;

/**
 * The KAM process of one key account checked against its account plan (DOMAIN D11.11): the six
 * steps in order, each done or not with its recorded work, and what the plan lacks for it. The
 * report never throws; the process is complete when every step is done and the plan still holds
 * every part the steps need.
 *
 * @param customer the key account; not null
 * @param steps one check per step, in the process's order; not null, done steps first
 */
public record KamReport(CustomerId customer, List<KamStepCheck> steps) {

  /**
   * Checks that every step is reported once, in order, the done steps first.
   *
   * @param customer the key account; not null
   * @param steps one check per step, in order; not null
   * @throws IllegalArgumentException if a step is missing, repeated or out of order, or a step is
   *     done after one that is not
   */
  public KamReport {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(customer, "customer");
    steps = ImmutableList.copyOf(steps);
    KamStep[] all = KamStep.values();
    checkArgument(
        steps.size() == all.length,
        "a KAM report checks all %s steps (DOMAIN D11.11), not %s",
        all.length,
        steps.size());
    for (int i = 0; i < all.length; i++) {
      checkArgument(
          steps.get(i).step() == all[i],
          "a KAM report checks the steps in order (DOMAIN D11.11): expected %s at %s, not %s",
          all[i].label(),
          i + 1,
          steps.get(i).step().label());
      checkArgument(
          i == 0 || !steps.get(i).done() || steps.get(i - 1).done(),
          "a KAM step is done only after the one before it (DOMAIN D11.11): %s",
          all[i].label());
    }
  }

  /** {@return the rule the report checks: {@link RuleId#D11_11}} */
  public RuleId rule() {
    return RuleId.D11_11;
  }

  /**
   * Returns the check of one step.
   *
   * @param step the step; not null
   * @return its check, never null
   */
  public KamStepCheck step(KamStep step) {
    Objects.requireNonNull(step, "step");
    return steps.get(step.ordinal());
  }

  /** {@return the next step to do, or empty when all are done} */
  public Optional<KamStep> next() {
    return steps.stream().filter(s -> !s.done()).map(KamStepCheck::step).findFirst();
  }

  /** {@return whether every step is done and the plan holds every part the steps need} */
  public boolean isComplete() {
    return steps.stream().allMatch(s -> s.done() && s.planReady());
  }

  /** {@return the steps done, out of six, then one line per step} */
  public String explanation() {
    long done = steps.stream().filter(KamStepCheck::done).count();
    return "KAM process of "
        + customer
        + ": "
        + done
        + " of "
        + steps.size()
        + " steps done"
        + "\n"
        + String.join("\n", steps.stream().map(KamStepCheck::explanation).toList());
  }
}
