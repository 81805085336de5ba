package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The recorded answer to one validation criterion: met or not, and why (DOMAIN D2.5).
 *
 * @param met whether the criterion is met
 * @param reason the evidence or reasoning behind the answer; not null, not blank
 */
public record CriterionAnswer(boolean met, String reason) {

  /**
   * Checks the reason.
   *
   * @param met whether the criterion is met
   * @param reason the evidence or reasoning behind the answer; not null, not blank
   * @throws IllegalArgumentException if the reason is blank (every answer is recorded with its
   *     reason, DOMAIN D2.5)
   */
  public CriterionAnswer {
    FreeText.line(reason, "reason");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "every answer is recorded with its reason (DOMAIN D2.5)");
  }

  /**
   * Returns a criterion met, for the given reason.
   *
   * @param reason why; not null, not blank
   * @return the answer, never null
   */
  public static CriterionAnswer met(String reason) {
    return new CriterionAnswer(true, reason);
  }

  /**
   * Returns a criterion not met, for the given reason.
   *
   * @param reason why not; not null, not blank
   * @return the answer, never null
   */
  public static CriterionAnswer notMet(String reason) {
    return new CriterionAnswer(false, reason);
  }
}
