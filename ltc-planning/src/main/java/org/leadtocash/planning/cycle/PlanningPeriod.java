package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.BusinessDate;

/**
 * The period a {@link PlanningCycle} plans for, usually the next year (DOMAIN D11.10): from its
 * first day up to, not including, its end.
 *
 * @param start the first day; not null
 * @param end the day after the last; not null, after {@code start}
 */
public record PlanningPeriod(LocalDate start, LocalDate end) {

  /**
   * Checks the dates.
   *
   * @param start the first day; not null
   * @param end the day after the last; not null, after {@code start}
   * @throws IllegalArgumentException if the end is not after the start
   */
  public PlanningPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    checkArgument(
        end.isAfter(start),
        "a planning period ends after it starts (DOMAIN D11.10): %s to %s",
        start,
        end);
  }

  /**
   * Returns the calendar year as a planning period.
   *
   * @param year the year, e.g. 2027
   * @return the period from 1 January of the year to 1 January of the next, never null
   * @throws IllegalArgumentException if the year or the next one lies outside the library's
   *     calendar ({@link BusinessDate#EARLIEST} to {@link BusinessDate#LATEST})
   */
  public static PlanningPeriod year(int year) {
    checkArgument(
        year >= BusinessDate.EARLIEST.getYear() && year < BusinessDate.LATEST.getYear(),
        "a planning year and the next lie within the library's calendar, %s to %s, not %s (DOMAIN"
            + " D11.10)",
        BusinessDate.EARLIEST,
        BusinessDate.LATEST,
        year);
    return new PlanningPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** {@return the period as {@code 2027-01-01/2028-01-01}} */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
