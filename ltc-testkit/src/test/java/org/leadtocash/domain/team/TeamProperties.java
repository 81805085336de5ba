package org.leadtocash.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.team.Teams;

/**
 * Properties of staffing (DOMAIN D4.4), rotation (D4.7) and coverage (D4.6) over the kit's system
 * departments and pools, and random dates and footprints.
 */
class TeamProperties {

  private static final Settings SETTINGS = Settings.standard();
  private static final CustomerId CUSTOMER = CustomerId.of("CU-1");
  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-1");
  private static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");

  /** A system department (or none) and the pools a project may draw on, in the given order. */
  record Department(Optional<CustomerGroupTriangle> group, List<ResourcePool> pools) {}

  @Property(tries = 500)
  void staffingTakesDedicatedRolesFromTheGroupAndTheRestFromTheLowestPool(
      @ForAll("departments") Department department) {
    StaffingReport report = staff(department, department.pools());
    ProjectTriangle triangle = report.triangle();
    Statistics.label("size")
        .collect(department.group().map(g -> g.size().name()).orElse("no department"));
    Statistics.label("complete").collect(report.isComplete());

    for (CoreRole role : CoreRole.values()) {
      RoleResolution resolution = report.resolution(role);
      Optional<RoleHolder> dedicated = department.group().flatMap(g -> g.holder(role));
      if (dedicated.isPresent()) {
        assertEquals(
            Optional.of(
                ProjectMember.dedicated(
                    dedicated.orElseThrow().employee(), department.group().get().customer())),
            resolution.member(),
            "D4.4: a dedicated role comes from the customer-group triangle");
        continue;
      }
      List<EmployeeId> others = othersOnTheTriangle(triangle, role);
      Optional<ProjectMember> member = resolution.member();
      member.ifPresent(
          m ->
              assertTrue(
                  m.source() instanceof MemberSource.Pooled,
                  "D4.4: a role the department does not hold comes from a pool: " + m));
      OrganisationLevel searchedUpTo =
          member
              .map(ProjectMember::source)
              .filter(MemberSource.Pooled.class::isInstance)
              .map(source -> ((MemberSource.Pooled) source).poolLevel())
              .orElse(OrganisationLevel.HEADQUARTERS);
      for (ResourcePool pool : department.pools()) {
        boolean lower = pool.level().compareTo(searchedUpTo) < 0;
        if (lower || (member.isEmpty() && pool.level() == searchedUpTo)) {
          assertTrue(
              others.containsAll(pool.availableFor(role)),
              "D4.4: a pool searched before had no free " + role + ": " + pool);
        }
      }
      member.ifPresent(
          m -> {
            ResourcePool from =
                department.pools().stream()
                    .filter(p -> p.level() == searchedUpTo)
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                from.availableFor(role).contains(m.employee()),
                "D4.4: the member is offered by the pool it is said to come from");
          });
    }
    assertEquals(report.unresolvedRoles().isEmpty(), report.isComplete());
    assertEquals(report.isComplete(), triangle.isComplete());
    assertEquals(report.unresolvedRoles(), triangle.missingRoles());
    assertEquals(
        triangle.members().size(),
        triangle.members().values().stream().map(ProjectMember::employee).distinct().count(),
        "D4.1: no one holds two core roles");
  }

  @Property(tries = 200)
  void theOrderThePoolsAreGivenInDoesNotMatter(@ForAll("departments") Department department) {
    List<ResourcePool> sorted = new ArrayList<>(department.pools());
    sorted.sort(Comparator.comparing(ResourcePool::level));
    assertEquals(staff(department, sorted), staff(department, department.pools()));
  }

  @Property
  void dueForRotationFromTheLimitOnAndEverAfter(
      @ForAll("days") LocalDate since,
      @ForAll @IntRange(min = -300, max = 300) int daysFromTheLimit,
      @ForAll @IntRange(min = 0, max = 4000) int later,
      @ForAll @IntRange(min = 1, max = 8) int limitYears) {
    CustomerGroupTriangle group =
        CustomerGroupTriangle.builder()
            .customer(CUSTOMER)
            .size(SystemDepartmentSize.SMALL)
            .addHolder(RoleHolder.of(CoreRole.AR, SPONSOR, since))
            .build();
    RotationPolicy policy = RotationPolicy.of(Period.ofYears(limitYears));
    LocalDate asOf = since.plusYears(limitYears).plusDays(daysFromTheLimit);
    boolean due = policy.review(group, asOf).tenure(CoreRole.AR).orElseThrow().dueForRotation();
    boolean dueLater =
        policy
            .review(group, asOf.plusDays(later))
            .tenure(CoreRole.AR)
            .orElseThrow()
            .dueForRotation();
    assertEquals(daysFromTheLimit >= 0, due, "D4.7: due once held for the limit");
    assertTrue(!due || dueLater, "D4.7: someone due for rotation stays due");
  }

  @Property
  void coverageIsChannelExactlyForSmallAndRareCustomers(
      @ForAll @IntRange(min = 0, max = 3_000_000) int purchases,
      @ForAll @IntRange(min = 0, max = 10) int repeats,
      @ForAll @IntRange(min = 0, max = 1_000_000) int more) {
    CoveragePolicy policy = CoveragePolicy.standard();
    CoverageMode mode = policy.decide(CustomerFootprint.of(cny(purchases), repeats)).mode();
    assertEquals(
        purchases < 1_000_000 && repeats < 3 ? CoverageMode.CHANNEL : CoverageMode.DIRECT, mode);
    if (mode == CoverageMode.DIRECT) {
      assertNotEquals(
          CoverageMode.CHANNEL,
          policy.decide(CustomerFootprint.of(cny((long) purchases + more), repeats + 1)).mode(),
          "D4.6: a customer who buys more is never sent back to channels");
    }
  }

  private static StaffingReport staff(Department department, List<ResourcePool> pools) {
    return department
        .group()
        .map(g -> Staffing.staff(OPPORTUNITY, SPONSOR, g, pools))
        .orElseGet(() -> Staffing.staffFromPools(OPPORTUNITY, SPONSOR, pools));
  }

  private static List<EmployeeId> othersOnTheTriangle(ProjectTriangle triangle, CoreRole role) {
    return triangle.members().entrySet().stream()
        .filter(e -> e.getKey() != role)
        .map(e -> e.getValue().employee())
        .toList();
  }

  @Provide
  Arbitrary<Department> departments() {
    return Combinators.combine(Teams.groupTriangles(SETTINGS).optional(0.8), Teams.pools(SETTINGS))
        .as(Department::new);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, 20 * 366)
        .map(n -> LocalDate.of(2010, 1, 1).plusDays(n));
  }

  private static Money cny(long amount) {
    return Money.ofMajor(CurrencyUnit.of("CNY"), amount);
  }
}
