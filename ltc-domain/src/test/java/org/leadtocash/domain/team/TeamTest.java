package org.leadtocash.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.common.OrganisationLevel.AREA;
import static org.leadtocash.domain.common.OrganisationLevel.HEADQUARTERS;
import static org.leadtocash.domain.common.OrganisationLevel.REGION;
import static org.leadtocash.domain.common.OrganisationLevel.REPRESENTATIVE_OFFICE;
import static org.leadtocash.domain.team.CoreRole.AR;
import static org.leadtocash.domain.team.CoreRole.FR;
import static org.leadtocash.domain.team.CoreRole.SR;
import static org.leadtocash.domain.team.TeamFixtures.ACCOUNT_MANAGER;
import static org.leadtocash.domain.team.TeamFixtures.CUSTOMER;
import static org.leadtocash.domain.team.TeamFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.team.TeamFixtures.GLOBAL_AR;
import static org.leadtocash.domain.team.TeamFixtures.GLOBAL_FR;
import static org.leadtocash.domain.team.TeamFixtures.GLOBAL_SR;
import static org.leadtocash.domain.team.TeamFixtures.OFFICE_FR;
import static org.leadtocash.domain.team.TeamFixtures.OFFICE_SR;
import static org.leadtocash.domain.team.TeamFixtures.OPPORTUNITY;
import static org.leadtocash.domain.team.TeamFixtures.REGION_FR;
import static org.leadtocash.domain.team.TeamFixtures.REGION_SR;
import static org.leadtocash.domain.team.TeamFixtures.SINCE;
import static org.leadtocash.domain.team.TeamFixtures.SOLUTION_MANAGER;
import static org.leadtocash.domain.team.TeamFixtures.SPONSOR;
import static org.leadtocash.domain.team.TeamFixtures.empty;
import static org.leadtocash.domain.team.TeamFixtures.global;
import static org.leadtocash.domain.team.TeamFixtures.large;
import static org.leadtocash.domain.team.TeamFixtures.medium;
import static org.leadtocash.domain.team.TeamFixtures.office;
import static org.leadtocash.domain.team.TeamFixtures.region;
import static org.leadtocash.domain.team.TeamFixtures.small;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

class TeamTest {

  /** Asserts a refused command: a {@link RuleViolationException} with the rule, named in text. */
  @CanIgnoreReturnValue
  private static RuleViolationException assertViolates(String rule, Executable command) {
    RuleViolationException e = assertThrows(RuleViolationException.class, command);
    assertEquals(RuleId.of(rule), e.rule(), e::getMessage);
    assertTrue(e.getMessage().contains("[DOMAIN " + rule + "]"), e::getMessage);
    return e;
  }

