package org.leadtocash.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.BusinessDate;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The period a KPI counts over (DOMAIN D12: every KPI has a period): the host's business dates, and
 * the time zone in which an instant is read as one of those dates — the calendar of the office
 * whose figures they are. Every KPI that counts over a period takes one, whether its records carry
 * dates (an invoice's due date) or instants (the moment an opportunity was won), so that no KPI
 * guesses a zone and two KPIs given the same period count the same days.
 *
 * <p>The dates are a {@link LocalDateRange}: half-open, the end date excluded, possibly unbounded
 * at either end as threeten-extra allows, and possibly empty (the year to date on 1 January), when
 * it counts nothing. An instant is in the period exactly when its date in the zone is: in a zone
 * whose clocks once went back across midnight (America/Goose_Bay until 2010, for one), an instant
 * of the repeated hour belongs to the day the office's clocks showed, not to the day of its
 * position on the time line.
 *
 * <p>An immutable value: equal when the dates and the zone are equal ({@link ZoneId#equals}, so
 * {@code Z} and {@code UTC} differ).
 */
public final class ReportingPeriod {

  private static final long SECONDS_PER_DAY = 86_400;

  private final LocalDateRange dates;
  private final ZoneId zone;
  private final ZoneRules rules;
  private final long firstDay;
  private final long endDay;
  private final long startSecond;
  private final long endSecond;
  private final boolean datesOnlyMoveForward;

  private ReportingPeriod(LocalDateRange dates, ZoneId zone) {
    this.dates = dates;
    this.zone = zone;
    this.rules = zone.getRules();
    this.firstDay = dates.isUnboundedStart() ? Long.MIN_VALUE : dates.getStart().toEpochDay();
    this.endDay = dates.isUnboundedEnd() ? Long.MAX_VALUE : dates.getEnd().toEpochDay();
    this.startSecond =
        dates.isUnboundedStart()
            ? Long.MIN_VALUE
            : dates.getStart().atStartOfDay(zone).toEpochSecond();
    this.endSecond =
        dates.isUnboundedEnd() ? Long.MAX_VALUE : dates.getEnd().atStartOfDay(zone).toEpochSecond();
    this.datesOnlyMoveForward = datesOnlyMoveForward(rules);
  }

  /**
   * Returns the period of a range of dates, whose instants are read in a zone.
   *
   * @param dates the business dates, the end excluded; not null
   * @param zone the zone in which an instant is read as a date, e.g. the office's; not null
   * @return the period, never null
   */
  public static ReportingPeriod of(LocalDateRange dates, ZoneId zone) {
    return new ReportingPeriod(
        Objects.requireNonNull(dates, "dates"), Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns the period of a calendar year.
   *
   * @param year the year; not null
   * @param zone the zone in which an instant is read as a date; not null
   * @return 1 January to 1 January of the next year, never null
   * @throws IllegalArgumentException if the year is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D12)
   */
  public static ReportingPeriod year(Year year, ZoneId zone) {
    BusinessDate.checkWithinCalendar(year, "year", "D12");
    return of(LocalDateRange.of(year.atDay(1), year.plusYears(1).atDay(1)), zone);
  }

  /**
   * Returns the period of a calendar quarter.
   *
   * @param quarter the quarter; not null
   * @param zone the zone in which an instant is read as a date; not null
   * @return its first day to the first day of the next quarter, never null
   * @throws IllegalArgumentException if the quarter is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D12)
   */
  public static ReportingPeriod quarter(YearQuarter quarter, ZoneId zone) {
    BusinessDate.checkWithinCalendar(quarter, "quarter", "D12");
    return of(LocalDateRange.of(quarter.atDay(1), quarter.plusQuarters(1).atDay(1)), zone);
  }

  /**
   * Returns the period of a calendar month.
   *
   * @param month the month; not null
   * @param zone the zone in which an instant is read as a date; not null
   * @return its first day to the first day of the next month, never null
   * @throws IllegalArgumentException if the month is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D12)
   */
  public static ReportingPeriod month(YearMonth month, ZoneId zone) {
    BusinessDate.checkWithinCalendar(month, "month", "D12");
    return of(LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)), zone);
  }

  /** {@return the business dates, the end excluded; never null} */
  public LocalDateRange dates() {
    return dates;
  }

  /** {@return the zone in which an instant is read as a date; never null} */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns whether a date is one of the period's.
   *
   * @param date the date; not null
   * @return whether it is on or after the first date and before the end date
   */
  public boolean contains(LocalDate date) {
    return containsEpochDay(Objects.requireNonNull(date, "date").toEpochDay());
  }

  /**
   * Returns whether the date of an epoch day is one of the period's: the same as {@link
   * #contains(LocalDate)} for columnar data that keeps dates as numbers.
   *
   * @param epochDay days since 1970-01-01, as {@link LocalDate#toEpochDay()} counts them
   * @return whether that date is on or after the first date and before the end date
   */
  public boolean containsEpochDay(long epochDay) {
    return epochDay >= firstDay && epochDay < endDay;
  }

  /**
   * Returns whether an instant is in the period: whether its date in the zone is one of the
   * period's.
   *
   * @param instant the instant; not null
   * @return whether {@link #contains(LocalDate)} holds for {@link #dateOf(Instant) its date}
   */
  public boolean contains(Instant instant) {
    return containsEpochSecond(Objects.requireNonNull(instant, "instant").getEpochSecond());
  }

  /**
   * Returns whether the instant of an epoch second is in the period: the same as {@link
   * #contains(Instant)} for columnar data that keeps instants as numbers. The second alone decides
   * the date, as every zone offset is a whole number of seconds.
   *
   * @param epochSecond seconds since 1970-01-01T00:00:00Z
   * @return whether that instant's date in the zone is one of the period's
   */
  public boolean containsEpochSecond(long epochSecond) {
    if (datesOnlyMoveForward) {
      return epochSecond >= startSecond && epochSecond < endSecond;
    }
    return containsEpochDay(epochDay(epochSecond));
  }

  /**
   * Returns whether every date of a range is one of the period's, e.g. of a quarter's record in a
   * year's period.
   *
   * @param range the range; not null
   * @return whether the period encloses it
   */
  public boolean encloses(LocalDateRange range) {
    return dates.encloses(Objects.requireNonNull(range, "range"));
  }

  /**
   * Returns the date of an instant in the period's zone.
   *
   * @param instant the instant; not null
   * @return its date, never null
   * @throws java.time.DateTimeException if the date is beyond {@link LocalDate#MIN} or {@link
   *     LocalDate#MAX}
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
  }

  private long epochDay(long epochSecond) {
    int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
  }

  /**
   * Whether the date of an instant never goes back as time goes on in the zone: then the instants
   * of a range of dates are those from the first day's start to the end day's start. A zone whose
   * clocks went back across midnight (from 00:01 to 23:01 the day before) repeats part of a day.
   */
  private static boolean datesOnlyMoveForward(ZoneRules rules) {
    if (rules.isFixedOffset()) {
      return true;
    }
    List<ZoneOffsetTransition> transitions = new ArrayList<>(rules.getTransitions());
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      transitions.add(rule.createTransition(2000));
    }
    for (ZoneOffsetTransition transition : transitions) {
      LocalDate lastBefore = transition.getDateTimeBefore().minusNanos(1).toLocalDate();
      if (transition.getDateTimeAfter().toLocalDate().isBefore(lastBefore)) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the other object is a period with equal dates and zone} */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportingPeriod that
        && dates.equals(that.dates)
        && zone.equals(that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dates, zone);
  }

  /** {@return the dates and the zone, e.g. {@code 2026-01-01/2027-01-01 [Asia/Shanghai]}} */
  @Override
  public String toString() {
    return dates + " [" + zone + "]";
  }
}
