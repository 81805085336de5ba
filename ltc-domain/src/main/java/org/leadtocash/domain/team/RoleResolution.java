package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Staffing} filled one core role of a project triangle, or why it could not (DOMAIN
 * D4.4): one line of a {@link StaffingReport}.
 *
 * @param role the role; not null
 * @param member who takes it and from where, or empty if no one was found; not null
 * @param reason where the member came from, or why the role is unresolved; not null, not blank
 */
public record RoleResolution(CoreRole role, Optional<ProjectMember> member, String reason) {

  /**
   * Checks the parts.
   *
   * @param role the role; not null
   * @param member who takes it and from where, or empty if no one was found; not null
   * @param reason where the member came from, or why the role is unresolved; not null, not blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public RoleResolution {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a role resolution says where the member came from, or why");
  }

  /**
   * Returns the resolution of a role filled by a member.
   *
   * @param role the role; not null
   * @param member the member; not null
   * @param reason where the member came from; not null, not blank
   * @return the resolution, never null
   */
  public static RoleResolution resolved(CoreRole role, ProjectMember member, String reason) {
    Objects.requireNonNull(member, "member");
    return new RoleResolution(role, Optional.of(member), reason);
  }

  /**
   * Returns the resolution of a role no one could be found for.
   *
   * @param role the role; not null
   * @param reason why; not null, not blank
   * @return the resolution, never null
   */
  public static RoleResolution unresolved(CoreRole role, String reason) {
    return new RoleResolution(role, Optional.empty(), reason);
  }

  /** {@return whether someone was found for the role} */
  public boolean isResolved() {
    return member.isPresent();
  }

  /** {@return where the member came from, or empty if the role is unresolved; never null} */
  public Optional<MemberSource> source() {
    return member.map(ProjectMember::source);
  }

  /**
   * {@return e.g. {@code SR E-4 — pooled from 'Region East' (region)}, or {@code FR not found — no
   * free FR in …}}
   */
  @Override
  public String toString() {
    return role
        + " "
        + member.map(m -> m.employee().toString()).orElse("not found")
        + " — "
        + reason;
  }
}
