package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.Figures;

/**
 * A competition target (DOMAIN D10.1): the suppression ratio to reach against the main competitor —
 * our share divided by theirs, so 1.5 means half as much again as they have — and whether the plan
 * holds to "if we cannot win, the main competitor must not win either".
 *
 * @param competitor the main competitor; not null
 * @param suppressionRatio our share over the competitor's, above 0 and at most 100; not null
 * @param blockIfWeCannotWin whether, where we cannot win, the competitor must not win either
 */
public record CompetitionTarget(
    CompetitorId competitor, BigDecimal suppressionRatio, boolean blockIfWeCannotWin) {

  private static final BigDecimal MAX_RATIO = BigDecimal.valueOf(100);

  /**
   * Checks the target.
   *
   * @param competitor the main competitor; not null
   * @param suppressionRatio our share over the competitor's, above 0 and at most 100; not null
   * @param blockIfWeCannotWin whether the competitor must not win where we cannot
   * @throws IllegalArgumentException if the ratio is not above 0 or is above 100
   */
  public CompetitionTarget {
    Objects.requireNonNull(competitor, "competitor");
    Objects.requireNonNull(suppressionRatio, "suppressionRatio");
    checkArgument(
        suppressionRatio.signum() > 0 && suppressionRatio.compareTo(MAX_RATIO) <= 0,
        "the suppression ratio against %s is above 0 and at most 100 (DOMAIN D10.1): %s",
        competitor,
        suppressionRatio);
  }

  /**
   * Returns the suppression ratio of two shares: ours divided by the competitor's, to 4 decimals
   * rounded half up (DOMAIN D10.1).
   *
   * @param ours our share, a fraction above 0; not null
   * @param theirs the competitor's share, a fraction above 0; not null
   * @return the ratio, never null
   * @throws IllegalArgumentException if a share is not above 0
   */
  public static BigDecimal suppressionRatio(BigDecimal ours, BigDecimal theirs) {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    checkArgument(
        ours.signum() > 0 && theirs.signum() > 0,
        "a suppression ratio divides two shares above 0 (DOMAIN D10.1): %s over %s",
        ours,
        theirs);
    return ours.divide(theirs, 4, RoundingMode.HALF_UP);
  }

  /**
   * {@return the part of the two shares together that the ratio asks of us: ratio / (1 + ratio), to
   * 4 decimals rounded up — 1.5 asks for 60 %, 1 for 50 %; never null}
   */
  public BigDecimal ourPartOfTheTwo() {
    return suppressionRatio.divide(BigDecimal.ONE.add(suppressionRatio), 4, RoundingMode.UP);
  }

  /** {@return e.g. {@code suppression ratio 1.5 against CO-1, blocking where we cannot win}} */
  @Override
  public String toString() {
    return "suppression ratio "
        + Figures.number(suppressionRatio)
        + " against "
        + competitor
        + (blockIfWeCannotWin ? ", blocking where we cannot win" : "");
  }
}
