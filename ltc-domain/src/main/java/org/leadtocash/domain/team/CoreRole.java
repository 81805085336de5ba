package org.leadtocash.domain.team;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;

/**
 * The three core roles of the iron triangle (铁三角, DOMAIN D4.1). Team professionalism replaces
 * individual professionalism: a project is run by an AR, an SR and an FR together, each measured by
 * the {@link #kpis() KPIs} of D4.2.
 */
public enum CoreRole {
  /** AR, the account responsible (客户经理): owns the customer relationship. */
  AR(
      "account responsible",
      List.of(
          RoleKpi.CUSTOMER_RELATIONSHIP,
          RoleKpi.CUSTOMER_SATISFACTION,
          RoleKpi.COMPETITOR_SUPPRESSION)),
  /** SR, the solution responsible (解决方案经理): owns the solution. */
  SR("solution responsible", List.of(RoleKpi.HILLTOP_TARGETS, RoleKpi.SHARE_TARGETS)),
  /** FR, the fulfilment responsible (交付经理): owns delivery of what was signed. */
  FR("fulfilment responsible", List.of(RoleKpi.CONTRACT_COMPLIANCE, RoleKpi.CUSTOMER_SATISFACTION));

  private final String label;
  private final ImmutableSet<RoleKpi> ownKpis;
  private final ImmutableSet<RoleKpi> kpis;

  CoreRole(String label, List<RoleKpi> ownKpis) {
    this.label = label;
    this.ownKpis = Sets.immutableEnumSet(ownKpis);
    this.kpis = Sets.immutableEnumSet(Iterables.concat(ownKpis, RoleKpi.common()));
  }

  /** {@return the role's name in the domain's words, e.g. {@code solution responsible}} */
  public String label() {
    return label;
  }

  /**
   * Returns the KPIs that measure this role alone or with one other role, without the common ones
   * (D4.2).
   *
   * @return an immutable set; never null, never empty
   */
  public Set<RoleKpi> ownKpis() {
    return ownKpis;
  }

  /**
   * Returns every KPI that measures this role: its {@link #ownKpis() own} and the {@link
   * RoleKpi#common() common} ones (D4.2).
   *
   * @return an immutable set, in the order of {@link RoleKpi}; never null
   */
  public Set<RoleKpi> kpis() {
    return kpis;
  }
}
