package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.Rate;

/**
 * Penetration of one segment (DOMAIN D11.4): the share we have today against the share we target,
 * and the gap between them.
 *
 * <p>The shares are {@link Rate}s the host measures or sets (our sales in the segment out of the
 * segment's market, or a target such as 30 of 100), each defined and from 0 to 1. The gap is {@code
 * target share − current share}: positive when we are behind the target, negative when ahead. Given
 * the segment's market size, the gap is also an amount: {@code market size × gap}, rounded
 * half-even to the currency's scale.
 *
 * @param segment the segment, e.g. "enterprise broadband"; not null, not blank
 * @param currentShare our share today; not null, defined, from 0 to 1
 * @param targetShare the share we target; not null, defined, from 0 to 1
 * @param marketSize the segment's market size, if known; not null, not negative when present
 */
public record SegmentPenetration(
    String segment, Rate currentShare, Rate targetShare, Optional<Money> marketSize) {

  /**
   * Checks the shares and the market size.
   *
   * @param segment the segment; not null, not blank
   * @param currentShare our share today; not null, defined, from 0 to 1
   * @param targetShare the targeted share; not null, defined, from 0 to 1
   * @param marketSize the market size, if known; not null, not negative when present
   * @throws IllegalArgumentException if the segment is blank, a share is undefined or outside 0 to
   *     1, or the market size is negative
   */
  public SegmentPenetration {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(currentShare, "currentShare");
    Objects.requireNonNull(targetShare, "targetShare");
    Objects.requireNonNull(marketSize, "marketSize");
    FreeText.line(segment, "segment");
    checkArgument(!segment.isBlank(), "a penetration names its segment (DOMAIN D11.4)");
    checkShare(segment, "current", currentShare);
    checkShare(segment, "target", targetShare);
    checkArgument(
        marketSize.map(m -> !m.isNegative()).orElse(true),
        "the market size of %s is not negative (DOMAIN D11.4): %s",
        segment,
        marketSize);
  }

  /**
   * Returns a segment's penetration with its market size.
   *
   * @param segment the segment; not null, not blank
   * @param currentShare our share today; not null, defined, from 0 to 1
   * @param targetShare the targeted share; not null, defined, from 0 to 1
   * @param marketSize the segment's market size; not null, not negative
   * @return the penetration, never null
   * @throws IllegalArgumentException if a share is undefined or outside 0 to 1, or the size is
   *     negative
   */
  public static SegmentPenetration of(
      String segment, Rate currentShare, Rate targetShare, Money marketSize) {
    Objects.requireNonNull(marketSize, "marketSize");
    return new SegmentPenetration(segment, currentShare, targetShare, Optional.of(marketSize));
  }

  /**
   * Returns a segment's penetration without its market size.
   *
   * @param segment the segment; not null, not blank
   * @param currentShare our share today; not null, defined, from 0 to 1
   * @param targetShare the targeted share; not null, defined, from 0 to 1
   * @return the penetration, never null
   * @throws IllegalArgumentException if a share is undefined or outside 0 to 1
   */
  public static SegmentPenetration of(String segment, Rate currentShare, Rate targetShare) {
    return new SegmentPenetration(segment, currentShare, targetShare, Optional.empty());
  }

  /**
   * {@return the gap as a fraction, {@code target share − current share}: positive when behind the
   * target, negative when ahead; never null}
   */
  public BigDecimal gap() {
    return share(targetShare).subtract(share(currentShare));
  }

  /** {@return the gap in percentage points, e.g. {@code 12.5} for 12.5 points; never null} */
  public BigDecimal gapPoints() {
    return gap().movePointRight(2).stripTrailingZeros();
  }

  /**
   * {@return the gap in money, {@code market size × gap} rounded half-even (negative when ahead),
   * or empty without a market size}
   */
  public Optional<Money> gapAmount() {
    return marketSize.map(m -> m.multipliedBy(gap(), RoundingMode.HALF_EVEN));
  }

  /** {@return whether the current share is below the target share} */
  public boolean behindTarget() {
    return gap().signum() > 0;
  }

  /**
   * {@return the penetration in words, e.g. "enterprise broadband: 18.0% (18 of 100) against a
   * target of 30.0% (30 of 100), 12 points behind (CNY 96,000,000.00 of a market of …)"}
   */
  public String explanation() {
    String shares =
        segment
            + ": "
            + Figures.percent(currentShare)
            + " against a target of "
            + Figures.percent(targetShare)
            + ", ";
    BigDecimal points = gapPoints().abs().setScale(1, RoundingMode.HALF_EVEN);
    String position =
        switch (gap().signum()) {
          case 1 -> Figures.number(points) + " points behind";
          case -1 -> Figures.number(points) + " points ahead";
          default -> "on target";
        };
    String amount =
        marketSize
            .filter(m -> gap().signum() != 0)
            .map(
                m ->
                    " ("
                        + Figures.money(gapAmount().orElseThrow().abs())
                        + " of a market of "
                        + Figures.money(m)
                        + ")")
            .orElse("");
    return shares + position + amount;
  }

  private static BigDecimal share(Rate rate) {
    return rate.value().orElseThrow();
  }

  private static void checkShare(String segment, String which, Rate share) {
    checkArgument(
        share.isDefined(),
        "the %s share of %s is defined (DOMAIN D11.4): %s",
        which,
        segment,
        share);
    checkArgument(
        share.numerator().compareTo(share.denominator()) <= 0,
        "the %s share of %s is from 0 to 1 (DOMAIN D11.4): %s",
        which,
        segment,
        share);
  }
}
