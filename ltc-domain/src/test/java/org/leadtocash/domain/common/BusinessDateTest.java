package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A business date is compared with an instant without a time zone, refusing only what is wrong in
 * every zone on Earth (DESIGN §2, DOMAIN D5.3).
 */
class BusinessDateTest {

  /** 2026-03-10 09:00 UTC: 2026-03-09 15:00 at UTC-18:00, 2026-03-11 03:00 at UTC+18:00. */
  private static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

  @Test
  @DisplayName("an instant's dates span its calendar days from UTC-18:00 to UTC+18:00")
  void span() {
    assertEquals(LocalDate.of(2026, 3, 9), BusinessDate.earliestDateOf(T));
    assertEquals(LocalDate.of(2026, 3, 11), BusinessDate.latestDateOf(T));
  }

  @Test
  @DisplayName("a date is before an instant only if it is before the instant's date everywhere")
  void before() {
    assertTrue(BusinessDate.isBefore(LocalDate.of(2026, 3, 8), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 9), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 10), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 12), T));
  }

  @Test
  @DisplayName("a date is after an instant only if it is after the instant's date everywhere")
  void after() {
    assertTrue(BusinessDate.isAfter(LocalDate.of(2026, 3, 12), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 11), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 10), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 1), T));
  }

  @Test
  @DisplayName("at the edges of UTC days: midnight and the last nanosecond")
  void edges() {
    Instant midnight = Instant.parse("2026-03-10T00:00:00Z");
    assertEquals(LocalDate.of(2026, 3, 9), BusinessDate.earliestDateOf(midnight));
    assertEquals(LocalDate.of(2026, 3, 10), BusinessDate.latestDateOf(midnight));
    Instant last = Instant.parse("2026-03-10T23:59:59.999999999Z");
    assertEquals(LocalDate.of(2026, 3, 10), BusinessDate.earliestDateOf(last));
    assertEquals(LocalDate.of(2026, 3, 11), BusinessDate.latestDateOf(last));
  }

  @Test
  @DisplayName(
      "an instant in the first or last year an Instant can hold has the first or last date, before"
          + " or after which no date is, not a DateTimeException")
  void instantsBeyondEveryDate() {
    assertEquals(LocalDate.MIN, BusinessDate.earliestDateOf(Instant.MIN));
    assertEquals(LocalDate.MIN, BusinessDate.latestDateOf(Instant.MIN));
    assertEquals(LocalDate.MAX, BusinessDate.earliestDateOf(Instant.MAX));
    assertEquals(LocalDate.MAX, BusinessDate.latestDateOf(Instant.MAX));
    assertFalse(BusinessDate.isBefore(LocalDate.MIN, Instant.MIN));
    assertFalse(BusinessDate.isAfter(LocalDate.MAX, Instant.MAX));
    assertTrue(BusinessDate.isAfter(LocalDate.of(2026, 3, 12), Instant.MIN));
  }

  @Test
  @DisplayName(
      "the library's calendar runs from the year after the first a date can hold to the year before"
          + " the last, so a year can be added to or taken from every date in it")
  void calendar() {
    assertEquals(LocalDate.of(Year.MIN_VALUE + 1, 1, 1), BusinessDate.EARLIEST);
    assertEquals(LocalDate.of(Year.MAX_VALUE - 1, 12, 31), BusinessDate.LATEST);
    assertEquals(Year.MAX_VALUE, BusinessDate.LATEST.plusYears(1).getYear());
    assertEquals(Year.MIN_VALUE, BusinessDate.EARLIEST.minusYears(1).getYear());
    assertTrue(BusinessDate.isWithinCalendar(BusinessDate.EARLIEST));
    assertTrue(BusinessDate.isWithinCalendar(BusinessDate.LATEST));
    assertFalse(BusinessDate.isWithinCalendar(BusinessDate.EARLIEST.minusDays(1)));
    assertFalse(BusinessDate.isWithinCalendar(BusinessDate.LATEST.plusDays(1)));

    Instant first = BusinessDate.EARLIEST.atStartOfDay().toInstant(ZoneOffset.MIN);
    Instant last = BusinessDate.LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MAX);
    assertTrue(BusinessDate.isWithinCalendar(first));
    assertFalse(BusinessDate.isWithinCalendar(first.minusNanos(1)));
    assertTrue(BusinessDate.isWithinCalendar(last.minusNanos(1)));
    assertFalse(BusinessDate.isWithinCalendar(last));
    assertFalse(BusinessDate.isWithinCalendar(Instant.MAX));
    assertFalse(BusinessDate.isWithinCalendar(Instant.MIN));
    assertTrue(BusinessDate.isWithinCalendar(T));
  }

  @Test
  @DisplayName(
      "a date, month or year outside the calendar is refused naming the parameter, the calendar and"
          + " the rule")
  void checkWithinCalendar() {
    YearMonth last = YearMonth.of(Year.MAX_VALUE, 12);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> BusinessDate.checkWithinCalendar(last, "month", "D6.6"));
    assertEquals(
        "month is 999999999-12; the library's dates lie from -999999998-01-01 to"
            + " +999999998-12-31 (DOMAIN D6.6)",
        refused.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BusinessDate.checkWithinCalendar(LocalDate.MIN, "day", "D11.3"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BusinessDate.checkWithinCalendar(Year.of(Year.MIN_VALUE), "year", "D12"));
    assertEquals(
        T.atZone(ZoneOffset.UTC).toLocalDate(),
        BusinessDate.checkWithinCalendar(T.atZone(ZoneOffset.UTC).toLocalDate(), "day", "D11.3"));
    assertEquals(
        YearMonth.of(Year.MAX_VALUE - 1, 12),
        BusinessDate.checkWithinCalendar(YearMonth.of(Year.MAX_VALUE - 1, 12), "month", "D6.6"));
  }

  @Test
  @DisplayName("every parameter is checked by name")
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(BusinessDate.class);
  }
}
