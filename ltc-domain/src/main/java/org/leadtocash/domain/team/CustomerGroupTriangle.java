package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.RuleId;

/**
 * The stable customer-group triangle (DOMAIN D4.3) of the system department (系统部) that serves one
 * customer: the people it holds itself for the core roles its {@link SystemDepartmentSize size}
 * dedicates (D4.4). The other roles of its projects come from the shared {@link ResourcePool
 * resource pools}; {@link Staffing#staff} forms a project's triangle from both.
 *
 * <p>True of every customer-group triangle:
 *
 * <ul>
 *   <li>it has exactly one holder for each role its size dedicates, and none for the others — a
 *       small department an AR only, a medium one AR and SR, a large one AR, SR and FR (D4.4);
 *   <li>no one holds two roles: the triangle is three people, not one (D4.1).
 * </ul>
 *
 * <p>People are {@link #rotate rotated} (D4.7); {@link RotationPolicy#review} flags those who have
 * held the customer too long.
 */
@Value.Immutable
@DomainStyle
public abstract class CustomerGroupTriangle {

  CustomerGroupTriangle() {}

  /** {@return the customer the system department serves; never null} */
  public abstract CustomerId customer();

  /** {@return the size of the system department (D4.4); never null} */
  public abstract SystemDepartmentSize size();

  /**
   * {@return the holders of the dedicated roles, one per role of {@link
   * SystemDepartmentSize#dedicatedRoles()}; never null}
   */
  public abstract Set<RoleHolder> holders();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CustomerGroupTriangle}; customer, size and one holder per dedicated role are
   * required.
   */
  public static final class Builder extends ImmutableCustomerGroupTriangle.Builder {
    Builder() {}
  }

  /**
   * Returns the holder of a role, if the department holds it itself.
   *
   * @param role the role; not null
   * @return the holder, or empty if the role comes from the pools; never null
   */
  public Optional<RoleHolder> holder(CoreRole role) {
    Objects.requireNonNull(role, "role");
    return holders().stream().filter(h -> h.role() == role).findFirst();
  }

  /**
   * Hands a dedicated role over to someone else (D4.7): the new holder holds it from the given day.
   *
   * @param role the role to rotate; not null
   * @param newHolder who takes it over; not null
   * @param on the day of the handover; not null
   * @return the triangle with the new holder, never null
   * @throws org.leadtocash.domain.common.RuleViolationException if the department does not hold the
   *     role itself (D4.4), the new holder is the current one or the day precedes the current
   *     holder's start (D4.7), or the new holder already holds another role (D4.1)
   */
  public CustomerGroupTriangle rotate(CoreRole role, EmployeeId newHolder, LocalDate on) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(newHolder, "newHolder");
    Objects.requireNonNull(on, "on");
    Guard guard = Guard.of("Customer-group triangle " + customer(), size().name(), "rotate");
    Optional<RoleHolder> current = holder(role);
    guard.require(
        current.isPresent(),
        RuleId.D4_4,
        "a %s system department holds no %s of its own; its projects take one from the pools",
        size(),
        role);
    RoleHolder outgoing = current.orElseThrow();
    guard
        .require(
            !outgoing.employee().equals(newHolder),
            RuleId.D4_7,
            "%s already holds %s; a rotation hands the customer to someone else",
            newHolder,
            role)
        .require(
            outgoing.since().map(since -> !on.isBefore(since)).orElse(true),
            RuleId.D4_7,
            "the handover on %s precedes the start of %s",
            on,
            outgoing)
        .require(
            holders().stream().noneMatch(h -> h.employee().equals(newHolder)),
            RuleId.D4_1,
            "%s already holds another role of the triangle, so cannot take %s",
            newHolder,
            role);
    ImmutableSet.Builder<RoleHolder> rotated = ImmutableSet.builder();
    for (RoleHolder h : holders()) {
      rotated.add(h.role() == role ? RoleHolder.of(role, newHolder, on) : h);
    }
    return builder().from(this).holders(rotated.build()).build();
  }

  @Value.Check
  void check() {
    Set<CoreRole> roles = EnumSet.noneOf(CoreRole.class);
    Set<EmployeeId> people = new HashSet<>();
    for (RoleHolder h : holders()) {
      checkArgument(
          roles.add(h.role()),
          "the customer-group triangle of %s has one %s, not several (DOMAIN D4.4)",
          customer(),
          h.role());
      checkArgument(
          people.add(h.employee()),
          "%s holds two roles in the customer-group triangle of %s; the triangle is a team"
              + " (DOMAIN D4.1)",
          h.employee(),
          customer());
    }
    checkArgument(
        roles.equals(size().dedicatedRoles()),
        "a %s system department holds exactly %s itself, not %s (DOMAIN D4.4)",
        size(),
        size().dedicatedRoles(),
        roles);
  }
}
