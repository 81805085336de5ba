package org.leadtocash.domain.team;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * The KPIs that measure the iron triangle's roles (DOMAIN D4.2), as data: which {@link CoreRole}
 * each belongs to is given by {@link CoreRole#kpis()}, and {@link #roles()} answers the reverse.
 *
 * <ul>
 *   <li>AR: customer relationship, customer satisfaction, competitor suppression;
 *   <li>SR: hilltop targets, share targets;
 *   <li>FR: contract compliance, customer satisfaction;
 *   <li>all three: the {@link #common() common KPIs}.
 * </ul>
 *
 * <p>The sources show the common KPIs only as "the evaluation mechanism that supports running the
 * project as a business" (支撑项目经营的评价机制 — AR, SR, FR 共同的 KPI), without naming them. The library reads
 * them as the project's operating results that DOMAIN D12 names — orders, revenue, profit and
 * collection — so that the triangle is judged together on what the project earns, not each role on
 * its own share of the work.
 */
public enum RoleKpi {
  /** AR: the customer relationship (客户关系). */
  CUSTOMER_RELATIONSHIP("customer relationship", false),
  /** AR and FR: customer satisfaction (客户满意度). */
  CUSTOMER_SATISFACTION("customer satisfaction", false),
  /** AR: suppression of the competitors (竞争对手压制, the suppression ratio of D12). */
  COMPETITOR_SUPPRESSION("competitor suppression", false),
  /** SR: the hilltop targets (山头目标), the strategic projects to take. */
  HILLTOP_TARGETS("hilltop targets", false),
  /** SR: the share targets (份额目标), our share of the market and of the customer's wallet. */
  SHARE_TARGETS("share targets", false),
  /** FR: compliance with the contract (合同契约符合度), delivering what was signed. */
  CONTRACT_COMPLIANCE("contract compliance", false),
  /** Common to AR, SR and FR: the orders the project books (订货). */
  PROJECT_ORDERS("project orders", true),
  /** Common to AR, SR and FR: the revenue the project recognises (收入). */
  PROJECT_REVENUE("project revenue", true),
  /** Common to AR, SR and FR: the project's profit (利润). */
  PROJECT_PROFIT("project profit", true),
  /** Common to AR, SR and FR: the cash collected on the project (回款). */
  PROJECT_COLLECTION("project collection", true);

  private static final ImmutableSet<RoleKpi> COMMON =
      Sets.immutableEnumSet(
          Arrays.stream(values()).filter(RoleKpi::isCommon).collect(ImmutableSet.toImmutableSet()));

  private final String label;
  private final boolean common;

  RoleKpi(String label, boolean common) {
    this.label = label;
    this.common = common;
  }

  /** {@return the KPI's name in the domain's words, e.g. {@code hilltop targets}; never null} */
  public String label() {
    return label;
  }

  /** {@return whether AR, SR and FR all share this KPI (D4.2)} */
  public boolean isCommon() {
    return common;
  }

  /**
   * Returns the roles measured by this KPI: all three for a common KPI.
   *
   * @return an immutable set, in the order AR, SR, FR; never null, never empty
   */
  public Set<CoreRole> roles() {
    return Sets.immutableEnumSet(
        Arrays.stream(CoreRole.values())
            .filter(role -> role.kpis().contains(this))
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the KPIs that AR, SR and FR share (D4.2).
   *
   * @return an immutable set; never null
   */
  public static Set<RoleKpi> common() {
    return COMMON;
  }
}
