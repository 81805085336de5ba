package org.leadtocash.domain.team;

import static org.leadtocash.domain.common.OrganisationLevel.HEADQUARTERS;
import static org.leadtocash.domain.common.OrganisationLevel.REGION;
import static org.leadtocash.domain.common.OrganisationLevel.REPRESENTATIVE_OFFICE;
import static org.leadtocash.domain.team.TeamFixtures.ACCOUNT_MANAGER;
import static org.leadtocash.domain.team.TeamFixtures.CUSTOMER;
import static org.leadtocash.domain.team.TeamFixtures.OFFICE_SR;
import static org.leadtocash.domain.team.TeamFixtures.OPPORTUNITY;
import static org.leadtocash.domain.team.TeamFixtures.SINCE;
import static org.leadtocash.domain.team.TeamFixtures.SOLUTION_MANAGER;
import static org.leadtocash.domain.team.TeamFixtures.SPONSOR;
import static org.leadtocash.domain.team.TeamFixtures.global;
import static org.leadtocash.domain.team.TeamFixtures.large;
import static org.leadtocash.domain.team.TeamFixtures.medium;
import static org.leadtocash.domain.team.TeamFixtures.office;
import static org.leadtocash.domain.team.TeamFixtures.region;
import static org.leadtocash.domain.team.TeamFixtures.small;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the team package's public types. */
class TeamContractsTest {

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(CoreRole.class, CoreRole.SR)
        .setDefault(ExtendedRole.class, ExtendedRole.BID_OWNER)
        .setDefault(SystemDepartmentSize.class, SystemDepartmentSize.SMALL)
        .setDefault(RoleHolder.class, RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE))
        .setDefault(CustomerGroupTriangle.class, small())
        .setDefault(ProjectTriangle.class, ProjectTriangle.of(OPPORTUNITY, SPONSOR))
        .setDefault(ProjectMember.class, ProjectMember.pooled(OFFICE_SR, REGION))
        .setDefault(MemberSource.class, MemberSource.pooled(REGION))
        .setDefault(ResourcePool.class, office())
        .setDefault(Period.class, Period.ofYears(4))
        .setDefault(RotationPolicy.class, RotationPolicy.standard())
        .setDefault(CoveragePolicy.class, CoveragePolicy.standard())
        .setDefault(CustomerFootprint.class, CustomerFootprint.of(cny(10), 0))
        .setDefault(CoverageMode.class, CoverageMode.DIRECT);
  }

  @Test
  @DisplayName("every public method of the team package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            CoreRole.class,
            RoleKpi.class,
            ExtendedRole.class,
            SystemDepartmentSize.class,
            RoleHolder.class,
            CustomerGroupTriangle.class,
            ProjectTriangle.class,
            ProjectMember.class,
            MemberSource.class,
            MemberSource.Dedicated.class,
            MemberSource.Pooled.class,
            ResourcePool.class,
            RoleResolution.class,
            StaffingReport.class,
            Staffing.class,
            RotationPolicy.class,
            HolderTenure.class,
            TenureReport.class,
            CoveragePolicy.class,
            CoverageMode.class,
            CustomerFootprint.class,
            CoverageDecision.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    StaffingReport report = Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office()));
    for (Object instance :
        List.of(
            SystemDepartmentSize.MEDIUM,
            large(),
            report.triangle(),
            office(),
            report,
            RotationPolicy.standard(),
            RotationPolicy.standard().review(large(), SINCE.plusYears(5)),
            CoveragePolicy.standard(),
            CustomerGroupTriangle.builder(),
            ProjectTriangle.builder(),
            ResourcePool.builder())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("team values are equal exactly when all their parts are")
  void equality() {
    EmployeeId other = EmployeeId.of("E-OTHER");
    new EqualsTester()
        .addEqualityGroup(
            RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE),
            new RoleHolder(CoreRole.AR, ACCOUNT_MANAGER, Optional.of(SINCE)))
        .addEqualityGroup(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER))
        .addEqualityGroup(RoleHolder.of(CoreRole.SR, ACCOUNT_MANAGER, SINCE))
        .addEqualityGroup(RoleHolder.of(CoreRole.AR, other, SINCE))
        .addEqualityGroup(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE.plusDays(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(small(), CustomerGroupTriangle.builder().from(small()).build())
        .addEqualityGroup(medium())
        .addEqualityGroup(large())
        .addEqualityGroup(
            CustomerGroupTriangle.builder().from(small()).customer(CustomerId.of("CU-2")).build())
        .addEqualityGroup(small().rotate(CoreRole.AR, other, SINCE.plusYears(4)))
        .testEquals();
    ProjectTriangle empty = ProjectTriangle.of(OPPORTUNITY, SPONSOR);
    new EqualsTester()
        .addEqualityGroup(empty, ProjectTriangle.builder().from(empty).build())
        .addEqualityGroup(ProjectTriangle.of(OpportunityId.of("OP-2"), SPONSOR))
        .addEqualityGroup(ProjectTriangle.of(OPPORTUNITY, other))
        .addEqualityGroup(
            empty.assign(CoreRole.AR, ProjectMember.dedicated(ACCOUNT_MANAGER, CUSTOMER)),
            empty.assign(CoreRole.AR, ProjectMember.dedicated(ACCOUNT_MANAGER, CUSTOMER)))
        .addEqualityGroup(
            empty.assign(CoreRole.AR, ProjectMember.pooled(ACCOUNT_MANAGER, HEADQUARTERS)))
        .addEqualityGroup(empty.assign(ExtendedRole.BID_OWNER, SOLUTION_MANAGER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProjectMember.pooled(OFFICE_SR, REGION),
            new ProjectMember(OFFICE_SR, new MemberSource.Pooled(REGION)))
        .addEqualityGroup(ProjectMember.pooled(OFFICE_SR, REPRESENTATIVE_OFFICE))
        .addEqualityGroup(ProjectMember.pooled(other, REGION))
        .addEqualityGroup(ProjectMember.dedicated(OFFICE_SR, CUSTOMER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(MemberSource.dedicated(CUSTOMER), new MemberSource.Dedicated(CUSTOMER))
        .addEqualityGroup(MemberSource.dedicated(CustomerId.of("CU-2")))
        .addEqualityGroup(MemberSource.pooled(REGION), new MemberSource.Pooled(REGION))
        .addEqualityGroup(MemberSource.pooled(HEADQUARTERS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(office(), ResourcePool.builder().from(office()).build())
        .addEqualityGroup(region())
        .addEqualityGroup(global())
        .addEqualityGroup(ResourcePool.builder().from(office()).name("Another office").build())
        .addEqualityGroup(
            ResourcePool.builder().from(office()).putAvailable(CoreRole.AR, other).build())
        .testEquals();
    StaffingReport report = Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office()));
    new EqualsTester()
        .addEqualityGroup(report, Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(office())))
        .addEqualityGroup(Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of(region())))
        .addEqualityGroup(Staffing.staff(OPPORTUNITY, SPONSOR, small(), List.of()))
        .addEqualityGroup(Staffing.staffFromPools(OPPORTUNITY, SPONSOR, List.of(office())))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            report.resolution(CoreRole.SR),
            new RoleResolution(
                CoreRole.SR,
                report.resolution(CoreRole.SR).member(),
                report.resolution(CoreRole.SR).reason()))
        .addEqualityGroup(RoleResolution.unresolved(CoreRole.SR, "no one"))
        .addEqualityGroup(RoleResolution.unresolved(CoreRole.FR, "no one"))
        .addEqualityGroup(RoleResolution.unresolved(CoreRole.SR, "none at all"))
        .testEquals();
    TenureReport tenure = RotationPolicy.standard().review(large(), SINCE.plusYears(5));
    new EqualsTester()
        .addEqualityGroup(
            tenure, RotationPolicy.of(Period.ofYears(4)).review(large(), SINCE.plusYears(5)))
        .addEqualityGroup(RotationPolicy.standard().review(large(), SINCE.plusYears(6)))
        .addEqualityGroup(RotationPolicy.of(Period.ofYears(3)).review(large(), SINCE.plusYears(5)))
        .addEqualityGroup(RotationPolicy.standard().review(medium(), SINCE.plusYears(5)))
        .testEquals();
    RoleHolder ar = RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE);
    new EqualsTester()
        .addEqualityGroup(
            new HolderTenure(ar, Optional.of(Period.ofYears(5)), true),
            tenure.tenure(CoreRole.AR).orElseThrow())
        .addEqualityGroup(new HolderTenure(ar, Optional.of(Period.ofYears(5)), false))
        .addEqualityGroup(new HolderTenure(ar, Optional.of(Period.ofYears(1)), false))
        .addEqualityGroup(
            new HolderTenure(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER), Optional.empty(), false))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RotationPolicy.standard(), RotationPolicy.of(Period.ofYears(4)))
        .addEqualityGroup(RotationPolicy.of(Period.ofMonths(48)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CoveragePolicy.standard(), CoveragePolicy.byThresholds(cny(1_000_000), 3))
        .addEqualityGroup(CoveragePolicy.byThresholds(cny(1_000_000), 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CustomerFootprint.of(cny(10), 1), new CustomerFootprint(cny(10), 1))
        .addEqualityGroup(CustomerFootprint.of(cny(11), 1))
        .addEqualityGroup(CustomerFootprint.of(cny(10), 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CoveragePolicy.standard().decide(CustomerFootprint.of(cny(10), 1)),
            new CoverageDecision(
                CoverageMode.CHANNEL,
                CoveragePolicy.standard().decide(CustomerFootprint.of(cny(10), 1)).reason()))
        .addEqualityGroup(new CoverageDecision(CoverageMode.DIRECT, "big"))
        .addEqualityGroup(new CoverageDecision(CoverageMode.CHANNEL, "big"))
        .testEquals();
  }
}
