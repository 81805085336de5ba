package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.triangle;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.metrics.testing.KpiLaws;

/** Account-owner tenure against the rotation limit (DOMAIN D4.7, D12), by hand and by laws. */
class TenureAgainstRotationTest {

  private static final LocalDate REVIEW = LocalDate.of(2026, 1, 5);

  private final TenureAgainstRotation kpi = TenureAgainstRotation.asOf(REVIEW);

  /**
   * A large department (AR since 2020-01-01, SR since 2023-06-01, FR of unknown start), a small one
   * (AR since exactly 4 years) and a medium one (AR since 2025-01-05, SR since 2021-12-31).
   */
  static List<CustomerGroupTriangle> threeTriangles() {
    return List.of(
        triangle(1, 10, Arrays.asList(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 1), null)),
        triangle(2, 20, List.of(LocalDate.of(2022, 1, 5))),
        triangle(3, 30, List.of(LocalDate.of(2025, 1, 5), LocalDate.of(2021, 12, 31))));
  }

  @Test
  @DisplayName(
      "D4.7, 4 years: of 6 holders 5 have a known start, 3 are due (6 years, exactly 4, 4 years"
          + " and 5 days); they held their customers 2196 + 949 + 1461 + 365 + 1466 = 6437 days")
  void workedExample() {
    TenureFigures figures = kpi.compute(threeTriangles());

    assertEquals(6, figures.holders());
    assertEquals(1, figures.unknownTenure());
    assertEquals(Rate.of(3, 5), figures.dueForRotation());
    assertEquals(3, figures.due());
    assertEquals(Rate.of(6437, 5), figures.averageTenureDays());
    assertEquals(
        "6 holders, 3 of 5 due for rotation, average tenure 1287.4 days, 1 of unknown tenure",
        figures.toString());
  }

  @Test
  @DisplayName(
      "D4.7: the host's limit moves the line — at 3 years the same 3 are due, at 2 years the SR of"
          + " 2 years 7 months too")
  void hostLimit() {
    TenureFigures figures =
        TenureAgainstRotation.asOf(REVIEW, RotationPolicy.of(Period.ofYears(3)))
            .compute(threeTriangles());
    assertEquals(
        Rate.of(3, 5),
        figures.dueForRotation(),
        "the SR of 2 years 7 months and the AR of 1 year are not");
    TenureFigures two =
        TenureAgainstRotation.asOf(REVIEW, RotationPolicy.of(Period.ofYears(2)))
            .compute(threeTriangles());
    assertEquals(
        Rate.of(4, 5), two.dueForRotation(), "at 2 years the SR of 2 years 7 months is due");
  }

  @Test
  @DisplayName("D4.7: a review before a holder took over is refused, naming the rule")
  void reviewBeforeTheStart() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> TenureAgainstRotation.asOf(LocalDate.of(2021, 1, 1)).compute(threeTriangles()));
    assertTrue(refused.getMessage().contains("DOMAIN D4.7"), refused.getMessage());
  }

  @Test
  @DisplayName("no holder of known start: 'no data'")
  void empty() {
    TenureFigures none = kpi.compute(List.of());
    assertEquals(Rate.NO_DATA, none.dueForRotation());
    assertEquals(Rate.NO_DATA, none.averageTenureDays());
    TenureFigures unknown = kpi.compute(List.of(triangle(1, 1, Arrays.asList((LocalDate) null))));
    assertEquals(1, unknown.holders());
    assertEquals(1, unknown.unknownTenure());
    assertEquals(Rate.NO_DATA, unknown.dueForRotation());
    assertEquals(
        "1 holder, 0 of 0 due for rotation, average tenure no data, 1 of unknown tenure",
        unknown.toString());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, triangles(codes), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountOverTheHolders(
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @IntRange(min = 1, max = 6) int years) {
    List<CustomerGroupTriangle> triangles = triangles(codes);
    List<RoleHolder> holders = triangles.stream().flatMap(t -> t.holders().stream()).toList();
    List<LocalDate> starts = holders.stream().flatMap(h -> h.since().stream()).toList();
    long due = starts.stream().filter(s -> !s.plusYears(years).isAfter(REVIEW)).count();
    long days = starts.stream().mapToLong(s -> ChronoUnit.DAYS.between(s, REVIEW)).sum();

    TenureFigures figures =
        TenureAgainstRotation.asOf(REVIEW, RotationPolicy.of(Period.ofYears(years)))
            .compute(triangles);

    assertEquals(holders.size(), figures.holders());
    assertEquals(holders.size() - starts.size(), figures.unknownTenure());
    assertEquals(
        starts.isEmpty() ? Rate.NO_DATA : Rate.of(due, starts.size()), figures.dueForRotation());
    assertEquals(
        starts.isEmpty() ? Rate.NO_DATA : Rate.of(days, starts.size()),
        figures.averageTenureDays());
  }

  @Property(tries = 100)
  void aLongerLimitFlagsNoMore(
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 1_000_000) Integer> codes) {
    List<CustomerGroupTriangle> triangles = triangles(codes);
    long previous = Long.MAX_VALUE;
    for (int years = 1; years <= 6; years++) {
      TenureFigures figures =
          TenureAgainstRotation.asOf(REVIEW, RotationPolicy.of(Period.ofYears(years)))
              .compute(triangles);
      assertTrue(figures.due() <= previous, "a longer limit flags no more holders");
      assertTrue(
          figures.dueForRotation().numerator().compareTo(figures.dueForRotation().denominator())
              <= 0);
      previous = figures.due();
    }
  }

  /**
   * Decodes triangles: {@code code % 3 + 1} holders, each started {@code code / 3 % 2500} days (and
   * 400 more per role) before the review, or of unknown start when {@code code / 7500 % 5} is the
   * role's index.
   */
  static List<CustomerGroupTriangle> triangles(List<Integer> codes) {
    List<CustomerGroupTriangle> triangles = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      List<LocalDate> starts = new ArrayList<>();
      for (int r = 0; r < code % 3 + 1; r++) {
        starts.add(code / 7500 % 5 == r ? null : REVIEW.minusDays(code / 3 % 2500 + 400L * r));
      }
      triangles.add(triangle(i, 10 * i, starts));
    }
    return triangles;
  }
}
