package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.Y2026;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.YEAR;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.decimal;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.employee;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.quarter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;
import org.leadtocash.metrics.testing.KpiLaws;

/** The iron-triangle role scorecards (DOMAIN D4.2, D12), worked by hand and under the laws. */
class RoleScorecardTest {

  private final RoleScorecard kpi = RoleScorecard.in(Y2026);

  @Test
  @DisplayName(
      "D4.2: the AR's customer relationship 0.8 and 1.0 average 1.8/2; the SR's hilltop, share"
          + " and revenue show; every other KPI of the role is 'no data'; 2027 is not counted")
  void workedExample() {
    List<RoleKpiMeasurement> measurements =
        List.of(
            RoleKpiMeasurement.of(
                employee(1),
                CoreRole.AR,
                RoleKpi.CUSTOMER_RELATIONSHIP,
                decimal("0.8"),
                quarter(0)),
            RoleKpiMeasurement.of(
                employee(1),
                CoreRole.AR,
                RoleKpi.CUSTOMER_RELATIONSHIP,
                decimal("1.0"),
                quarter(1)),
            RoleKpiMeasurement.of(
                employee(1),
                CoreRole.AR,
                RoleKpi.CUSTOMER_SATISFACTION,
                decimal("4.2"),
                quarter(1)),
            RoleKpiMeasurement.of(
                employee(2), CoreRole.SR, RoleKpi.HILLTOP_TARGETS, decimal("1"), YEAR),
            RoleKpiMeasurement.of(
                employee(2), CoreRole.SR, RoleKpi.SHARE_TARGETS, decimal("0.5"), quarter(3)),
            RoleKpiMeasurement.of(
                employee(2), CoreRole.SR, RoleKpi.PROJECT_REVENUE, decimal("1.1"), quarter(2)),
            RoleKpiMeasurement.of(
                employee(2), CoreRole.SR, RoleKpi.SHARE_TARGETS, decimal("9"), quarter(4)));

    Scorecards cards = kpi.compute(measurements);

    assertEquals(2, cards.cards().size());
    Scorecard ar = cards.card(employee(1), CoreRole.AR).orElseThrow();
    assertEquals(Rate.of(decimal("1.8"), decimal("2")), ar.average(RoleKpi.CUSTOMER_RELATIONSHIP));
    assertEquals(new BigDecimal("0.9"), ar.average(RoleKpi.CUSTOMER_RELATIONSHIP).value().get());
    assertEquals(Rate.of(decimal("4.2"), decimal("1")), ar.average(RoleKpi.CUSTOMER_SATISFACTION));
    assertEquals(Rate.NO_DATA, ar.average(RoleKpi.COMPETITOR_SUPPRESSION));
    assertEquals(CoreRole.AR.kpis(), ar.averages().keySet(), "every KPI of the role is listed");
    assertEquals(
        Set.of(RoleKpi.CUSTOMER_RELATIONSHIP, RoleKpi.CUSTOMER_SATISFACTION), ar.measured());
    assertTrue(ar.unmeasured().contains(RoleKpi.PROJECT_PROFIT));

    Scorecard sr = cards.card(employee(2), CoreRole.SR).orElseThrow();
    assertEquals(Rate.of(1, 1), sr.average(RoleKpi.HILLTOP_TARGETS));
    assertEquals(Rate.of(decimal("0.5"), decimal("1")), sr.average(RoleKpi.SHARE_TARGETS));
    assertEquals(Rate.of(decimal("1.1"), decimal("1")), sr.average(RoleKpi.PROJECT_REVENUE));
    assertEquals(List.of(sr), cards.cards(CoreRole.SR));
    assertTrue(cards.card(employee(2), CoreRole.AR).isEmpty());

    IllegalArgumentException notTheRole =
        assertThrows(IllegalArgumentException.class, () -> sr.average(RoleKpi.CONTRACT_COMPLIANCE));
    assertTrue(notTheRole.getMessage().contains("DOMAIN D4.2"), notTheRole.getMessage());
  }

