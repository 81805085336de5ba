package org.leadtocash.metrics.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.leadtocash.metrics.KpiDefinition;

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
   * {@return e.g. {@code win rate 0.4 against 0.5: gap -0.1, OFF TRACK}, numbers to four
   * significant digits}
   */
  @Override
  public String toString() {
    return kpi.name()
        + " "
        + text(actual)
        + " against "
        + text(target)
        + ": gap "
        + text(gap())
        + ", "
        + (isOnTrack() ? "on track" : "OFF TRACK");
  }

  private static String text(BigDecimal number) {
    return number.round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
