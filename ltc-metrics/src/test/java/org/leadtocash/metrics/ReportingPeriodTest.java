package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** The period every KPI counts over (DOMAIN D12): its dates, read in its zone, at the edges. */
class ReportingPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ReportingPeriod YEAR_2026 = ReportingPeriod.year(Year.of(2026), SHANGHAI);

  @Test
  @DisplayName("a Beijing office's year starts at 16:00 UTC the day before, and ends there too")
  void firstAndLastMomentInTheZone() {
    Instant firstMoment = Instant.parse("2025-12-31T16:00:00Z"); // 1 January 00:00 in Shanghai
    assertTrue(YEAR_2026.contains(firstMoment));
    assertFalse(YEAR_2026.contains(firstMoment.minusNanos(1)), "31 December 23:59:59.999999999");
    Instant lastMoment = Instant.parse("2026-12-31T15:59:59.999999999Z");
    assertTrue(YEAR_2026.contains(lastMoment), "31 December 23:59:59.999999999 in Shanghai");
    assertFalse(YEAR_2026.contains(lastMoment.plusNanos(1)), "1 January of the next year");
    assertFalse(
        ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC).contains(firstMoment),
        "1 January in Shanghai is still 31 December in UTC");
  }

  @Test
  @DisplayName("the end date is excluded, the first date included")
  void datesAtTheEdges() {
    assertTrue(YEAR_2026.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(YEAR_2026.contains(LocalDate.of(2026, 12, 31)));
    assertFalse(YEAR_2026.contains(LocalDate.of(2027, 1, 1)), "the exclusive end");
    assertFalse(YEAR_2026.contains(LocalDate.of(2025, 12, 31)));
  }

  @Test
  @DisplayName("where the clocks went back across midnight, an instant belongs to the day shown")
  void clocksBackAcrossMidnight() {
    // Goose Bay, 7 November 2010: at 00:01 (-03:00) the clocks went back to 23:01 of the 6th.
    ZoneId gooseBay = ZoneId.of("America/Goose_Bay");
    ReportingPeriod toThe6th =
        ReportingPeriod.of(
            LocalDateRange.of(LocalDate.of(2010, 11, 1), LocalDate.of(2010, 11, 7)), gooseBay);
    Instant beforeTheChange = Instant.parse("2010-11-07T03:00:30Z"); // 7 Nov 00:00:30 -03:00
    Instant afterTheChange = Instant.parse("2010-11-07T03:30:00Z"); // 6 Nov 23:30 -04:00
    assertEquals(LocalDate.of(2010, 11, 7), toThe6th.dateOf(beforeTheChange));
    assertEquals(LocalDate.of(2010, 11, 6), toThe6th.dateOf(afterTheChange));
    assertFalse(toThe6th.contains(beforeTheChange));
    assertTrue(toThe6th.contains(afterTheChange), "the repeated hour is the 6th again");
    assertFalse(toThe6th.contains(Instant.parse("2010-11-07T04:01:00Z")), "7 Nov 00:01 -04:00");
  }

  @Test
  @DisplayName("where midnight was skipped, the day starts when the clocks resumed")
  void midnightSkipped() {
    // Sao Paulo, 4 November 2018: at 00:00 (-03:00) the clocks jumped to 01:00 (-02:00).
    ReportingPeriod fromThe4th =
        ReportingPeriod.of(
            LocalDateRange.ofUnboundedEnd(LocalDate.of(2018, 11, 4)),
            ZoneId.of("America/Sao_Paulo"));
    assertFalse(fromThe4th.contains(Instant.parse("2018-11-04T02:59:59Z")), "3 Nov 23:59:59");
    assertTrue(fromThe4th.contains(Instant.parse("2018-11-04T03:00:00Z")), "4 Nov 01:00");
  }

  @Test
  @DisplayName("a year, a quarter and a month are their calendar dates; unbounded ends hold all")
  void factories() {
    assertEquals(
        LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), YEAR_2026.dates());
    assertEquals(SHANGHAI, YEAR_2026.zone());
    assertEquals(
        LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)),
        ReportingPeriod.quarter(YearQuarter.of(2026, 2), SHANGHAI).dates());
    assertEquals(
        LocalDateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)),
        ReportingPeriod.month(YearMonth.of(2026, 12), SHANGHAI).dates());
    ReportingPeriod always = ReportingPeriod.of(LocalDateRange.ALL, SHANGHAI);
    assertTrue(always.contains(Instant.MIN));
    assertTrue(always.contains(Instant.MAX));
    assertTrue(always.contains(LocalDate.MIN));
    ReportingPeriod fromToday =
        ReportingPeriod.of(LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 1, 1)), SHANGHAI);
    assertTrue(fromToday.contains(Instant.MAX));
    assertFalse(fromToday.contains(Instant.MIN));
  }

  @Test
  @DisplayName("an empty period, the year to date on 1 January, holds nothing")
  void emptyPeriod() {
    LocalDate newYear = LocalDate.of(2026, 1, 1);
    ReportingPeriod yearToDate = ReportingPeriod.of(LocalDateRange.of(newYear, newYear), SHANGHAI);
    assertFalse(yearToDate.contains(newYear));
    assertFalse(yearToDate.contains(Instant.parse("2025-12-31T16:00:00Z")));
  }

  @Test
  @DisplayName("a quarter's record lies within its year; a record across the year's end does not")
  void encloses() {
    assertTrue(
        YEAR_2026.encloses(LocalDateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1))));
    assertFalse(
        YEAR_2026.encloses(LocalDateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 2))));
  }

  @Test
  @DisplayName("it reads as its dates and its zone")
  void readable() {
    assertEquals("2026-01-01/2027-01-01 [Asia/Shanghai]", YEAR_2026.toString());
    assertEquals(
        "2026-04-01/2026-07-01 [Z]",
        ReportingPeriod.quarter(YearQuarter.of(2026, 2), ZoneOffset.UTC).toString());
  }

  @Test
  @DisplayName(
      "the period of the last year, quarter or month a date can hold is refused by name, not with a"
          + " DateTimeException from the month after it (DOMAIN D12)")
  void periodsBeyondTheCalendar() {
    List<Executable> calls =
        List.of(
            () -> ReportingPeriod.year(Year.of(Year.MAX_VALUE), SHANGHAI),
            () -> ReportingPeriod.quarter(YearQuarter.of(Year.MAX_VALUE, 4), SHANGHAI),
            () -> ReportingPeriod.month(YearMonth.of(Year.MAX_VALUE, 12), SHANGHAI),
            () -> ReportingPeriod.month(YearMonth.of(Year.MIN_VALUE, 1), SHANGHAI));
    for (Executable call : calls) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, call);
      assertTrue(
          refused.getMessage().contains("; the library's dates lie from -999999998-01-01 to"),
          refused.getMessage());
      assertTrue(refused.getMessage().endsWith("(DOMAIN D12)"), refused.getMessage());
    }
    assertEquals(
        LocalDate.of(Year.MAX_VALUE, 1, 1),
        ReportingPeriod.year(Year.of(Year.MAX_VALUE - 1), SHANGHAI).dates().getEnd());
  }
}
