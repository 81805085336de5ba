package org.leadtocash.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.team.TeamFixtures.OPPORTUNITY;
import static org.leadtocash.domain.team.TeamFixtures.SINCE;
import static org.leadtocash.domain.team.TeamFixtures.SPONSOR;
import static org.leadtocash.domain.team.TeamFixtures.global;
import static org.leadtocash.domain.team.TeamFixtures.large;
import static org.leadtocash.domain.team.TeamFixtures.office;
import static org.leadtocash.domain.team.TeamFixtures.region;
import static org.leadtocash.domain.team.TeamFixtures.small;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OrganisationLevel;

/** The team values' own checks, each hit with the nearest invalid value (DOMAIN D4.1-D4.7). */
class TeamValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D4.4, D4.6: decisions and resolutions say why; a pool has a name")
  void reasonsAndNames() {
    assertEquals(
        "few repeat purchases",
        new CoverageDecision(CoverageMode.CHANNEL, "few repeat purchases").reason());
    assertEquals(
        "a coverage decision says why", refused(() -> new CoverageDecision(CoverageMode.DIRECT, "")));
    assertEquals(
        "not in any pool", RoleResolution.unresolved(CoreRole.FR, "not in any pool").reason());
    assertEquals(
        "a role resolution says where the member came from, or why",
        refused(() -> RoleResolution.unresolved(CoreRole.FR, "")));
    assertEquals(
        "a resource pool has a name",
        refused(
            () ->
                ResourcePool.builder()
                    .level(OrganisationLevel.REPRESENTATIVE_OFFICE)
                    .name("")
                    .build()));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.4: a staffing report resolves AR, SR and FR once each, in order, with the"
          + " triangle's own members")
  void staffingReportChecks() {
    StaffingReport report =
        Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office(), region(), global()));
    List<RoleResolution> resolutions = report.resolutions();
    assertEquals(report, new StaffingReport(report.triangle(), resolutions));
    assertEquals(
        "a staffing report resolves each of the 3 core roles, not 2",
        refused(() -> new StaffingReport(report.triangle(), resolutions.subList(0, 2))));
    List<RoleResolution> swapped = new ArrayList<>(resolutions);
    swapped.set(1, resolutions.get(2));
    swapped.set(2, resolutions.get(1));
    assertEquals(
        "a staffing report lists the roles in order; expected SR at 1",
        refused(() -> new StaffingReport(report.triangle(), swapped)));
    List<RoleResolution> unresolved = new ArrayList<>(resolutions);
    unresolved.set(2, RoleResolution.unresolved(CoreRole.FR, "no pool had one"));
    assertTrue(
        refused(() -> new StaffingReport(report.triangle(), unresolved))
            .startsWith("the report's FR (Optional.empty) is the triangle's"));
  }

  @Test
  @DisplayName("DOMAIN D4.7: a tenure report lists each role once")
  void tenureReportChecks() {
    TenureReport report = RotationPolicy.standard().review(large(), SINCE.plusYears(5));
    assertEquals(3, report.tenures().size());
    List<HolderTenure> twice = List.of(report.tenures().get(0), report.tenures().get(0));
    assertEquals(
        "a tenure report lists each role once",
        refused(
            () ->
                new TenureReport(
                    report.customer(), report.asOf(), report.maximumTenure(), twice)));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.2: the common KPIs, and only they, are marked common; D4.4: the sizes' names")
  void kpisAndSizes() {
    Set<RoleKpi> operatingResults =
        EnumSet.of(
            RoleKpi.PROJECT_ORDERS,
            RoleKpi.PROJECT_REVENUE,
            RoleKpi.PROJECT_PROFIT,
            RoleKpi.PROJECT_COLLECTION);
    assertEquals(operatingResults, RoleKpi.common());
    for (RoleKpi kpi : RoleKpi.values()) {
      assertEquals(operatingResults.contains(kpi), kpi.isCommon(), kpi::name);
    }
    assertEquals(
        List.of("small", "medium", "large"),
        Arrays.stream(SystemDepartmentSize.values()).map(SystemDepartmentSize::label).toList());
  }
}
