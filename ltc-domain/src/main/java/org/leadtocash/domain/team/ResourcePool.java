package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.SetMultimap;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * A shared resource pool (资源池, DOMAIN D4.4): the people available to fill the core roles that a
 * system department does not hold itself, kept at one level of the organisation — the
 * representative office's shared resource centre ({@link OrganisationLevel#REPRESENTATIVE_OFFICE}),
 * the region's ({@link OrganisationLevel#REGION}) or the global pool at headquarters ({@link
 * OrganisationLevel#HEADQUARTERS}). {@link Staffing} searches them in that order.
 *
 * <p>Within a role, people are listed in the order the pool offers them; the first one free is
 * taken. True of every pool: its level keeps pools (not {@link OrganisationLevel#AREA}), and its
 * name is not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class ResourcePool {

  ResourcePool() {}

  /** {@return the level of the organisation that keeps the pool; never null} */
  public abstract OrganisationLevel level();

  /** {@return the pool's name, e.g. {@code Nairobi office resource centre}; never null} */
  public abstract String name();

  /**
   * {@return the people available, by the core role they can take, in offered order; never null}
   */
  public abstract SetMultimap<CoreRole, EmployeeId> available();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResourcePool}; level and name are required, people are added with {@code
   * putAvailable(role, employee)}.
   */
  public static final class Builder extends ImmutableResourcePool.Builder {
    Builder() {}
  }

  /**
   * Returns the people available for a role, in the order the pool offers them.
   *
   * @param role the role; not null
   * @return an immutable list; never null, empty if the pool has no one for the role
   */
  public List<EmployeeId> availableFor(CoreRole role) {
    return ImmutableList.copyOf(available().get(Objects.requireNonNull(role, "role")));
  }

  /**
   * Returns whether a level keeps resource pools: a representative office, a region or headquarters
   * (D4.4).
   *
   * @param level the level; not null
   * @return {@code false} only for {@link OrganisationLevel#AREA}
   */
  static boolean isPoolLevel(OrganisationLevel level) {
    return level != OrganisationLevel.AREA;
  }

  /** {@return e.g. {@code 'Nairobi office resource centre' (representative office)}} */
  String label() {
    return "'" + name() + "' (" + level().label() + ")";
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    checkArgument(!name().isBlank(), "a resource pool has a name");
    checkArgument(
        isPoolLevel(level()),
        "resource pools are kept by a representative office, a region or headquarters, not at %s"
            + " (DOMAIN D4.4)",
        level());
  }
}
