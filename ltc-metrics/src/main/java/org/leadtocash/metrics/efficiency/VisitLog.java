package org.leadtocash.metrics.efficiency;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.metrics.KeyedSums;
import org.threeten.extra.YearWeek;

/**
 * The accumulator of {@link VisitsPerWeek} (DOMAIN D2.2, D12): how many customer visits each
 * employee made in each ISO week. An immutable value, cheap to add to; {@link #plus(VisitLog)} is
 * associative and {@link #NONE} its identity; two logs are equal when their counts are.
 */
public final class VisitLog {

  /** No visit. */
  public static final VisitLog NONE = new VisitLog(KeyedSums.empty(Long::sum));

  private final KeyedSums<EmployeeWeek, Long> counts;

  private VisitLog(KeyedSums<EmployeeWeek, Long> counts) {
    this.counts = counts;
  }

  /**
   * Adds one visit.
   *
   * @param employee who visited; not null
   * @param week the ISO week of the visit; not null
   * @return the new log, never null
   */
  public VisitLog plus(EmployeeId employee, YearWeek week) {
    return new VisitLog(counts.plus(new EmployeeWeek(employee, week), 1L));
  }

  /**
   * Adds another log.
   *
   * @param other the other log; not null
   * @return the sum, never null
   */
  public VisitLog plus(VisitLog other) {
    Objects.requireNonNull(other, "other");
    return new VisitLog(counts.plus(other.counts));
  }

  /**
   * Returns the visits of an employee in a week.
   *
   * @param employee the employee; not null
   * @param week the ISO week; not null
   * @return the count, 0 if none
   */
  public long visits(EmployeeId employee, YearWeek week) {
    Long count = counts.asMap().get(new EmployeeWeek(employee, week));
    return count == null ? 0 : count;
  }

  /** {@return the visits of every employee-week with a visit, for the result} */
  Map<EmployeeWeek, Long> counts() {
    return counts.asMap();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VisitLog that && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "VisitLog" + counts;
  }

  /** One employee in one ISO week. */
  record EmployeeWeek(EmployeeId employee, YearWeek week) {
    EmployeeWeek {
      Objects.requireNonNull(employee, "employee");
      Objects.requireNonNull(week, "week");
    }

    @Override
    public String toString() {
      return employee + " " + week;
    }
  }
}
