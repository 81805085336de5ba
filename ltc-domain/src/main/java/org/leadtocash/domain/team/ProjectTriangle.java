package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;

/**
 * The project triangle (临时组阁) formed for one opportunity under a project sponsor (赞助人, DOMAIN
 * D4.3): a member per {@link CoreRole core role}, each {@link MemberSource dedicated or pooled}
 * (D4.4), and the holders of the {@link ExtendedRole extended project roles} (D4.5).
 *
 * <p>A triangle is {@link #isComplete() complete} when AR, SR and FR are all present; an
 * opportunity cannot pass ATI without it (D3.2, D4.1), and {@link #missingRoles()} says who is
 * still missing. {@link Staffing#staff} forms a triangle from the customer-group triangle and the
 * resource pools; {@link #assign(CoreRole, ProjectMember)} and {@link #assign(ExtendedRole,
 * EmployeeId)} change it by hand and return a new triangle.
 *
 * <p>True of every project triangle:
 *
 * <ul>
 *   <li>no one holds two core roles: the triangle is a team of three (D4.1);
 *   <li>the sponsor is {@link #sponsor()}, so {@link #extendedRoles()} never lists {@link
 *       ExtendedRole#PROJECT_SPONSOR} (D4.3).
 * </ul>
 */
@Value.Immutable
@DomainStyle
public abstract class ProjectTriangle {

  ProjectTriangle() {}

  /** {@return the opportunity the triangle is formed for; never null} */
  public abstract OpportunityId opportunity();

  /** {@return the project sponsor (项目赞助人) the triangle works under (D4.3); never null} */
  public abstract EmployeeId sponsor();

  /** {@return the members present, by core role in the order AR, SR, FR; never null} */
  @Value.NaturalOrder
  public abstract SortedMap<CoreRole, ProjectMember> members();

  /**
   * {@return the holders of the extended project roles other than the sponsor (D4.5), in the order
   * of {@link ExtendedRole}; never null}
   */
  @Value.NaturalOrder
  public abstract SortedMap<ExtendedRole, EmployeeId> extendedRoles();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectTriangle}; opportunity and sponsor are required. */
  public static final class Builder extends ImmutableProjectTriangle.Builder {
    Builder() {}
  }

  /**
   * Returns a triangle with no members yet, to be {@link #assign(CoreRole, ProjectMember) staffed}.
   *
   * @param opportunity the opportunity; not null
   * @param sponsor the project sponsor; not null
   * @return the triangle, never null
   */
  public static ProjectTriangle of(OpportunityId opportunity, EmployeeId sponsor) {
    return builder().opportunity(opportunity).sponsor(sponsor).build();
  }

  /** {@return whether AR, SR and FR are all present (D4.1)} */
  public boolean isComplete() {
    return members().size() == CoreRole.values().length;
  }

  /**
   * Returns the core roles that have no member yet (D4.1).
   *
   * @return an immutable set, in the order AR, SR, FR; empty exactly when the triangle is complete;
   *     never null
   */
  public Set<CoreRole> missingRoles() {
    return Sets.immutableEnumSet(
        Arrays.stream(CoreRole.values())
            .filter(role -> !members().containsKey(role))
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the member holding a core role.
   *
   * @param role the role; not null
   * @return the member, or empty if the role is missing; never null
   */
  public Optional<ProjectMember> member(CoreRole role) {
    return Optional.ofNullable(members().get(Objects.requireNonNull(role, "role")));
  }

  /**
   * Returns who holds an extended role: the {@link #sponsor()} for {@link
   * ExtendedRole#PROJECT_SPONSOR}.
   *
   * @param role the role; not null
   * @return the holder, or empty if no one is assigned; never null
   */
  public Optional<EmployeeId> holder(ExtendedRole role) {
    Objects.requireNonNull(role, "role");
    return role == ExtendedRole.PROJECT_SPONSOR
        ? Optional.of(sponsor())
        : Optional.ofNullable(extendedRoles().get(role));
  }

  /**
   * Assigns a core role, replacing its member if it had one (D4.3).
   *
   * @param role the role; not null
   * @param member who takes it, and from where; not null
   * @return the triangle with the member, never null
   * @throws org.leadtocash.domain.common.RuleViolationException if the person already holds another
   *     core role of this triangle (D4.1)
   */
  public ProjectTriangle assign(CoreRole role, ProjectMember member) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(member, "member");
    guard("assign")
        .require(
            members().entrySet().stream()
                .noneMatch(
                    e -> e.getKey() != role && e.getValue().employee().equals(member.employee())),
            RuleId.D4_1,
            "%s already holds another core role, so cannot take %s; the triangle is a team of"
                + " three",
            member.employee(),
            role);
    Map<CoreRole, ProjectMember> members = new HashMap<>(members());
    members.put(role, member);
    return builder().from(this).members(members).build();
  }

  /**
   * Assigns an extended project role (D4.5), replacing its holder if it had one; assigning {@link
   * ExtendedRole#PROJECT_SPONSOR} changes the {@link #sponsor()}. One person may hold several
   * extended roles.
   *
   * @param role the role; not null
   * @param employee who takes it; not null
   * @return the triangle with the assignment, never null
   */
  public ProjectTriangle assign(ExtendedRole role, EmployeeId employee) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(employee, "employee");
    if (role == ExtendedRole.PROJECT_SPONSOR) {
      return builder().from(this).sponsor(employee).build();
    }
    Map<ExtendedRole, EmployeeId> roles = new HashMap<>(extendedRoles());
    roles.put(role, employee);
    return builder().from(this).extendedRoles(roles).build();
  }

  private Guard guard(String command) {
    return Guard.of(
        "Project triangle " + opportunity(),
        isComplete() ? "COMPLETE" : "MISSING " + missingRoles(),
        command);
  }

  @Value.Check
  void check() {
    checkArgument(
        !extendedRoles().containsKey(ExtendedRole.PROJECT_SPONSOR),
        "the project sponsor of %s is its sponsor(), not one of its other extended roles"
            + " (DOMAIN D4.3)",
        opportunity());
    long people = members().values().stream().map(ProjectMember::employee).distinct().count();
    checkArgument(
        people == members().size(),
        "no one holds two core roles of the project triangle of %s (DOMAIN D4.1): %s",
        opportunity(),
        members());
  }
}
