package org.leadtocash.domain.team;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The size of a system department (系统部), which decides the roles it holds itself (DOMAIN D4.4).
 *
 * <ul>
 *   <li>{@link #SMALL}: an AR only; SR and FR come from the shared resource pool;
 *   <li>{@link #MEDIUM}: AR and SR; FR comes from the pool;
 *   <li>{@link #LARGE}: dedicated AR, SR and FR.
 * </ul>
 *
 * <p>The sources size a system department by the local capability, the organisation's maturity and
 * the sales and revenue it brings; the host decides which size a department is.
 */
public enum SystemDepartmentSize {
  /** A small system department (小型系统部), or several small ones sharing an AR. */
  SMALL("small", List.of(CoreRole.AR)),
  /** A medium system department (中型系统部). */
  MEDIUM("medium", List.of(CoreRole.AR, CoreRole.SR)),
  /** A large system department (大客户系统部), with a full triangle of its own. */
  LARGE("large", List.of(CoreRole.AR, CoreRole.SR, CoreRole.FR));

  private final String label;
  private final ImmutableSet<CoreRole> dedicated;
  private final ImmutableSet<CoreRole> pooled;

  SystemDepartmentSize(String label, List<CoreRole> dedicated) {
    this.label = label;
    this.dedicated = Sets.immutableEnumSet(dedicated);
    this.pooled = Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.copyOf(dedicated)));
  }

  /** {@return the size in words, for display, e.g. {@code medium}; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns the roles a system department of this size holds itself, in its customer-group triangle
   * (D4.4).
   *
   * @return an immutable set, in the order AR, SR, FR; never null, never empty
   */
  public Set<CoreRole> dedicatedRoles() {
    return dedicated;
  }

  /**
   * Returns the roles that a project of a system department of this size takes from the shared
   * resource pools (D4.4): the roles that are not {@link #dedicatedRoles() dedicated}.
   *
   * @return an immutable set, in the order AR, SR, FR; never null
   */
  public Set<CoreRole> pooledRoles() {
    return pooled;
  }

  /**
   * Returns whether a system department of this size holds the role itself.
   *
   * @param role the role; not null
   * @return {@code true} if the role is dedicated, {@code false} if it comes from the pools
   */
  public boolean dedicates(CoreRole role) {
    return dedicated.contains(Objects.requireNonNull(role, "role"));
  }
}