  @Test
  @DisplayName("D4.2: a KPI that does not measure the role is refused, naming the rule")
  void refusesAKpiOfAnotherRole() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RoleKpiMeasurement.of(
                    employee(1), CoreRole.AR, RoleKpi.HILLTOP_TARGETS, BigDecimal.ONE, YEAR));
    assertTrue(refused.getMessage().contains("DOMAIN D4.2"), refused.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RoleKpiMeasurement.of(
                employee(1), CoreRole.FR, RoleKpi.CONTRACT_COMPLIANCE, decimal("-0.1"), YEAR));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RoleKpiMeasurement.of(
                employee(1),
                CoreRole.FR,
                RoleKpi.CONTRACT_COMPLIANCE,
                BigDecimal.ONE,
                org.threeten.extra.LocalDateRange.ofUnboundedEnd(YEAR.getStart())));
  }

  @Test
  @DisplayName("no measurement in the period: no scorecard")
  void empty() {
    assertEquals(Scorecards.NONE, kpi.compute(List.of()));
    assertEquals("no scorecards", Scorecards.NONE.toString());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, measurements(codes), cuts, seed);
  }

  @Property(tries = 100)
  void theTotalsAreTheSameWhateverTheOrder(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll long seed) {
    List<RoleKpiMeasurement> measurements = measurements(codes);
    List<RoleKpiMeasurement> shuffled = new ArrayList<>(measurements);
    Collections.shuffle(shuffled, new Random(seed));
    ScorecardTotals forward = ScorecardTotals.NONE;
    for (RoleKpiMeasurement m : measurements) {
      forward = forward.plus(m);
    }
    ScorecardTotals backward = ScorecardTotals.NONE;
    for (RoleKpiMeasurement m : shuffled) {
      backward = backward.plus(m);
    }
    assertEquals(forward, backward);
    assertEquals(forward.hashCode(), backward.hashCode());
  }

  @Property(tries = 100)
  void agreesWithANaiveGrouping(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> codes) {
    List<RoleKpiMeasurement> measurements = measurements(codes);
    Map<String, List<BigDecimal>> byLine =
        measurements.stream()
            .filter(m -> YEAR.encloses(m.period()))
            .collect(
                Collectors.groupingBy(
                    m -> m.employee().value() + "/" + m.role() + "/" + m.kpi(),
                    TreeMap::new,
                    Collectors.mapping(RoleKpiMeasurement::value, Collectors.toList())));
    Scorecards cards = kpi.compute(measurements);
    long expectedCards =
        measurements.stream()
            .filter(m -> YEAR.encloses(m.period()))
            .map(m -> m.employee().value() + "/" + m.role())
            .distinct()
            .count();
    assertEquals(expectedCards, cards.cards().size());
    int defined = 0;
    for (Scorecard card : cards.cards()) {
      for (Map.Entry<RoleKpi, Rate> average : card.averages().entrySet()) {
        List<BigDecimal> values =
            byLine.get(card.employee().value() + "/" + card.role() + "/" + average.getKey());
        if (values == null) {
          assertEquals(Rate.NO_DATA, average.getValue());
          continue;
        }
        defined++;
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(Rate.of(sum, BigDecimal.valueOf(values.size())), average.getValue());
        BigDecimal mean = average.getValue().value().orElseThrow();
        assertTrue(mean.compareTo(Collections.min(values)) >= 0, "at least the lowest value");
        assertTrue(mean.compareTo(Collections.max(values)) <= 0, "at most the highest value");
      }
    }
    assertEquals(byLine.size(), defined, "every measured line shows on a scorecard");
  }

  /**
   * Decodes measurements: employee {@code code % 5}, role {@code code / 5 % 3}, the role's KPI
   * {@code code / 15 % size}, value {@code code / 150 % 200} hundredths, quarter {@code code % 6}
   * (4 and 5 after the year).
   */
  static List<RoleKpiMeasurement> measurements(List<Integer> codes) {
    List<RoleKpiMeasurement> measurements = new ArrayList<>();
    for (int code : codes) {
      CoreRole role = List.of(CoreRole.values()).get(code / 5 % 3);
      List<RoleKpi> kpis = List.copyOf(role.kpis());
      measurements.add(
          RoleKpiMeasurement.of(
              employee(code % 5),
              role,
              kpis.get(code / 15 % kpis.size()),
              BigDecimal.valueOf(code / 150 % 200, 2),
              quarter(code % 6)));
    }
    return measurements;
  }
}
