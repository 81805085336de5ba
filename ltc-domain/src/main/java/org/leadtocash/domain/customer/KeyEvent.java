package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.leadtocash.domain.common.FreeText;
import org.threeten.extra.LocalDateRange;

/**
 * An event of the customer's yearly calendar (DOMAIN D6.8, appendix C: the annual key-events
 * calendar), on a day of the year or at some time in a month: the budget committee in September,
 * the shareholders' meeting on 20 May. It recurs every year.
 *
 * @param month the month; not null
 * @param day the day of the month, if the event has a fixed day; not null, valid for the month (29
 *     February falls on 28 February in other years)
 * @param description what happens; not null, not blank
 */
public record KeyEvent(Month month, OptionalInt day, String description) {

  /**
   * Checks the parts.
   *
   * @param month the month; not null
   * @param day the day of the month, if the event has a fixed day; not null, valid for the month
   *     (29 February falls on 28 February in other years)
   * @param description what happens; not null, not blank
   * @throws IllegalArgumentException if the day is not a day of the month, or the description is
   *     blank
   */
  public KeyEvent {
    FreeText.note(description, "description");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(description, "description");
    day.ifPresent(
        d -> checkArgument(d >= 1 && d <= month.maxLength(), "%s has no day %s", month, d));
    Texts.notBlank(description, "a key event's description");
  }

  /**
   * Returns an event on a fixed day of every year.
   *
   * @param day the day; not null
   * @param description what happens; not null, not blank
   * @return the event, never null
   */
  public static KeyEvent on(MonthDay day, String description) {
    Objects.requireNonNull(day, "day");
    return new KeyEvent(day.getMonth(), OptionalInt.of(day.getDayOfMonth()), description);
  }

  /**
   * Returns an event at some time in a month of every year.
   *
   * @param month the month; not null
   * @param description what happens; not null, not blank
   * @return the event, never null
   */
  public static KeyEvent in(Month month, String description) {
    return new KeyEvent(month, OptionalInt.empty(), description);
  }

  /**
   * Returns when the event happens within a period: one day for an event with a fixed day, the
   * whole month otherwise, once per year the period touches.
   *
   * @param period the period (end exclusive); not null, bounded
   * @return the occurrences that overlap the period, in time order; each a closed range of days;
   *     never null
   * @throws IllegalArgumentException if the period is unbounded, or touches the first or the last
   *     year a date can hold, where a month or a day after it cannot be counted (DOMAIN D11.3)
   */
  public List<LocalDateRange> occurrencesIn(LocalDateRange period) {
    Objects.requireNonNull(period, "period");
    checkArgument(
        !period.isUnboundedStart() && !period.isUnboundedEnd(),
        "key events are listed for a bounded period, not %s",
        period);
    checkArgument(
        period.getStart().getYear() > Year.MIN_VALUE
            && period.getEndInclusive().getYear() < Year.MAX_VALUE,
        "period is %s; key events are listed for a period within the years %s to %s (DOMAIN"
            + " D11.3)",
        period,
        Year.MIN_VALUE + 1,
        Year.MAX_VALUE - 1);
    if (period.isEmpty()) {
      return List.of();
    }
    ImmutableList.Builder<LocalDateRange> found = ImmutableList.builder();
    for (int year = period.getStart().getYear();
        year <= period.getEndInclusive().getYear();
        year++) {
      LocalDateRange when;
      if (day.isPresent()) {
        LocalDate date = MonthDay.of(month, day.getAsInt()).atYear(year);
        when = LocalDateRange.ofClosed(date, date);
      } else {
        LocalDate first = LocalDate.of(year, month, 1);
        when = LocalDateRange.of(first, first.plusMonths(1));
      }
      if (when.overlaps(period)) {
        found.add(when);
      }
    }
    return found.build();
  }

  /** {@return e.g. {@code 20 MAY: shareholders' meeting} or {@code SEPTEMBER: budget committee}} */
  @Override
  public String toString() {
    return (day.isPresent() ? day.getAsInt() + " " : "") + month + ": " + description;
  }
}
