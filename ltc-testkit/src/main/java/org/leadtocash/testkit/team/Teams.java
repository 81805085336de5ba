package org.leadtocash.testkit.team;

import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CoverageDecision;
import org.leadtocash.domain.team.CoveragePolicy;
import org.leadtocash.domain.team.CustomerFootprint;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.ExtendedRole;
import org.leadtocash.domain.team.HolderTenure;
import org.leadtocash.domain.team.MemberSource;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.domain.team.ResourcePool;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.RoleResolution;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.domain.team.Staffing;
import org.leadtocash.domain.team.StaffingReport;
import org.leadtocash.domain.team.SystemDepartmentSize;
import org.leadtocash.domain.team.TenureReport;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * The iron triangle (DOMAIN D4): project triangles and their members, customer-group triangles
 * staffed by their system department's size, resource pools, the staffing reports that fill a
 * project triangle from them, coverage decisions and rotation reviews.
 */
public final class Teams {

  private static final List<OrganisationLevel> POOL_LEVELS =
      List.of(
          OrganisationLevel.REPRESENTATIVE_OFFICE,
          OrganisationLevel.REGION,
          OrganisationLevel.HEADQUARTERS);

  private Teams() {}

  /**
   * Adds the arbitraries of the team's values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(ProjectTriangle.class, Teams::projectTriangles)
        .add(ProjectMember.class, Teams::members)
        .add(
            MemberSource.Dedicated.class,
            s ->
                CommonValues.customers(s)
                    .map(c -> (MemberSource.Dedicated) MemberSource.dedicated(c)))
        .add(
            MemberSource.Pooled.class,
            s -> Arbitraries.of(POOL_LEVELS).map(l -> (MemberSource.Pooled) MemberSource.pooled(l)))
        .add(CustomerGroupTriangle.class, Teams::groupTriangles)
        .add(RoleHolder.class, s -> partsOf(groupTriangles(s), CustomerGroupTriangle::holders))
        .add(ResourcePool.class, s -> Arbitraries.of(POOL_LEVELS).flatMap(Teams::pools))
        .add(StaffingReport.class, Teams::staffingReports)
        .add(RoleResolution.class, s -> partsOf(staffingReports(s), StaffingReport::resolutions))
        .add(CustomerFootprint.class, Teams::footprints)
        .add(CoverageDecision.class, Teams::coverageDecisions)
        .add(TenureReport.class, Teams::tenureReports)
        .add(HolderTenure.class, s -> partsOf(tenureReports(s), TenureReport::tenures));
  }

  private static Arbitrary<EmployeeId> employees() {
    return CommonValues.ids("E-", EmployeeId::of);
  }

  /**
   * Returns project members: dedicated to a customer of the settings, or from a pool.
   *
   * @param settings what to generate within; not null
   * @return the members, never null
   */
  public static Arbitrary<ProjectMember> members(Settings settings) {
    return Arbitraries.oneOf(
        Combinators.combine(employees(), CommonValues.customers(settings))
            .as(ProjectMember::dedicated),
        Combinators.combine(employees(), Arbitraries.of(POOL_LEVELS)).as(ProjectMember::pooled));
  }

