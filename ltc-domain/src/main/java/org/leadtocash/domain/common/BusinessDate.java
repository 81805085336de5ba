package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a business date with an instant without a time zone: the one place where the library
 * decides whether a date a command carries (an invoice's issue date, a payment's receipt date)
 * contradicts an instant its aggregate recorded (its draft, its latest event).
 *
 * <p>An aggregate's dates are {@link Instant}s; the dates of the business are {@link LocalDate}s,
 * written in the zone of whoever wrote them, which the library does not know and does not invent.
 * So it compares conservatively, refusing only what is wrong in every zone on Earth:
 *
 * <ul>
 *   <li>a date is {@linkplain #isBefore before} an instant only if it is before the instant's date
 *       at {@link ZoneOffset#MIN} (UTC−18:00), the earliest calendar date the instant has anywhere;
 *   <li>a date is {@linkplain #isAfter after} an instant only if it is after the instant's date at
 *       {@link ZoneOffset#MAX} (UTC+18:00), the latest calendar date the instant has anywhere.
 * </ul>
 *
 * <p>A date on the instant's calendar day in some zone is neither before nor after it. Commands use
 * these comparisons for the rule that time only moves forward (DESIGN §2): a business date does not
 * precede the aggregate's own dates, and a fact is not recorded before it happened (a payment is
 * not recorded before it was received) — see the commands' {@code @throws} for the DOMAIN rule each
 * cites (for example DOMAIN D5.3).
 *
 * <p>It also holds the <b>calendar</b> the library's dates lie in: from {@link #EARLIEST} to {@link
 * #LATEST}, a year inside the range a {@link LocalDate} can hold at each end, so that a rule may
 * add the months of a review cadence or a reporting period to a date a caller gave (a card's next
 * review three months after its last, a grading's review a year after it took effect) without
 * leaving what a date can hold. A factory or command that does such arithmetic on a date it is
 * given refuses a date outside the calendar by name, with {@link #checkWithinCalendar} (an {@link
 * IllegalArgumentException}) or, in a command, with its rule's {@link DomainException} over {@link
 * #isWithinCalendar(LocalDate)}, rather than fail deep inside with a {@link
 * java.time.DateTimeException}.
 */
public final class BusinessDate {

  /**
   * The first date of the library's calendar: 1 January of the year after {@link Year#MIN_VALUE}.
   */
  public static final LocalDate EARLIEST = LocalDate.of(Year.MIN_VALUE + 1, 1, 1);

  /**
   * The last date of the library's calendar: 31 December of the year before {@link Year#MAX_VALUE}.
   */
  public static final LocalDate LATEST = LocalDate.of(Year.MAX_VALUE - 1, 12, 31);

  /** The first instant whose date is {@link #EARLIEST} or later in every zone. */
  private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.MIN);

  /** The first instant whose date is after {@link #LATEST} in some zone. */
  private static final Instant END_INSTANT =
      LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MAX);

  private static final long SECONDS_PER_DAY = 86_400;

  private BusinessDate() {}

  /**
   * Tells whether a date lies in the library's calendar, from {@link #EARLIEST} to {@link #LATEST}.
   *
   * @param date the date; not null
   * @return whether a year of months or days can be added to it, or taken from it
   */
  public static boolean isWithinCalendar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * Tells whether an instant's date lies in the library's calendar in every time zone.
   *
   * @param instant the instant; not null
   * @return whether its dates at {@link ZoneOffset#MIN} and {@link ZoneOffset#MAX} are within
   *     {@link #EARLIEST} to {@link #LATEST}
   */
  public static boolean isWithinCalendar(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
  }

  /**
   * Checks that a date, month, quarter or year a caller gave lies in the library's calendar. The
   * calendar holds whole years, so a month, quarter or year lies in it when its year does.
   *
   * @param value the date, {@link java.time.YearMonth}, {@link org.threeten.extra.YearQuarter} or
   *     {@link Year}: a value with a {@link ChronoField#YEAR}; not null
   * @param field the parameter or attribute it was given as, for the message; not null
   * @param section the DOMAIN section of the rule that works with it, e.g. {@code "D6.2"}; not null
   * @param <T> the type of the value
   * @return {@code value}
   * @throws IllegalArgumentException if its year is before {@link #EARLIEST}'s or after {@link
   *     #LATEST}'s, with a message naming {@code field}, the calendar and the section
   */
  @CanIgnoreReturnValue
  public static <T extends TemporalAccessor> T checkWithinCalendar(
      T value, String field, String section) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    Objects.requireNonNull(section, "section");
    int year = value.get(ChronoField.YEAR);
    checkArgument(
        year >= EARLIEST.getYear() && year <= LATEST.getYear(),
        "%s is %s; the library's dates lie from %s to %s (DOMAIN %s)",
        field,
        value,
        EARLIEST,
        LATEST,
        section);
    return value;
  }

  /**
   * Returns the date a period after another, for a question that counts a host's period (a tenure
   * limit, a review cadence) forward from a date: a period so long that the date would lie beyond
   * {@link LocalDate#MAX} gives no date, as nothing falls due there.
   *
   * @param date the date counted from; not null
   * @param period the period, as {@link LocalDate#plus} adds it; not null
   * @return the date, or empty if it lies beyond what a {@link LocalDate} can hold
   */
  public static Optional<LocalDate> plus(LocalDate date, Period period) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(period, "period");
    try {
      return Optional.of(date.plus(period));
    } catch (DateTimeException beyondEveryDate) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a business date is before an instant in every time zone: before the instant's
   * date at {@link ZoneOffset#MIN}.
   *
   * @param date the business date; not null
   * @param instant the instant; not null
   * @return whether the date is before the instant wherever it was written
   */
  public static boolean isBefore(LocalDate date, Instant instant) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(earliestDateOf(instant));
  }

  /**
   * Tells whether a business date is after an instant in every time zone: after the instant's date
   * at {@link ZoneOffset#MAX}.
   *
   * @param date the business date; not null
   * @param instant the instant; not null
   * @return whether the date is after the instant wherever it was written
   */
  public static boolean isAfter(LocalDate date, Instant instant) {
    Objects.requireNonNull(date, "date");
    return date.isAfter(latestDateOf(instant));
  }

  /**
   * Returns the earliest calendar date an instant has in any time zone: its date at {@link
   * ZoneOffset#MIN}. A business date before it is before the instant everywhere. The first and last
   * year of the {@link Instant} range lie beyond what a {@link LocalDate} can hold: their instants
   * have {@link LocalDate#MIN} or {@link LocalDate#MAX}, before or after which there is no date.
   *
   * @param instant the instant; not null
   * @return the date, never null
   */
  public static LocalDate earliestDateOf(Instant instant) {
    return dateOf(instant, ZoneOffset.MIN);
  }

  /**
   * Returns the latest calendar date an instant has in any time zone: its date at {@link
   * ZoneOffset#MAX}. A business date after it is after the instant everywhere. As for {@link
   * #earliestDateOf}, an instant beyond what a date can hold has {@link LocalDate#MIN} or {@link
   * LocalDate#MAX}.
   *
   * @param instant the instant; not null
   * @return the date, never null
   */
  public static LocalDate latestDateOf(Instant instant) {
    return dateOf(instant, ZoneOffset.MAX);
  }

  private static LocalDate dateOf(Instant instant, ZoneOffset offset) {
    Objects.requireNonNull(instant, "instant");
    long day = Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY);
    return LocalDate.ofEpochDay(
        Math.max(LocalDate.MIN.toEpochDay(), Math.min(LocalDate.MAX.toEpochDay(), day)));
  }
}
