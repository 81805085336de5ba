package org.leadtocash.metrics.testing;

import static org.leadtocash.domain.testing.DomainTesters.D0;

import java.time.ZoneOffset;
import org.leadtocash.metrics.ReportingPeriod;
import org.threeten.extra.LocalDateRange;

/** Reporting periods for the tests, counted in days from {@code D0} and read in UTC. */
public final class Periods {

  /** Every date, read in UTC. */
  public static final ReportingPeriod ALL = ReportingPeriod.of(LocalDateRange.ALL, ZoneOffset.UTC);

  private Periods() {}

  /**
   * Returns the period of a range of dates, read in UTC.
   *
   * @param dates the dates; not null
   * @return the period, never null
   */
  public static ReportingPeriod utc(LocalDateRange dates) {
    return ReportingPeriod.of(dates, ZoneOffset.UTC);
  }

  /**
   * Returns the period of the days {@code from} to {@code to}, the end excluded, in UTC.
   *
   * @param from the first day, counted from {@code D0}
   * @param to the end day, counted from {@code D0}; after {@code from}
   * @return the period, never null
   */
  public static ReportingPeriod days(int from, int to) {
    return ReportingPeriod.of(
        LocalDateRange.of(D0.plusDays(from), D0.plusDays(to)), ZoneOffset.UTC);
  }
}
