package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link KamReport} (DOMAIN D11.11): whether it is done and with what work, and the
 * parts of the account plan it needs that the plan lacks.
 *
 * @param step the step; not null
 * @param completion the step's completion, if it is done; not null, for this step
 * @param missing the parts the step needs that the account plan lacks, in the parts' order; not
 *     null, each one the step needs
 * @param reason the step's state in words; not null, not blank
 */
public record KamStepCheck(
    KamStep step, Optional<CompletedKamStep> completion, List<PlanPart> missing, String reason) {

  /**
   * Checks the check.
   *
   * @param step the step; not null
   * @param completion its completion, if done; not null, for this step
   * @param missing the parts it needs that the plan lacks; not null, each one it needs, in order
   * @param reason the state in words; not null, not blank
   * @throws IllegalArgumentException if the completion is another step's, a missing part is not one
   *     the step needs or is out of order, or the reason is blank
   */
  public KamStepCheck {
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(reason, "reason");
    missing = ImmutableList.copyOf(missing);
    checkArgument(
        completion.map(c -> c.step() == step).orElse(true),
        "a KAM step's check carries its own completion (DOMAIN D11.11): %s",
        step.label());
    checkArgument(
        missing.equals(step.needs().stream().filter(missing::contains).toList()),
        "a KAM step lacks only parts it needs, in order (DOMAIN D11.11): %s lacks %s",
        step.label(),
        missing);
    checkArgument(!reason.isBlank(), "a KAM step's check says why (DOMAIN D11.11)");
  }

  /** {@return whether the step is marked done} */
  public boolean done() {
    return completion.isPresent();
  }

  /** {@return whether the account plan holds every part the step needs} */
  public boolean planReady() {
    return missing.isEmpty();
  }

  /** {@return the check in words, e.g. "4. communication plan: done on 2026-03-02 (…); …"} */
  public String explanation() {
    return step.number() + ". " + step.label() + ": " + reason;
  }
}
