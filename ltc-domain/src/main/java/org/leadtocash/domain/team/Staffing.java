package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * Forms the project triangle of an opportunity (DOMAIN D4.3, D4.4).
 *
 * <p>The roles the customer's system department holds itself come from its {@link
 * CustomerGroupTriangle}: a small department gives its AR, a medium one AR and SR, a large one all
 * three. Every other role is taken from the shared {@link ResourcePool resource pools}, searched
 * from the lowest level up — the representative office's resource centre, then the region's, then
 * the global pool at headquarters — whatever order the pools are given in. In each pool the first
 * person offered for the role who is not already on the triangle is taken (no one holds two core
 * roles, D4.1).
 *
 * <p>Staffing is a question: a role no pool can fill is reported {@link
 * StaffingReport#unresolvedRoles() unresolved} with the reason, never thrown.
 */
public final class Staffing {

  private Staffing() {}

  /**
   * Forms the project triangle of an opportunity of a customer with a system department.
   *
   * @param opportunity the opportunity; not null
   * @param sponsor the project sponsor; not null
   * @param group the customer-group triangle of the customer's system department; not null
   * @param pools the resource pools the project may draw on, in any order, at most one per level;
   *     not null
   * @return the report: the triangle and how each role was filled or why not; never null
   * @throws IllegalArgumentException if two pools are at the same level
   */
  public static StaffingReport staff(
      OpportunityId opportunity,
      EmployeeId sponsor,
      CustomerGroupTriangle group,
      List<ResourcePool> pools) {
    Objects.requireNonNull(pools, "pools");
    Objects.requireNonNull(group, "group");
    return staff(opportunity, sponsor, Optional.of(group), pools);
  }

  /**
   * Forms the project triangle of an opportunity without a customer-group triangle: all three roles
   * come from the pools (D4.4).
   *
   * @param opportunity the opportunity; not null
   * @param sponsor the project sponsor; not null
   * @param pools the resource pools the project may draw on, in any order, at most one per level;
   *     not null
   * @return the report: the triangle and how each role was filled or why not; never null
   * @throws IllegalArgumentException if two pools are at the same level
   */
  public static StaffingReport staffFromPools(
      OpportunityId opportunity, EmployeeId sponsor, List<ResourcePool> pools) {
    Objects.requireNonNull(pools, "pools");
    return staff(opportunity, sponsor, Optional.empty(), pools);
  }

  private static StaffingReport staff(
      OpportunityId opportunity,
      EmployeeId sponsor,
      Optional<CustomerGroupTriangle> group,
      List<ResourcePool> pools) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(sponsor, "sponsor");
    List<ResourcePool> searchOrder = searchOrder(pools);

    ProjectTriangle triangle = ProjectTriangle.of(opportunity, sponsor);
    Map<CoreRole, RoleResolution> resolutions = new EnumMap<>(CoreRole.class);
    Set<EmployeeId> taken = new HashSet<>();
    if (group.isPresent()) {
      CustomerGroupTriangle g = group.orElseThrow();
      for (RoleHolder holder : g.holders()) {
        ProjectMember member = ProjectMember.dedicated(holder.employee(), g.customer());
        triangle = triangle.assign(holder.role(), member);
        taken.add(holder.employee());
        resolutions.put(
            holder.role(),
            RoleResolution.resolved(
                holder.role(),
                member,
                String.format(
                    "dedicated: the %s system department of %s holds its own %s",
                    g.size().label(), g.customer(), holder.role())));
      }
    }
    for (CoreRole role : CoreRole.values()) {
      if (resolutions.containsKey(role)) {
        continue;
      }
      RoleResolution resolution = fromPools(role, searchOrder, taken);
      if (resolution.member().isPresent()) {
        ProjectMember member = resolution.member().orElseThrow();
        triangle = triangle.assign(role, member);
        taken.add(member.employee());
      }
      resolutions.put(role, resolution);
    }
    return new StaffingReport(triangle, ImmutableList.copyOf(resolutions.values()));
  }

  private static RoleResolution fromPools(
      CoreRole role, List<ResourcePool> searchOrder, Set<EmployeeId> taken) {
    List<ResourcePool> searched = new ArrayList<>();
    for (ResourcePool pool : searchOrder) {
      Optional<EmployeeId> free =
          pool.availableFor(role).stream().filter(e -> !taken.contains(e)).findFirst();
      if (free.isPresent()) {
        String after =
            searched.isEmpty() ? "" : ", after no free " + role + " in " + labels(searched);
        return RoleResolution.resolved(
            role,
            ProjectMember.pooled(free.orElseThrow(), pool.level()),
            "pooled from " + pool.label() + after);
      }
      searched.add(pool);
    }
    return RoleResolution.unresolved(
        role,
        searched.isEmpty()
            ? "no free " + role + ": no resource pool was given"
            : "no free " + role + " in " + labels(searched));
  }

  private static List<ResourcePool> searchOrder(List<ResourcePool> pools) {
    List<ResourcePool> ordered = new ArrayList<>(pools);
    Set<OrganisationLevel> levels = EnumSet.noneOf(OrganisationLevel.class);
    for (ResourcePool pool : ordered) {
      Objects.requireNonNull(pool, "pool");
      checkArgument(
          levels.add(pool.level()),
          "a project draws on one pool per level — its office's, its region's and the global"
              + " pool — but two are at %s (DOMAIN D4.4)",
          pool.level());
    }
    ordered.sort(Comparator.comparing(ResourcePool::level));
    return ordered;
  }

  private static String labels(List<ResourcePool> pools) {
    return pools.stream().map(ResourcePool::label).collect(Collectors.joining(", "));
  }
}
