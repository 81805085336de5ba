package org.leadtocash.metrics;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.DomainTesters;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** Null rejection and equality of the reporting period (DESIGN §5). */
class ReportingPeriodContractsTest {

  private static final LocalDateRange DATES_2026 =
      LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("every public method rejects null, naming the argument")
  void nullRejection() {
    NullPointerTester tester =
        DomainTesters.nullPointerTester()
            .setDefault(LocalDateRange.class, DATES_2026)
            .setDefault(ZoneId.class, SHANGHAI)
            .setDefault(Year.class, Year.of(2026))
            .setDefault(YearQuarter.class, YearQuarter.of(2026, 1))
            .setDefault(YearMonth.class, YearMonth.of(2026, 1));
    tester.testAllPublicStaticMethods(ReportingPeriod.class);
    tester.testAllPublicInstanceMethods(ReportingPeriod.of(DATES_2026, SHANGHAI));
  }

  @Test
  @DisplayName("two periods are equal when their dates and zones are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ReportingPeriod.of(DATES_2026, SHANGHAI),
            ReportingPeriod.year(Year.of(2026), SHANGHAI),
            ReportingPeriod.of(DATES_2026, ZoneId.of("Asia/Shanghai")))
        .addEqualityGroup(ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC))
        .addEqualityGroup(ReportingPeriod.year(Year.of(2026), ZoneId.of("UTC")))
        .addEqualityGroup(ReportingPeriod.year(Year.of(2027), SHANGHAI))
        .addEqualityGroup(
            ReportingPeriod.quarter(YearQuarter.of(2026, 1), SHANGHAI),
            ReportingPeriod.of(
                LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)), SHANGHAI))
        .addEqualityGroup(ReportingPeriod.month(YearMonth.of(2026, 1), SHANGHAI))
        .testEquals();
  }
}
