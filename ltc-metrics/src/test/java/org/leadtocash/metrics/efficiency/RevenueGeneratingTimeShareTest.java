package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.metrics.efficiency.Mentions.assertMentions;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.LI;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.ZHANG;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.KpiLaws;

/** The revenue-generating share of sales time (DOMAIN D11.6), by hand and under the KPI laws. */
class RevenueGeneratingTimeShareTest {

  private static final ReportingPeriod PERIOD = days(0, 28);

  /** The revenue-generating kinds as D11.6 names them, for the naive reference. */
  private static final Set<SalesTimeKind> REVENUE_GENERATING =
      EnumSet.of(
          SalesTimeKind.FACE_TO_FACE_SELLING,
          SalesTimeKind.ACCOUNT_PLANNING,
          SalesTimeKind.PROPOSALS);

  private static SalesTimeEntry entry(EmployeeId who, int day, SalesTimeKind kind, int hours) {
    return new SalesTimeEntry(who, D0.plusDays(day), kind, Duration.ofHours(hours));
  }

  @Test
  @DisplayName("20 of 100 hours generate revenue: 20%, a typical team (D11.6)")
  void workedExample() {
    List<SalesTimeEntry> entries =
        List.of(
            entry(ZHANG, 0, SalesTimeKind.FACE_TO_FACE_SELLING, 10),
            entry(ZHANG, 1, SalesTimeKind.ACCOUNT_PLANNING, 5),
            entry(LI, 2, SalesTimeKind.PROPOSALS, 5),
            entry(LI, 3, SalesTimeKind.TRAVEL, 20),
            entry(ZHANG, 4, SalesTimeKind.TRAVEL, 10),
            entry(LI, 5, SalesTimeKind.ADMINISTRATION, 20),
            entry(ZHANG, 6, SalesTimeKind.REWORK, 10),
            entry(LI, 7, SalesTimeKind.INTERNAL_COORDINATION, 20),
            entry(LI, 28, SalesTimeKind.FACE_TO_FACE_SELLING, 24)); // after the period
    Rate share = RevenueGeneratingTimeShare.in(PERIOD).compute(entries);
    assertEquals(Rate.of(20 * 3600, 100 * 3600), share);
    assertEquals(Optional.of(TeamBand.TYPICAL), RevenueGeneratingTimeShare.band(share));
  }

  @Test
  @DisplayName("the D11.6 benchmarks include their ends; the gaps around them do not")
  void bands() {
    assertEquals(Optional.of(TeamBand.BELOW_TYPICAL), TeamBand.of(Rate.of(0, 10)));
    assertEquals(Optional.of(TeamBand.BELOW_TYPICAL), TeamBand.of(Rate.of(1499, 10_000)));
    assertEquals(Optional.of(TeamBand.TYPICAL), TeamBand.of(Rate.of(15, 100)));
    assertEquals(Optional.of(TeamBand.TYPICAL), TeamBand.of(Rate.of(1, 4)));
    assertEquals(Optional.of(TeamBand.ABOVE_TYPICAL), TeamBand.of(Rate.of(2501, 10_000)));
    assertEquals(Optional.of(TeamBand.ABOVE_TYPICAL), TeamBand.of(Rate.of(3999, 10_000)));
    assertEquals(Optional.of(TeamBand.GOOD), TeamBand.of(Rate.of(2, 5)));
    assertEquals(Optional.of(TeamBand.GOOD), TeamBand.of(Rate.of(1, 2)));
    assertEquals(Optional.of(TeamBand.ABOVE_GOOD), TeamBand.of(Rate.of(5001, 10_000)));
    assertEquals(Optional.of(TeamBand.ABOVE_GOOD), TeamBand.of(Rate.of(1, 1)));
    assertEquals(Optional.empty(), TeamBand.of(Rate.NO_DATA));
    assertEquals(new BigDecimal("0.15"), TeamBand.TYPICAL.from());
    assertEquals(new BigDecimal("0.25"), TeamBand.TYPICAL.to());
    assertEquals(new BigDecimal("0.40"), TeamBand.GOOD.from());
    assertEquals(new BigDecimal("0.50"), TeamBand.GOOD.to());
    assertTrue(TeamBand.TYPICAL.isBenchmark() && TeamBand.GOOD.isBenchmark());
    assertFalse(TeamBand.ABOVE_TYPICAL.isBenchmark());
  }

