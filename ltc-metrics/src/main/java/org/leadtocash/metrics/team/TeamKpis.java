package org.leadtocash.metrics.team;

import java.util.List;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The catalogue of the iron-triangle KPIs (DOMAIN D12, D4): role scorecards, resource-pool
 * utilisation and chargeability, and account-owner tenure against the rotation limit. Their
 * definitions here describe the period and the parameters in general terms; the definition of a KPI
 * built for a period or a review day names its own.
 */
public final class TeamKpis {

  private static final List<KpiDefinition> DEFINITIONS =
      List.of(
          RoleScorecard.definition("the measurement's period lies within the KPI's period"),
          PoolUtilisation.definition("the entry's date falls in the KPI's period"),
          TenureAgainstRotation.definition(
              "reviewed on the KPI's day",
              "the policy's limit (" + RotationPolicy.standard().maximumTenure() + " by default)"));

  private TeamKpis() {}

  /**
   * Returns the definitions of the iron-triangle KPIs, in the order of DOMAIN D12.
   *
   * @return an immutable list; never null
   */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
