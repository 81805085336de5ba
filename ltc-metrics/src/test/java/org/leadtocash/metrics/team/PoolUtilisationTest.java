package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.Y2026;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.YEAR;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.decimal;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.testing.KpiLaws;

/** Resource-pool utilisation and chargeability (DOMAIN D4.4, D12), by hand and under the laws. */
class PoolUtilisationTest {

  private final PoolUtilisation kpi = PoolUtilisation.in(Y2026);

  private static PoolTimeEntry entry(
      OrganisationLevel pool,
      int employee,
      LocalDate date,
      String available,
      String assigned,
      String charged) {
    return new PoolTimeEntry(
        pool, employee(employee), date, decimal(available), decimal(assigned), decimal(charged));
  }

  @Test
  @DisplayName(
      "D4.4: the office's centre 40 + 37.5 h available, 30 + 37.5 assigned, 25 + 30 charged:"
          + " utilisation 67.5/77.5, chargeability 55/77.5; the region 20/40 and 10/40; the global"
          + " pool no data; all pools 87.5/117.5 and 65/117.5")
  void workedExample() {
    List<PoolTimeEntry> entries =
        List.of(
            entry(
                OrganisationLevel.REPRESENTATIVE_OFFICE,
                1,
                LocalDate.of(2026, 3, 2),
                "40",
                "30",
                "25"),
            entry(
                OrganisationLevel.REPRESENTATIVE_OFFICE,
                2,
                LocalDate.of(2026, 3, 2),
                "37.5",
                "37.5",
                "30"),
            entry(OrganisationLevel.REGION, 3, LocalDate.of(2026, 3, 9), "40", "20", "10"),
            entry(OrganisationLevel.HEADQUARTERS, 4, LocalDate.of(2027, 1, 4), "40", "40", "40"));

    PoolUsage usage = kpi.compute(entries);

    assertEquals(
        Rate.of(decimal("67.5"), decimal("77.5")),
        usage.utilisation(OrganisationLevel.REPRESENTATIVE_OFFICE));
    assertEquals(
        Rate.of(decimal("55"), decimal("77.5")),
        usage.chargeability(OrganisationLevel.REPRESENTATIVE_OFFICE));
    assertEquals(Rate.of(20, 40), usage.utilisation(OrganisationLevel.REGION));
    assertEquals(Rate.of(10, 40), usage.chargeability(OrganisationLevel.REGION));
    assertEquals(Rate.NO_DATA, usage.utilisation(OrganisationLevel.HEADQUARTERS));
    assertEquals(Rate.of(decimal("87.5"), decimal("117.5")), usage.utilisation());
    assertEquals(Rate.of(decimal("65"), decimal("117.5")), usage.chargeability());
    assertEquals(
        "REPRESENTATIVE_OFFICE: assigned 87.1% (67.5 of 77.5 h), charged 71.0% (55 of 77.5 h);"
            + " REGION: assigned 50.0% (20 of 40 h), charged 25.0% (10 of 40 h)",
        usage.toString());
  }

  @Test
  @DisplayName("D4.4: the area keeps no pool, and assigned or charged hours are part of available")
  void refusals() {
    IllegalArgumentException area =
        assertThrows(
            IllegalArgumentException.class,
            () -> entry(OrganisationLevel.AREA, 1, LocalDate.of(2026, 3, 2), "40", "30", "25"));
    assertTrue(area.getMessage().contains("DOMAIN D4.4"), area.getMessage());
    IllegalArgumentException over =
        assertThrows(
            IllegalArgumentException.class,
            () -> entry(OrganisationLevel.REGION, 1, LocalDate.of(2026, 3, 2), "40", "41", "25"));
    assertTrue(over.getMessage().contains("DOMAIN D4.4"), over.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> entry(OrganisationLevel.REGION, 1, LocalDate.of(2026, 3, 2), "40", "10", "41"));
    assertThrows(
        IllegalArgumentException.class,
        () -> entry(OrganisationLevel.REGION, 1, LocalDate.of(2026, 3, 2), "-1", "0", "0"));
    IllegalArgumentException noPool =
        assertThrows(
            IllegalArgumentException.class, () -> PoolUsage.NONE.hours(OrganisationLevel.AREA));
    assertTrue(noPool.getMessage().contains("DOMAIN D4.4"), noPool.getMessage());
  }

  @Test
  @DisplayName("no entry in the period: every rate 'no data'")
  void empty() {
    PoolUsage usage = kpi.compute(List.of());
    assertEquals(PoolUsage.NONE, usage);
    assertEquals(Rate.NO_DATA, usage.utilisation());
    assertEquals(Rate.NO_DATA, usage.chargeability());
    assertEquals("no pool hours", usage.toString());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, entries(codes), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithNaiveSumsAndStaysWithinZeroAndOne(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> codes) {
    List<PoolTimeEntry> entries = entries(codes);
    PoolUsage usage = kpi.compute(entries);
    for (OrganisationLevel level : PoolUsage.POOL_LEVELS) {
      List<PoolTimeEntry> counted =
          entries.stream().filter(e -> e.pool() == level && YEAR.contains(e.date())).toList();
      BigDecimal available = sum(counted, PoolTimeEntry::availableHours);
      assertEquals(
          Rate.of(sum(counted, PoolTimeEntry::assignedHours), available), usage.utilisation(level));
      assertEquals(
          Rate.of(sum(counted, PoolTimeEntry::chargedHours), available),
          usage.chargeability(level));
    }
    for (Rate rate : List.of(usage.utilisation(), usage.chargeability())) {
      assertTrue(rate.numerator().compareTo(rate.denominator()) <= 0, rate.toString());
    }
  }

  private static BigDecimal sum(
      List<PoolTimeEntry> entries, java.util.function.Function<PoolTimeEntry, BigDecimal> hours) {
    return entries.stream().map(hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Decodes entries: pool level {@code code % 3}, employee {@code code % 7}, week {@code code / 3 %
   * 60} of 2026 (some in 2027), available {@code code / 180 % 9 × 5} hours, assigned and charged
   * fractions of it in half hours.
   */
  static List<PoolTimeEntry> entries(List<Integer> codes) {
    List<OrganisationLevel> levels = List.copyOf(PoolUsage.POOL_LEVELS);
    List<PoolTimeEntry> entries = new ArrayList<>();
    for (int code : codes) {
      int halfHours = code / 180 % 9 * 10;
      int assigned = halfHours == 0 ? 0 : code / 1620 % (halfHours + 1);
      int charged = halfHours == 0 ? 0 : code / 7 % (halfHours + 1);
      entries.add(
          new PoolTimeEntry(
              levels.get(code % 3),
              employee(code % 7),
              LocalDate.of(2026, 1, 5).plusWeeks(code / 3 % 60),
              BigDecimal.valueOf(halfHours * 5L, 1),
              BigDecimal.valueOf(assigned * 5L, 1),
              BigDecimal.valueOf(charged * 5L, 1)));
    }
    return entries;
  }
}