  @Test
  @DisplayName("no time recorded is 'no data'; an entry lasts more than nothing and at most a day")
  void emptyAndEntryRules() {
    RevenueGeneratingTimeShare kpi = RevenueGeneratingTimeShare.in(PERIOD);
    assertFalse(kpi.compute(List.of()).isDefined());
    assertEquals(EmptyPopulation.NO_DATA, kpi.definition().empty());
    assertEquals("D11.6", kpi.definition().section());
    assertEquals("revenue-generating-time-share", RevenueGeneratingTimeShare.ID.value());
    assertMentions(kpi.definition().definition(), "15-25%", "40-50%");
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ZERO));
    assertMentions(zero.getMessage(), "E-ZHANG", "at most a day");
    assertThrows(
        IllegalArgumentException.class,
        () -> new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ofHours(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ofHours(25)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimeSplit(Duration.ofHours(2), Duration.ofHours(1)));
  }

  @Test
  @DisplayName("three kinds of time generate revenue, four do not (D11.6)")
  void kinds() {
    List<SalesTimeKind> generating =
        List.of(SalesTimeKind.values()).stream()
            .filter(SalesTimeKind::isRevenueGenerating)
            .toList();
    assertEquals(
        List.of(
            SalesTimeKind.FACE_TO_FACE_SELLING,
            SalesTimeKind.ACCOUNT_PLANNING,
            SalesTimeKind.PROPOSALS),
        generating);
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<SalesTimeEntry> entries() {
    Arbitrary<SalesTimeKind> kind = Arbitraries.of(SalesTimeKind.class);
    Arbitrary<Integer> day = Arbitraries.integers().between(-5, 35);
    Arbitrary<Integer> minutes = Arbitraries.integers().between(1, 24 * 60);
    Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 59);
    return Combinators.combine(kind, day, minutes, seconds)
        .as(
            (k, d, m, s) ->
                new SalesTimeEntry(
                    ZHANG,
                    D0.plusDays(d),
                    k,
                    Duration.ofMinutes(m).minusSeconds(s).plusNanos(s * 1_000L)));
  }

  @Property(tries = 80)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 100) List<@From("entries") SalesTimeEntry> entries,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(RevenueGeneratingTimeShare.in(PERIOD), entries, cuts, seed);
  }

  @Property(tries = 80)
  @Label("the share agrees with a naive sum of nanoseconds and is in [0, 1]")
  void agreesWithNaiveSum(@ForAll @Size(max = 100) List<@From("entries") SalesTimeEntry> entries) {
    BigDecimal generating = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    for (SalesTimeEntry e : entries) {
      if (!e.on().isBefore(D0) && e.on().isBefore(D0.plusDays(28))) {
        BigDecimal nanos = BigDecimal.valueOf(e.duration().toNanos());
        all = all.add(nanos);
        if (REVENUE_GENERATING.contains(e.kind())) {
          generating = generating.add(nanos);
        }
      }
    }
    Rate share = RevenueGeneratingTimeShare.in(PERIOD).compute(entries);
    if (all.signum() == 0) {
      assertFalse(share.isDefined());
      return;
    }
    BigDecimal expected = generating.divide(all, java.math.MathContext.DECIMAL64);
    assertEquals(0, expected.compareTo(share.value().orElseThrow()), share + " vs " + expected);
    assertTrue(share.value().orElseThrow().compareTo(BigDecimal.ONE) <= 0);
    assertTrue(TeamBand.of(share).isPresent());
  }

  @Property(tries = 60)
  @Label("more revenue-generating time never lowers the share; other time never raises it")
  void monotonicity(
      @ForAll @Size(max = 60) List<@From("entries") SalesTimeEntry> entries,
      @ForAll @From("entries") SalesTimeEntry more) {
    RevenueGeneratingTimeShare kpi = RevenueGeneratingTimeShare.in(PERIOD);
    Rate before = kpi.compute(entries);
    List<SalesTimeEntry> after = new ArrayList<>(entries);
    after.add(more);
    Rate then = kpi.compute(after);
    if (!before.isDefined() || !then.isDefined()) {
      return;
    }
    int change = then.value().orElseThrow().compareTo(before.value().orElseThrow());
    if (more.isRevenueGenerating()) {
      assertTrue(change >= 0, () -> before + " then " + then);
    } else {
      assertTrue(change <= 0, () -> before + " then " + then);
    }
  }
}