  /**
   * Returns project triangles (DOMAIN D4.3): an opportunity and its sponsor, some or all of AR, SR
   * and FR held by different people, and some extended roles (D4.5).
   *
   * @param settings what to generate within; not null
   * @return the triangles, never null
   */
  public static Arbitrary<ProjectTriangle> projectTriangles(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("OP-", OpportunityId::of),
            employees(),
            members(settings).list().ofMaxSize(CoreRole.values().length),
            Arbitraries.of(ExtendedRole.class)
                .filter(r -> r != ExtendedRole.PROJECT_SPONSOR)
                .set()
                .ofMaxSize(3))
        .as(
            (opportunity, sponsor, members, extended) -> {
              ProjectTriangle triangle = ProjectTriangle.of(opportunity, sponsor);
              List<EmployeeId> taken = new ArrayList<>();
              for (int i = 0; i < members.size(); i++) {
                ProjectMember member = members.get(i);
                if (!taken.contains(member.employee())) {
                  taken.add(member.employee());
                  triangle = triangle.assign(List.of(CoreRole.values()).get(i), member);
                }
              }
              for (ExtendedRole role : extended) {
                triangle = triangle.assign(role, EmployeeId.of("E-" + role.name()));
              }
              return triangle;
            });
  }

  /**
   * A small population of staff, {@code E-1} to {@code E-6}, so that a system department and the
   * pools often offer the same people and staffing must look further (D4.4).
   */
  private static Arbitrary<EmployeeId> staff() {
    return Arbitraries.integers().between(1, 6).map(n -> EmployeeId.of("E-" + n));
  }

  /**
   * Returns customer-group triangles (DOMAIN D4.3, D4.4): a customer of the settings, its system
   * department's size, and one holder, from some date or not, of each role that size dedicates,
   * different people from a small population that the {@link #pools pools} draw on too.
   *
   * @param settings what to generate within; not null
   * @return the triangles, never null
   */
  public static Arbitrary<CustomerGroupTriangle> groupTriangles(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of(SystemDepartmentSize.class),
            staff().list().ofSize(3).uniqueElements(),
            CommonValues.dates(settings).map(d -> d.minusYears(6)).optional(0.8).list().ofSize(3))
        .as(
            (customer, size, holders, since) -> {
              CustomerGroupTriangle.Builder triangle =
                  CustomerGroupTriangle.builder().customer(customer).size(size);
              int i = 0;
              for (CoreRole role : size.dedicatedRoles()) {
                EmployeeId holder = holders.get(i);
                triangle.addHolder(
                    since
                        .get(i++)
                        .map(d -> RoleHolder.of(role, holder, d))
                        .orElse(RoleHolder.of(role, holder)));
              }
              return triangle.build();
            });
  }

  /**
   * Returns the resource pools a project may draw on (DOMAIN D4.4): at most one at each level —
   * representative office, region, headquarters — given in any order, each offering up to three
   * people of a small population for each core role, so that pools often offer the same people.
   *
   * @param settings what to generate within; not null
   * @return the pools, never null
   */
  public static Arbitrary<List<ResourcePool>> pools(Settings settings) {
    return Combinators.combine(
            POOL_LEVELS.stream().map(level -> pools(level).optional(0.7)).toList())
        .as(pools -> pools.stream().flatMap(java.util.Optional::stream).toList())
        .flatMap(Arbitraries::shuffle);
  }

  /** Pools at a level: up to three people of the small population for each core role. */
  private static Arbitrary<ResourcePool> pools(OrganisationLevel level) {
    Arbitrary<List<EmployeeId>> offered = staff().list().ofMaxSize(3);
    return Combinators.combine(offered, offered, offered)
        .as(
            (ar, sr, fr) ->
                ResourcePool.builder()
                    .level(level)
                    .name(level.label() + " pool")
                    .putAllAvailable(CoreRole.AR, ar)
                    .putAllAvailable(CoreRole.SR, sr)
                    .putAllAvailable(CoreRole.FR, fr)
                    .build());
  }

  private static Arbitrary<StaffingReport> staffingReports(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("OP-", OpportunityId::of),
            employees(),
            groupTriangles(settings).optional(0.7),
            pools(settings))
        .as(
            (opportunity, sponsor, group, pools) ->
                group.isPresent()
                    ? Staffing.staff(opportunity, sponsor, group.get(), pools)
                    : Staffing.staffFromPools(opportunity, sponsor, pools));
  }

  private static Arbitrary<CustomerFootprint> footprints(Settings settings) {
    return Combinators.combine(
            CommonValues.amounts(settings.currency(), 0, 5_000_000),
            Arbitraries.integers().between(0, 20))
        .as(CustomerFootprint::of);
  }

  private static Arbitrary<CoverageDecision> coverageDecisions(Settings settings) {
    return Combinators.combine(
            footprints(settings),
            Arbitraries.of(
                CoveragePolicy.standard(),
                CoveragePolicy.byThresholds(
                    org.joda.money.Money.ofMajor(settings.currency(), 1_000_000), 3)))
        .as((footprint, policy) -> policy.decide(footprint));
  }

  private static Arbitrary<TenureReport> tenureReports(Settings settings) {
    return Combinators.combine(
            groupTriangles(settings),
            Arbitraries.of(RotationPolicy.standard(), RotationPolicy.of(Period.ofYears(3))),
            CommonValues.dates(settings))
        .as((triangle, policy, asOf) -> policy.review(triangle, asOf));
  }
}