  /** Asserts a value refused at construction: an IllegalArgumentException naming the rule. */
  @CanIgnoreReturnValue
  private static IllegalArgumentException assertRefusedValue(String rule, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains("DOMAIN " + rule), e::getMessage);
    return e;
  }

  @Nested
  @DisplayName("D4.1-D4.2 the core roles and their KPIs")
  class RolesAndKpis {

    @Test
    @DisplayName("AR, SR and FR are the account, solution and fulfilment responsible (D4.1)")
    void coreRoles() {
      assertEquals(List.of(AR, SR, FR), List.of(CoreRole.values()));
      assertEquals("account responsible", AR.label());
      assertEquals("solution responsible", SR.label());
      assertEquals("fulfilment responsible", FR.label());
    }

    @Test
    @DisplayName("each role has its own KPIs of D4.2, as data")
    void ownKpis() {
      assertEquals(
          Set.of(
              RoleKpi.CUSTOMER_RELATIONSHIP,
              RoleKpi.CUSTOMER_SATISFACTION,
              RoleKpi.COMPETITOR_SUPPRESSION),
          AR.ownKpis());
      assertEquals(Set.of(RoleKpi.HILLTOP_TARGETS, RoleKpi.SHARE_TARGETS), SR.ownKpis());
      assertEquals(
          Set.of(RoleKpi.CONTRACT_COMPLIANCE, RoleKpi.CUSTOMER_SATISFACTION), FR.ownKpis());
    }

    @Test
    @DisplayName("all three share the common KPIs, and kpis() includes them (D4.2)")
    void commonKpis() {
      Set<RoleKpi> common = RoleKpi.common();
      assertFalse(common.isEmpty());
      for (CoreRole role : CoreRole.values()) {
        assertTrue(role.kpis().containsAll(common), role + " has the common KPIs");
        assertTrue(role.kpis().containsAll(role.ownKpis()), role + " has its own KPIs");
        assertEquals(role.ownKpis().size() + common.size(), role.kpis().size());
      }
      for (RoleKpi kpi : common) {
        assertEquals(Set.of(AR, SR, FR), kpi.roles(), kpi + " is shared");
      }
      assertEquals(Set.of(AR, FR), RoleKpi.CUSTOMER_SATISFACTION.roles());
      assertEquals(Set.of(SR), RoleKpi.HILLTOP_TARGETS.roles());
      assertFalse(SR.kpis().contains(RoleKpi.CUSTOMER_SATISFACTION));
      assertEquals("competitor suppression", RoleKpi.COMPETITOR_SUPPRESSION.label());
    }

    @Test
    @DisplayName("the KPI sets cannot be changed by a caller")
    void kpisAreImmutable() {
      assertThrows(UnsupportedOperationException.class, () -> AR.kpis().add(RoleKpi.SHARE_TARGETS));
      assertThrows(
          UnsupportedOperationException.class,
          () -> RoleKpi.common().remove(RoleKpi.PROJECT_PROFIT));
    }

    @Test
    @DisplayName("the fourteen extended project roles of D4.5, in order")
    void extendedRoles() {
      assertEquals(
          List.of(
              "project sponsor",
              "delivery project manager",
              "project procurement owner",
              "contract owner",
              "product owner",
              "transaction coordinator",
              "chief negotiator",
              "commercial owner",
              "financing owner",
              "service solution owner",
              "project financial controller",
              "business financial controller",
              "supply owner",
              "bid owner"),
          Arrays.stream(ExtendedRole.values()).map(ExtendedRole::label).toList());
    }
  }

  @Nested
  @DisplayName("D4.3-D4.4 the customer-group triangle of a system department")
  class CustomerGroupTriangles {

    @Test
    @DisplayName("small: an AR only; medium: AR and SR; large: AR, SR and FR (D4.4)")
    void dedicatedRolesBySize() {
      assertEquals(Set.of(AR), SystemDepartmentSize.SMALL.dedicatedRoles());
      assertEquals(Set.of(SR, FR), SystemDepartmentSize.SMALL.pooledRoles());
      assertEquals(Set.of(AR, SR), SystemDepartmentSize.MEDIUM.dedicatedRoles());
      assertEquals(Set.of(FR), SystemDepartmentSize.MEDIUM.pooledRoles());
      assertEquals(Set.of(AR, SR, FR), SystemDepartmentSize.LARGE.dedicatedRoles());
      assertEquals(Set.of(), SystemDepartmentSize.LARGE.pooledRoles());
      assertTrue(SystemDepartmentSize.MEDIUM.dedicates(SR));
      assertFalse(SystemDepartmentSize.MEDIUM.dedicates(FR));
    }

    @Test
    @DisplayName("each size's triangle holds exactly its dedicated roles (D4.4)")
    void holdsItsDedicatedRoles() {
      assertEquals(Optional.of(ACCOUNT_MANAGER), small().holder(AR).map(RoleHolder::employee));
      assertEquals(Optional.empty(), small().holder(SR));
      assertEquals(Optional.of(SOLUTION_MANAGER), medium().holder(SR).map(RoleHolder::employee));
      assertEquals(Optional.empty(), medium().holder(FR));
      assertEquals(Optional.of(DELIVERY_MANAGER), large().holder(FR).map(RoleHolder::employee));
    }

    @Test
    @DisplayName("a small department with a dedicated SR is refused (D4.4)")
    void smallHasNoSr() {
      assertRefusedValue(
          "D4.4",
          () ->
              CustomerGroupTriangle.builder()
                  .from(small())
                  .addHolder(RoleHolder.of(SR, SOLUTION_MANAGER))
                  .build());
    }

    @Test
    @DisplayName("a large department without its FR is refused (D4.4)")
    void largeHasItsFr() {
      IllegalArgumentException e =
          assertRefusedValue(
              "D4.4",
              () ->
                  CustomerGroupTriangle.builder()
                      .from(medium())
                      .size(SystemDepartmentSize.LARGE)
                      .build());
      assertTrue(e.getMessage().contains("LARGE"), e.getMessage());
    }

    @Test
    @DisplayName("two holders of one role are refused (D4.4)")
    void oneHolderPerRole() {
      assertRefusedValue(
          "D4.4",
          () ->
              CustomerGroupTriangle.builder()
                  .from(small())
                  .addHolder(RoleHolder.of(AR, SOLUTION_MANAGER))
                  .build());
    }

    @Test
    @DisplayName("one person holding two roles is refused: the triangle is a team (D4.1)")
    void onePersonOneRole() {
      assertRefusedValue(
          "D4.1",
          () ->
              CustomerGroupTriangle.builder()
                  .from(small())
                  .size(SystemDepartmentSize.MEDIUM)
                  .addHolder(RoleHolder.of(SR, ACCOUNT_MANAGER))
                  .build());
    }

    @Test
    @DisplayName("holders are a set: the order they are given in does not matter")
    void holdersInAnyOrder() {
      CustomerGroupTriangle reversed =
          CustomerGroupTriangle.builder()
              .customer(CUSTOMER)
              .size(SystemDepartmentSize.MEDIUM)
              .addHolder(RoleHolder.of(SR, SOLUTION_MANAGER, SINCE.plusYears(2)))
              .addHolder(RoleHolder.of(AR, ACCOUNT_MANAGER, SINCE))
              .build();
      assertEquals(medium(), reversed);
    }
  }

  @Nested
  @DisplayName("D4.3-D4.4 staffing a project triangle")
  class Staffings {

    @Test
    @DisplayName("small department: its own AR; SR and FR from the office's resource centre")
    void smallDepartment() {
      StaffingReport report =
          Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office(), region(), global()));

      assertTrue(report.isComplete());
      ProjectTriangle triangle = report.triangle();
      assertEquals(OPPORTUNITY, triangle.opportunity());
      assertEquals(SPONSOR, triangle.sponsor());
      assertEquals(
          Optional.of(ProjectMember.dedicated(ACCOUNT_MANAGER, CUSTOMER)), triangle.member(AR));
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_SR, REPRESENTATIVE_OFFICE)), triangle.member(SR));
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_FR, REPRESENTATIVE_OFFICE)), triangle.member(FR));
      assertTrue(report.resolution(AR).reason().contains("dedicated"), report::toString);
      assertTrue(
          report.resolution(SR).reason().contains("North office resource centre"),
          report::toString);
    }

    @Test
    @DisplayName("medium department: its own AR and SR; FR from the pool")
    void mediumDepartment() {
      StaffingReport report =
          Staffing.staff(OPPORTUNITY, SPONSOR, medium(), List.of(office(), global()));

      assertTrue(report.isComplete());
      assertEquals(Optional.of(MemberSource.dedicated(CUSTOMER)), report.resolution(AR).source());
      assertEquals(Optional.of(MemberSource.dedicated(CUSTOMER)), report.resolution(SR).source());
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_FR, REPRESENTATIVE_OFFICE)),
          report.triangle().member(FR));
    }

    @Test
    @DisplayName("large department: all three its own, whatever the pools offer")
    void largeDepartment() {
      StaffingReport report =
          Staffing.staff(OPPORTUNITY, SPONSOR, large(), List.of(office(), region(), global()));

      assertTrue(report.isComplete());
      for (CoreRole role : CoreRole.values()) {
        assertEquals(
            Optional.of(MemberSource.dedicated(CUSTOMER)),
            report.resolution(role).source(),
            role.name());
      }
      assertEquals(
          Optional.of(DELIVERY_MANAGER), report.triangle().member(FR).map(ProjectMember::employee));
    }

    @Test
    @DisplayName("no one at the office: the region's pool, then the global pool (D4.4)")
    void fallBackToRegionThenGlobal() {
      ResourcePool officeWithoutSr =
          ResourcePool.builder()
              .level(REPRESENTATIVE_OFFICE)
              .name("North office resource centre")
              .putAvailable(FR, OFFICE_FR)
              .build();
      ResourcePool regionWithoutFr =
          ResourcePool.builder()
              .level(REGION)
              .name("China region pool")
              .putAvailable(SR, REGION_SR)
              .build();

      StaffingReport report =
          Staffing.staffFromPools(
              OPPORTUNITY, SPONSOR, List.of(officeWithoutSr, regionWithoutFr, global()));

      assertEquals(
          Optional.of(ProjectMember.pooled(GLOBAL_AR, HEADQUARTERS)), report.triangle().member(AR));
      assertEquals(
          Optional.of(ProjectMember.pooled(REGION_SR, REGION)), report.triangle().member(SR));
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_FR, REPRESENTATIVE_OFFICE)),
          report.triangle().member(FR));
      assertTrue(
          report.resolution(SR).reason().contains("after no free SR in 'North office"),
          report.resolution(SR)::toString);
    }

    @Test
    @DisplayName("the pools are searched office, region, global whatever order they are given in")
    void orderOfTheListDoesNotMatter() {
      StaffingReport givenBackwards =
          Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(global(), region(), office()));
      StaffingReport givenInOrder =
          Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office(), region(), global()));

      assertEquals(givenInOrder, givenBackwards);
      assertEquals(
          Optional.of(OFFICE_SR),
          givenBackwards.triangle().member(SR).map(ProjectMember::employee));

      StaffingReport withoutOffice =
          Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(global(), region()));
      assertEquals(
          Optional.of(ProjectMember.pooled(REGION_SR, REGION)),
          withoutOffice.triangle().member(SR));
      assertEquals(
          Optional.of(ProjectMember.pooled(REGION_FR, REGION)),
          withoutOffice.triangle().member(FR));
    }

    @Test
    @DisplayName("someone already on the triangle is not taken twice (D4.1)")
    void noOneTwice() {
      ResourcePool office =
          ResourcePool.builder()
              .level(REPRESENTATIVE_OFFICE)
              .name("North office resource centre")
              .putAvailable(SR, ACCOUNT_MANAGER, OFFICE_SR)
              .putAvailable(FR, OFFICE_SR, OFFICE_FR)
              .build();

      StaffingReport report = Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office));

      assertEquals(
          Optional.of(OFFICE_SR), report.triangle().member(SR).map(ProjectMember::employee));
      assertEquals(
          Optional.of(OFFICE_FR), report.triangle().member(FR).map(ProjectMember::employee));
    }

    @Test
    @DisplayName("a role no pool can fill is reported unresolved, with the pools searched")
    void unresolvedRolesAreReported() {
      StaffingReport report =
          Staffing.staff(
              OPPORTUNITY, SPONSOR, medium(), List.of(empty(REPRESENTATIVE_OFFICE), empty(REGION)));

      assertFalse(report.isComplete());
      assertEquals(Set.of(FR), report.unresolvedRoles());
      assertEquals(Set.of(FR), report.triangle().missingRoles());
      assertFalse(report.triangle().isComplete());
      RoleResolution fr = report.resolution(FR);
      assertFalse(fr.isResolved());
      assertEquals(Optional.empty(), fr.member());
      assertEquals(Optional.empty(), fr.source());
      assertTrue(fr.reason().contains("no free FR in"), fr::toString);
      assertTrue(fr.reason().contains("(representative office)"), fr::toString);
      assertTrue(fr.reason().contains("(region)"), fr::toString);
      assertTrue(fr.toString().startsWith("FR not found — no free FR in"), fr::toString);
    }

    @Test
    @DisplayName("without pools, a small department's project misses SR and FR")
    void noPools() {
      StaffingReport report = Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of());

      assertEquals(Set.of(SR, FR), report.unresolvedRoles());
      assertTrue(
          report.resolution(SR).reason().contains("no resource pool was given"),
          report.resolution(SR)::toString);
      assertEquals(
          Set.of(AR, SR, FR),
          Staffing.staffFromPools(OPPORTUNITY, SPONSOR, List.of()).unresolvedRoles());
    }

    @Test
    @DisplayName("without a customer-group triangle, all three come from the pools")
    void staffFromPools() {
      StaffingReport report =
          Staffing.staffFromPools(OPPORTUNITY, SPONSOR, List.of(global(), office()));

      assertTrue(report.isComplete());
      assertEquals(
          Optional.of(ProjectMember.pooled(GLOBAL_AR, HEADQUARTERS)), report.triangle().member(AR));
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_SR, REPRESENTATIVE_OFFICE)),
          report.triangle().member(SR));
      assertEquals(
          Optional.of(ProjectMember.pooled(OFFICE_FR, REPRESENTATIVE_OFFICE)),
          report.triangle().member(FR),
          "the office's FR comes before the global pool's");
    }

    @Test
    @DisplayName("two pools at one level are refused: one office, one region, one global (D4.4)")
    void onePoolPerLevel() {
      assertRefusedValue(
          "D4.4",
          () ->
              Staffing.staff(
                  OPPORTUNITY, SPONSOR, small(), List.of(office(), empty(REPRESENTATIVE_OFFICE))));
    }

    @Test
    @DisplayName("pools are kept by an office, a region or headquarters, not an area (D4.4)")
    void noAreaPool() {
      assertRefusedValue("D4.4", () -> empty(AREA));
      assertRefusedValue("D4.4", () -> MemberSource.pooled(AREA));
      assertEquals(List.of(GLOBAL_SR), global().availableFor(SR));
      assertEquals(List.of(), office().availableFor(AR));
    }
  }

  @Nested
  @DisplayName("D4.3 the project triangle")
  class ProjectTriangles {

    @Test
    @DisplayName("a project triangle is complete when AR, SR and FR are all present")
    void completeness() {
      ProjectTriangle empty = ProjectTriangle.of(OPPORTUNITY, SPONSOR);
      assertFalse(empty.isComplete());
      assertEquals(Set.of(AR, SR, FR), empty.missingRoles());

      ProjectTriangle withAr = empty.assign(AR, ProjectMember.dedicated(ACCOUNT_MANAGER, CUSTOMER));
      assertEquals(Set.of(SR, FR), withAr.missingRoles());
      assertEquals(Set.of(AR, SR, FR), empty.missingRoles(), "the old triangle is unchanged");

      ProjectTriangle full =
          withAr
              .assign(SR, ProjectMember.pooled(OFFICE_SR, REPRESENTATIVE_OFFICE))
              .assign(FR, ProjectMember.pooled(GLOBAL_FR, HEADQUARTERS));
      assertTrue(full.isComplete());
      assertEquals(Set.of(), full.missingRoles());
      assertEquals(Optional.of(ProjectMember.pooled(GLOBAL_FR, HEADQUARTERS)), full.member(FR));
      assertThrows(UnsupportedOperationException.class, () -> empty.missingRoles().remove(AR));
    }

    @Test
    @DisplayName("assigning a role again replaces its member")
    void reassign() {
      ProjectTriangle triangle =
          ProjectTriangle.of(OPPORTUNITY, SPONSOR)
              .assign(SR, ProjectMember.pooled(OFFICE_SR, REPRESENTATIVE_OFFICE))
              .assign(SR, ProjectMember.pooled(REGION_SR, REGION));
      assertEquals(Optional.of(ProjectMember.pooled(REGION_SR, REGION)), triangle.member(SR));
      assertEquals(1, triangle.members().size());
    }

    @Test
    @DisplayName("one person cannot hold two core roles (D4.1)")
    void onePersonOneCoreRole() {
      ProjectTriangle triangle =
          ProjectTriangle.of(OPPORTUNITY, SPONSOR)
              .assign(AR, ProjectMember.dedicated(ACCOUNT_MANAGER, CUSTOMER));
      RuleViolationException e =
          assertViolates(
              "D4.1", () -> triangle.assign(SR, ProjectMember.pooled(ACCOUNT_MANAGER, REGION)));
      assertTrue(e.getMessage().contains("Project triangle OP-1"), e.getMessage());
      assertEquals("assign", e.command(), "the command is named by its method, as Contract's");
      assertTrue(e.reason().contains("cannot take SR"), e.getMessage());
      assertEquals("MISSING " + triangle.missingRoles(), e.state());
      ProjectTriangle complete =
          triangle
              .assign(SR, ProjectMember.pooled(SOLUTION_MANAGER, REGION))
              .assign(FR, ProjectMember.pooled(DELIVERY_MANAGER, REGION));
      assertEquals(
          "COMPLETE",
          assertViolates(
                  "D4.1",
                  () -> complete.assign(FR, ProjectMember.pooled(SOLUTION_MANAGER, REGION)))
              .state());
      assertRefusedValue(
          "D4.1",
          () ->
              ProjectTriangle.builder()
                  .from(triangle)
                  .putMember(FR, ProjectMember.pooled(ACCOUNT_MANAGER, REGION))
                  .build());
    }

    @Test
    @DisplayName("extended roles are assigned by name; the sponsor is one of them (D4.5)")
    void extendedRoles() {
      EmployeeId negotiator = EmployeeId.of("E-NEGOTIATOR");
      EmployeeId newSponsor = EmployeeId.of("E-GM-ZHOU");
      ProjectTriangle triangle =
          ProjectTriangle.of(OPPORTUNITY, SPONSOR)
              .assign(ExtendedRole.CHIEF_NEGOTIATOR, negotiator)
              .assign(ExtendedRole.BID_OWNER, SOLUTION_MANAGER)
              .assign(ExtendedRole.CONTRACT_OWNER, SOLUTION_MANAGER);

      assertEquals(Optional.of(negotiator), triangle.holder(ExtendedRole.CHIEF_NEGOTIATOR));
      assertEquals(Optional.of(SOLUTION_MANAGER), triangle.holder(ExtendedRole.CONTRACT_OWNER));
      assertEquals(Optional.empty(), triangle.holder(ExtendedRole.FINANCING_OWNER));
      assertEquals(Optional.of(SPONSOR), triangle.holder(ExtendedRole.PROJECT_SPONSOR));

      ProjectTriangle responsored = triangle.assign(ExtendedRole.PROJECT_SPONSOR, newSponsor);
      assertEquals(newSponsor, responsored.sponsor());
      assertFalse(responsored.extendedRoles().containsKey(ExtendedRole.PROJECT_SPONSOR));

      ProjectTriangle renegotiated = triangle.assign(ExtendedRole.CHIEF_NEGOTIATOR, SPONSOR);
      assertEquals(Optional.of(SPONSOR), renegotiated.holder(ExtendedRole.CHIEF_NEGOTIATOR));
      assertEquals(3, renegotiated.extendedRoles().size());
    }

    @Test
    @DisplayName("the sponsor is not listed among the other extended roles (D4.3)")
    void sponsorIsNotAnExtendedAssignment() {
      assertRefusedValue(
          "D4.3",
          () ->
              ProjectTriangle.builder()
                  .opportunity(OPPORTUNITY)
                  .sponsor(SPONSOR)
                  .putExtendedRole(ExtendedRole.PROJECT_SPONSOR, SPONSOR)
                  .build());
    }
  }

  @Nested
  @DisplayName("D4.7 rotation")
  class Rotation {

    @Test
    @DisplayName("the standard limit is 4 years, the marketing system's")
    void standardLimit() {
      assertEquals(Period.ofYears(4), RotationPolicy.standard().maximumTenure());
      assertEquals(RotationPolicy.of(Period.ofYears(4)), RotationPolicy.standard());
    }

    @Test
    @DisplayName("an AR who has held the customer 4 years is due for rotation; an SR of 2 is not")
    void flagsLongTenure() {
      LocalDate asOf = SINCE.plusYears(4);
      TenureReport report = RotationPolicy.standard().review(large(), asOf);

      assertEquals(CUSTOMER, report.customer());
      assertEquals(asOf, report.asOf());
      assertEquals(List.of(RoleHolder.of(AR, ACCOUNT_MANAGER, SINCE)), report.dueForRotation());
      HolderTenure ar = report.tenure(AR).orElseThrow();
      assertEquals(Optional.of(Period.ofYears(4)), ar.tenure());
      assertTrue(ar.dueForRotation());
      HolderTenure sr = report.tenure(SR).orElseThrow();
      assertEquals(Optional.of(Period.ofYears(2)), sr.tenure());
      assertFalse(sr.dueForRotation());
    }

    @Test
    @DisplayName("a day short of the limit is not yet due")
    void dayBefore() {
      TenureReport report =
          RotationPolicy.standard().review(small(), SINCE.plusYears(4).minusDays(1));
      assertEquals(List.of(), report.dueForRotation());
      assertFalse(report.tenure(AR).orElseThrow().dueForRotation());
    }

    @Test
    @DisplayName("a holder with no known start is listed, not flagged: tenure needs a since-date")
    void unknownStart() {
      TenureReport report = RotationPolicy.standard().review(large(), SINCE.plusYears(10));
      HolderTenure fr = report.tenure(FR).orElseThrow();
      assertEquals(Optional.empty(), fr.tenure());
      assertFalse(fr.dueForRotation());
      assertEquals(List.of(RoleHolder.of(FR, DELIVERY_MANAGER)), report.unknownTenure());
      assertEquals(2, report.dueForRotation().size());
      assertEquals(3, report.tenures().size());
    }

    @Test
    @DisplayName("a host may set its own limit, e.g. 3 years for a sales team")
    void hostLimit() {
      RotationPolicy threeYears = RotationPolicy.of(Period.ofYears(3));
      assertEquals(
          List.of(RoleHolder.of(AR, ACCOUNT_MANAGER, SINCE)),
          threeYears.review(medium(), SINCE.plusYears(3)).dueForRotation());
      assertEquals(
          List.of(),
          RotationPolicy.standard().review(medium(), SINCE.plusYears(3)).dueForRotation());
      assertRefusedValue("D4.7", () -> RotationPolicy.of(Period.ZERO));
      assertRefusedValue("D4.7", () -> RotationPolicy.of(Period.ofYears(-1)));
    }

    @Test
    @DisplayName("rotating hands the role over; the new holder's tenure starts that day")
    void rotate() {
      LocalDate handover = SINCE.plusYears(4);
      EmployeeId successor = EmployeeId.of("E-SUN");
      CustomerGroupTriangle rotated = medium().rotate(AR, successor, handover);

      assertEquals(Optional.of(RoleHolder.of(AR, successor, handover)), rotated.holder(AR));
      assertEquals(medium().holder(SR), rotated.holder(SR));
      assertEquals(
          Optional.of(ACCOUNT_MANAGER),
          medium().holder(AR).map(RoleHolder::employee),
          "the old triangle is unchanged");
      assertEquals(List.of(), RotationPolicy.standard().review(rotated, handover).dueForRotation());
    }

    @Test
    @DisplayName("a role the department does not hold itself cannot be rotated (D4.4)")
    void rotatePooledRole() {
      RuleViolationException e =
          assertViolates("D4.4", () -> small().rotate(SR, OFFICE_SR, SINCE.plusYears(1)));
      assertTrue(
          e.getMessage().startsWith("Customer-group triangle CU-NORTH-MOBILE (SMALL)"),
          e.getMessage());
    }

    @Test
    @DisplayName("a rotation hands the customer to someone else, after the holder's start (D4.7)")
    void rotationRules() {
      assertViolates("D4.7", () -> small().rotate(AR, ACCOUNT_MANAGER, SINCE.plusYears(5)));
      assertViolates("D4.7", () -> small().rotate(AR, GLOBAL_AR, SINCE.minusDays(1)));
    }

    @Test
    @DisplayName("the new holder may not already hold another role (D4.1)")
    void rotateToAnotherRolesHolder() {
      assertViolates("D4.1", () -> medium().rotate(AR, SOLUTION_MANAGER, SINCE.plusYears(5)));
    }

    @Test
    @DisplayName("a review before a holder took over is refused")
    void reviewBeforeStart() {
      assertRefusedValue(
          "D4.7", () -> RotationPolicy.standard().review(small(), SINCE.minusDays(1)));
    }
  }

  @Nested
  @DisplayName("D4.6 direct sales or channel")
  class Coverage {

    private final CoveragePolicy standard = CoveragePolicy.standard();

    @Test
    @DisplayName("a small customer with few repeat purchases is covered through channels")
    void smallAndRare() {
      CoverageDecision decision = standard.decide(CustomerFootprint.of(cny(999_999), 2));
      assertEquals(CoverageMode.CHANNEL, decision.mode());
      assertFalse(decision.isDirect());
      assertTrue(decision.reason().contains("below CNY 1000000.00"), decision::toString);
    }

    @Test
    @DisplayName("CNY 1,000,000 a year is worth an iron triangle, however rare the purchases")
    void largeAmount() {
      CoverageDecision decision = standard.decide(CustomerFootprint.of(cny(1_000_000), 0));
      assertEquals(CoverageMode.DIRECT, decision.mode());
      assertTrue(decision.isDirect());
      assertTrue(decision.reason().contains("at or above"), decision::toString);
    }

    @Test
    @DisplayName("3 repeat purchases are worth an iron triangle, however small the amounts")
    void frequentBuyer() {
      CoverageDecision decision = standard.decide(CustomerFootprint.of(cny(10_000), 3));
      assertEquals(CoverageMode.DIRECT, decision.mode());
      assertTrue(
          decision.reason().contains("3 repeat purchases are at least 3"), decision::toString);
    }

    @Test
    @DisplayName("a host sets its own thresholds")
    void hostThresholds() {
      CoveragePolicy usd = CoveragePolicy.byThresholds(Money.of(CurrencyUnit.USD, 50_000), 1);
      assertEquals(
          CoverageMode.CHANNEL,
          usd.decide(CustomerFootprint.of(Money.of(CurrencyUnit.USD, 49_999), 0)).mode());
      assertEquals(
          CoverageMode.DIRECT,
          usd.decide(CustomerFootprint.of(Money.of(CurrencyUnit.USD, 49_999), 1)).mode());
      assertEquals(CoveragePolicy.byThresholds(cny(1_000_000), 3), CoveragePolicy.standard());
    }

    @Test
    @DisplayName("a footprint in another currency is refused, never silently compared (D4.6)")
    void currencyMismatch() {
      IllegalArgumentException e =
          assertRefusedValue(
              "D4.6",
              () -> standard.decide(CustomerFootprint.of(Money.of(CurrencyUnit.USD, 10), 0)));
      assertTrue(e.getMessage().contains("CNY"), e.getMessage());
      assertTrue(e.getMessage().contains("USD"), e.getMessage());
    }

    @Test
    @DisplayName("negative purchases, counts or thresholds are refused (D4.6)")
    void negatives() {
      assertRefusedValue("D4.6", () -> CustomerFootprint.of(cny(-1), 0));
      assertRefusedValue("D4.6", () -> CustomerFootprint.of(cny(0), -1));
      assertRefusedValue("D4.6", () -> CoveragePolicy.byThresholds(cny(-1), 3));
      assertRefusedValue("D4.6", () -> CoveragePolicy.byThresholds(cny(1), -3));
    }
  }
}
