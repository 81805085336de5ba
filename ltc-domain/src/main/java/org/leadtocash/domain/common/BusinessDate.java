package org.leadtocash.domain.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

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
 */
public final class BusinessDate {

  private BusinessDate() {}

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
   * ZoneOffset#MIN}. A business date before it is before the instant everywhere.
   *
   * @param instant the instant; not null
   * @return the date, never null
   */
  public static LocalDate earliestDateOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDate.ofInstant(instant, ZoneOffset.MIN);
  }

  /**
   * Returns the latest calendar date an instant has in any time zone: its date at {@link
   * ZoneOffset#MAX}. A business date after it is after the instant everywhere.
   *
   * @param instant the instant; not null
   * @return the date, never null
   */
  public static LocalDate latestDateOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDate.ofInstant(instant, ZoneOffset.MAX);
  }
}
