package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How a {@link CoveragePolicy} decided to cover a customer, and why (DOMAIN D4.6).
 *
 * @param mode direct or through channels; not null
 * @param reason why, in the domain's words; not null, not blank
 */
public record CoverageDecision(CoverageMode mode, String reason) {

  /**
   * Checks the parts.
   *
   * @param mode direct or through channels; not null
   * @param reason why, in the domain's words; not null, not blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public CoverageDecision {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a coverage decision says why");
  }

  /** {@return whether the customer is covered by our own iron triangle} */
  public boolean isDirect() {
    return mode == CoverageMode.DIRECT;
  }

  /** {@return e.g. {@code CHANNEL — annual purchases … and 1 repeat purchases …}} */
  @Override
  public String toString() {
    return mode + " — " + reason;
  }
}
