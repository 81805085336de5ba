package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A step of the KAM process marked done (DOMAIN D11.11): when, and the work that shows it.
 *
 * @param step the step; not null
 * @param on the day it was done; not null
 * @param evidence the step's recorded work, e.g. "call plan: CTO monthly, procurement quarterly";
 *     not null, not blank
 */
public record CompletedKamStep(KamStep step, LocalDate on, String evidence) {

  /**
   * Checks the evidence.
   *
   * @param step the step; not null
   * @param on the day it was done; not null
   * @param evidence the step's recorded work; not null, not blank
   * @throws IllegalArgumentException if the evidence is blank
   */
  public CompletedKamStep {
    FreeText.note(evidence, "evidence");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(evidence, "evidence");
    checkArgument(
        !evidence.isBlank(),
        "a KAM step is done on its recorded work (DOMAIN D11.11): %s has none",
        step.label());
  }
}
