package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How a sponsor candidate scored on one principle of DOMAIN D10.3 under a {@link SponsorPolicy}.
 *
 * @param principle the principle; not null
 * @param score the score, from 0 (not met) to 100 (fully met)
 * @param weight the principle's weight in percent, from 0 to 100; a policy's weights add up to 100
 * @param reason why it scored so, in words; not null, not blank
 */
public record PrincipleScore(SponsorPrinciple principle, int score, int weight, String reason) {

  /**
   * Checks the score and weight.
   *
   * @param principle the principle; not null
   * @param score the score, from 0 to 100
   * @param weight the weight in percent, from 0 to 100
   * @param reason why; not null, not blank
   * @throws IllegalArgumentException if the score or weight is out of range or the reason blank
   */
  public PrincipleScore {
    Objects.requireNonNull(principle, "principle");
    Objects.requireNonNull(reason, "reason");
    checkArgument(
        score >= 0 && score <= 100,
        "a sponsor principle scores from 0 to 100 (DOMAIN D10.3): %s scored %s",
        principle.label(),
        score);
    checkArgument(
        weight >= 0 && weight <= 100,
        "a sponsor principle weighs from 0 to 100 percent (DOMAIN D10.3): %s weighs %s",
        principle.label(),
        weight);
    checkArgument(
        !reason.isBlank(), "a sponsor principle's score says why (DOMAIN D10.3): %s", principle);
  }

  /** {@return e.g. "rank parity: 50 of 100 × 30 % (executive for a CTO, one rank apart)"} */
  public String explanation() {
    return principle.label() + ": " + score + " of 100 × " + weight + " % (" + reason + ")";
  }
}
