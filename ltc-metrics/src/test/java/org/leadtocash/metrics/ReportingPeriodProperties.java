package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.threeten.extra.LocalDateRange;

/**
 * An instant is in a reporting period exactly when its date in the period's zone is (DOMAIN D12),
 * in every zone the JDK knows, at the edges of the period and around the zones' clock changes.
 */
class ReportingPeriodProperties {

  private static final long DAY = 86_400;

  @Property(tries = 2000)
  void anInstantIsInThePeriodOfItsDate(
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = -40_000, max = 60_000) int firstDay,
      @ForAll @IntRange(min = 0, max = 400) int length,
      @ForAll boolean nearTheEnd,
      @ForAll @LongRange(min = -3 * DAY, max = 3 * DAY) long fromTheEdge) {
    LocalDate first = LocalDate.ofEpochDay(firstDay);
    LocalDateRange dates = LocalDateRange.of(first, first.plusDays(length));
    ReportingPeriod period = ReportingPeriod.of(dates, zone);
    LocalDate edge = nearTheEnd ? dates.getEnd() : dates.getStart();
    Instant instant = edge.atStartOfDay(zone).toInstant().plusSeconds(fromTheEdge);
    assertReadAsItsDate(period, instant);
  }

  @Property(tries = 2000)
  void anInstantIsInThePeriodOfItsDateAroundAClockChange(
      @ForAll("zonesWithChanges") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 10_000) int whichChange,
      @ForAll @IntRange(min = -2, max = 2) int startFromChange,
      @ForAll @IntRange(min = 0, max = 3) int length,
      @ForAll @LongRange(min = -3 * 3600, max = 3 * 3600) long fromTheChange) {
    List<ZoneOffsetTransition> changes = zone.getRules().getTransitions();
    ZoneOffsetTransition change = changes.get(whichChange % changes.size());
    LocalDate first = change.getDateTimeBefore().toLocalDate().plusDays(startFromChange);
    ReportingPeriod period =
        ReportingPeriod.of(LocalDateRange.of(first, first.plusDays(length)), zone);
    assertReadAsItsDate(period, change.getInstant().plusSeconds(fromTheChange));
  }

  private static void assertReadAsItsDate(ReportingPeriod period, Instant instant) {
    LocalDate date = LocalDate.ofInstant(instant, period.zone());
    boolean expected = period.dates().contains(date);
    assertEquals(
        expected, period.contains(instant), () -> instant + " on " + date + " in " + period);
    assertEquals(expected, period.containsEpochSecond(instant.getEpochSecond()));
    assertEquals(expected, period.contains(period.dateOf(instant)));
    assertEquals(expected, period.containsEpochDay(date.toEpochDay()));
    assertEquals(date, period.dateOf(instant));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList()).map(ZoneId::of);
  }

  @Provide
  Arbitrary<ZoneId> zonesWithChanges() {
    return Arbitraries.of(
            ZoneId.getAvailableZoneIds().stream()
                .sorted()
                .filter(id -> !ZoneId.of(id).getRules().getTransitions().isEmpty())
                .toList())
        .map(ZoneId::of);
  }
}
