package org.leadtocash.metrics.team;

import static org.leadtocash.metrics.team.TeamMetricsFixtures.Y2026;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.YEAR;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.decimal;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.employee;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.RoleKpi;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.domain.testing.DomainTesters;
import org.threeten.extra.LocalDateRange;

/** Null rejection and equality of the team KPIs' public types (DESIGN §5). */
class TeamMetricsContractsTest {

  private static final RoleKpiMeasurement MEASUREMENT =
      RoleKpiMeasurement.of(
          employee(1), CoreRole.AR, RoleKpi.CUSTOMER_RELATIONSHIP, decimal("0.9"), YEAR);

  private static final PoolTimeEntry ENTRY =
      new PoolTimeEntry(
          OrganisationLevel.REGION,
          employee(1),
          LocalDate.of(2026, 3, 2),
          decimal("40"),
          decimal("30"),
          decimal("20"));

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(LocalDateRange.class, YEAR)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(CoreRole.class, CoreRole.AR)
        .setDefault(RoleKpi.class, RoleKpi.CUSTOMER_RELATIONSHIP)
        .setDefault(OrganisationLevel.class, OrganisationLevel.REGION)
        .setDefault(RoleKpiMeasurement.class, MEASUREMENT)
        .setDefault(ScorecardTotals.class, ScorecardTotals.NONE)
        .setDefault(PoolTimeEntry.class, ENTRY)
        .setDefault(PoolHours.class, PoolHours.NONE)
        .setDefault(PoolUsage.class, PoolUsage.NONE)
        .setDefault(TenureCounts.class, TenureCounts.NONE)
        .setDefault(RotationPolicy.class, RotationPolicy.standard())
        .setDefault(
            CustomerGroupTriangle.class,
            TeamMetricsFixtures.triangle(1, 1, List.of(LocalDate.of(2022, 1, 1))))
        .setDefault(Rate.class, Rate.of(1, 2))
        .setDefault(
            Map.class,
            Map.of(
                RoleKpi.CUSTOMER_RELATIONSHIP, Rate.NO_DATA,
                RoleKpi.CUSTOMER_SATISFACTION, Rate.NO_DATA));
  }

  @Test
  @DisplayName("every public constructor and method rejects null")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            RoleKpiMeasurement.class,
            Scorecards.class,
            ScorecardTotals.class,
            PoolTimeEntry.class,
            PoolHours.class,
            PoolUsage.class,
            TenureCounts.class,
            TenureFigures.class,
            TeamKpis.class,
            RoleScorecard.class,
            PoolUtilisation.class,
            TenureAgainstRotation.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    Scorecard card = RoleScorecard.in(Y2026).compute(List.of(MEASUREMENT)).cards().get(0);
    for (Object instance :
        List.of(
            MEASUREMENT,
            card,
            RoleScorecard.in(Y2026).compute(List.of(MEASUREMENT)),
            ScorecardTotals.NONE.plus(MEASUREMENT),
            ENTRY,
            PoolHours.NONE,
            PoolUsage.of(ENTRY),
            TenureCounts.NONE,
            RoleScorecard.in(Y2026),
            PoolUtilisation.in(Y2026),
            TenureAgainstRotation.asOf(LocalDate.of(2026, 1, 5)))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("value types are equal by their contents")
  void equality() {
    RoleKpiMeasurement other =
        RoleKpiMeasurement.of(
            employee(2), CoreRole.SR, RoleKpi.SHARE_TARGETS, decimal("0.5"), YEAR);
    new EqualsTester()
        .addEqualityGroup(
            ScorecardTotals.NONE.plus(MEASUREMENT).plus(other),
            ScorecardTotals.NONE.plus(other).plus(MEASUREMENT),
            ScorecardTotals.NONE.plus(other).plus(ScorecardTotals.NONE.plus(MEASUREMENT)))
        .addEqualityGroup(ScorecardTotals.NONE.plus(MEASUREMENT))
        .addEqualityGroup(ScorecardTotals.NONE.plus(MEASUREMENT).plus(MEASUREMENT))
        .addEqualityGroup(ScorecardTotals.NONE)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PoolUsage.of(ENTRY), PoolUsage.NONE.plus(PoolUsage.of(ENTRY)))
        .addEqualityGroup(PoolUsage.of(ENTRY).plus(PoolUsage.of(ENTRY)))
        .addEqualityGroup(PoolUsage.NONE)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new TenureCounts(3, 2, 1, 900), TenureCounts.NONE.plus(new TenureCounts(3, 2, 1, 900)))
        .addEqualityGroup(new TenureCounts(3, 2, 2, 900))
        .addEqualityGroup(TenureCounts.NONE)
        .testEquals();
  }
}
