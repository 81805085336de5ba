package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.RoundingMode;
import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The result of {@link TenureAgainstRotation} (DOMAIN D4.7): how long the account owners have held
 * their customers, against the rotation limit.
 *
 * @param holders the holders reviewed (the length of the review lists), not negative
 * @param unknownTenure those whose start is not known, so not reviewed, 0 to {@code holders}
 * @param dueForRotation the holders due for rotation over the holders of known tenure; "no data"
 *     without such a holder; not null
 * @param averageTenureDays the days held, added up, over the holders of known tenure — the exact
 *     average tenure in days; "no data" without such a holder; not null
 */
public record TenureFigures(
    long holders, long unknownTenure, Rate dueForRotation, Rate averageTenureDays) {

  /**
   * Checks the parts.
   *
   * @param holders the holders reviewed (the length of the review lists), not negative
   * @param unknownTenure those whose start is not known, so not reviewed, 0 to {@code holders}
   * @param dueForRotation the holders due for rotation over the holders of known tenure; "no data"
   *     without such a holder; not null
   * @param averageTenureDays the days held, added up, over the holders of known tenure — the exact
   *     average tenure in days; "no data" without such a holder; not null
   * @throws IllegalArgumentException if a count is negative or exceeds the holders
   */
  public TenureFigures {
    Objects.requireNonNull(dueForRotation, "dueForRotation");
    Objects.requireNonNull(averageTenureDays, "averageTenureDays");
    checkArgument(
        holders >= 0 && unknownTenure >= 0 && unknownTenure <= holders,
        "0 ≤ unknown tenure (%s) ≤ holders (%s)",
        unknownTenure,
        holders);
  }

  /** {@return how many holders are due for rotation} */
  public long due() {
    return dueForRotation.numerator().longValueExact();
  }

  /**
   * {@return e.g. {@code 6 holders, 2 of 5 due for rotation, average tenure 1096.4 days, 1 of
   * unknown tenure}}
   */
  @Override
  public String toString() {
    return holders
        + (holders == 1 ? " holder, " : " holders, ")
        + due()
        + " of "
        + dueForRotation.denominator().toPlainString()
        + " due for rotation, average tenure "
        + averageTenureDays
            .value()
            .map(v -> v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " days")
            .orElse("no data")
        + ", "
        + unknownTenure
        + " of unknown tenure";
  }
}
