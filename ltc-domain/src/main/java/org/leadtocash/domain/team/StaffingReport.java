package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Staffing} found for a project triangle (DOMAIN D4.3, D4.4): the triangle it formed,
 * and for each core role, in the order AR, SR, FR, who fills it and from where, or why no one does.
 * A question's answer: missing people are reported here, never thrown.
 *
 * @param triangle the triangle formed, with every resolved role assigned; not null
 * @param resolutions one per core role, in the order of {@link CoreRole}; not null
 */
public record StaffingReport(ProjectTriangle triangle, List<RoleResolution> resolutions) {

  /**
   * Checks that the report has one resolution per role, in order, and that they agree with the
   * triangle.
   *
   * @param triangle the triangle formed, with every resolved role assigned; not null
   * @param resolutions one per core role, in the order of {@link CoreRole}; not null
   * @throws IllegalArgumentException if a role is missing, repeated or out of order, or a
   *     resolution's member is not the triangle's
   */
  public StaffingReport {
    Objects.requireNonNull(resolutions, "resolutions");
    Objects.requireNonNull(triangle, "triangle");
    resolutions = ImmutableList.copyOf(resolutions);
    CoreRole[] roles = CoreRole.values();
    checkArgument(
        resolutions.size() == roles.length,
        "a staffing report resolves each of the %s core roles, not %s",
        roles.length,
        resolutions.size());
    for (int i = 0; i < roles.length; i++) {
      RoleResolution resolution = resolutions.get(i);
      checkArgument(
          resolution.role() == roles[i],
          "a staffing report lists the roles in order; expected %s at %s",
          roles[i],
          i);
      checkArgument(
          resolution.member().equals(triangle.member(roles[i])),
          "the report's %s (%s) is the triangle's (%s)",
          roles[i],
          resolution.member(),
          triangle.member(roles[i]));
    }
  }

  /**
   * Returns how a role was filled, or why it was not.
   *
   * @param role the role; not null
   * @return its resolution, never null
   */
  public RoleResolution resolution(CoreRole role) {
    Objects.requireNonNull(role, "role");
    return resolutions.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
  }

  /**
   * Returns the roles no one could be found for.
   *
   * @return an immutable set, in the order AR, SR, FR; equal to the triangle's {@link
   *     ProjectTriangle#missingRoles() missing roles}; never null
   */
  public Set<CoreRole> unresolvedRoles() {
    return Sets.immutableEnumSet(
        resolutions.stream()
            .filter(r -> !r.isResolved())
            .map(RoleResolution::role)
            .collect(ImmutableSet.toImmutableSet()));
  }

  /** {@return whether AR, SR and FR were all found: there are no unresolved roles} */
  public boolean isComplete() {
    return unresolvedRoles().isEmpty();
  }
}
