package org.leadtocash.metrics.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;

/**
 * One KPI's progress against its target, and the gap (DOMAIN D1.6: "KPI progress and gap"; D9.3:
 * the performance gap, results versus expectation).
 *
 * @param kpi the KPI; not null
 * @param actual its value; not null
 * @param target its target; not null
 * @param higherIsBetter whether a value above the target is on track (win rate) or off it (decision
 *     cycle)
 */
public record KpiProgress(
    KpiDefinition kpi, BigDecimal actual, BigDecimal target, boolean higherIsBetter) {

  /**
   * Checks that no part is null.
   *
   * @param kpi the KPI; not null
   * @param actual its value; not null
   * @param target its target; not null
   * @param higherIsBetter whether a value above the target is on track (win rate) or off it
   *     (decision cycle)
   */
  public KpiProgress {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
  }

  /** {@return actual − target; never null} */
  public BigDecimal gap() {
    return actual.subtract(target);
  }

  /** {@return whether the KPI meets its target in the better direction} */
  public boolean isOnTrack() {
    int comparison = actual.compareTo(target);
    return higherIsBetter ? comparison >= 0 : comparison <= 0;
  }

  /**
   * {@return e.g. {@code collection rate 42.9% against a target of 90.0%: 47.1 points short, off
   * track}: a {@link KpiUnit#RATE rate} as percentages and its gap in percentage points, any other
   * value as a number to two decimals; the gap is {@code short} of the target (or {@code over} it,
   * when lower is better), {@code ahead} of it, or {@code on target}}
   */
  @Override
  public String toString() {
    BigDecimal gap = gap();
    String distance;
    if (gap.signum() == 0) {
      distance = "on target";
    } else {
      distance =
          (isRate()
                  ? gap.abs().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                      + " points"
                  : number(gap.abs()))
              + (isOnTrack() ? " ahead" : higherIsBetter ? " short" : " over");
    }
    return kpi.name()
        + " "
        + value(actual)
        + " against a target of "
        + value(target)
        + ": "
        + distance
        + ", "
        + (isOnTrack() ? "on track" : "off track");
  }

  private boolean isRate() {
    return kpi.unit() == KpiUnit.RATE;
  }

  private String value(BigDecimal number) {
    return isRate() ? Figures.percent(number) : number(number);
  }

  private static String number(BigDecimal number) {
    return Figures.number(number.setScale(2, RoundingMode.HALF_EVEN));
  }
}
