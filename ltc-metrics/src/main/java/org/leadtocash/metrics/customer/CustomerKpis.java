package org.leadtocash.metrics.customer;

import java.util.List;
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The catalogue of the customer KPIs (DOMAIN D12): customer total value, value concentration,
 * pyramid membership, relationship coverage, satisfaction index, issue closure time and escalation
 * rate. Their definitions here describe the period and the parameters in general terms; the
 * definition of a KPI built for a period ({@code in(...)}) names its own.
 */
public final class CustomerKpis {

  private static final List<KpiDefinition> DEFINITIONS =
      List.of(
          CustomerTotalValueSum.definition(
              "the value's period lies within the KPI's period", "the KPI's currency"),
          ValueConcentration.definition(
              "the value's period lies within the KPI's period", "the KPI's currency"),
          PyramidMembership.definition(
              "the value's period lies within the KPI's period",
              "the KPI's currency",
              PyramidPolicy.standard() + " unless given"),
          RelationshipCoverage.definition("the KPI's level"),
          SatisfactionIndex.definition("the survey's date falls in the KPI's period"),
          IssueClosureTime.definition(
              "the issue's closure instant's date falls in the KPI's period"),
          EscalationRate.definition(
              "the issue's acceptance instant's date falls in the KPI's period"));

  private CustomerKpis() {}

  /**
   * Returns the definitions of the customer KPIs, in the order of DOMAIN D12.
   *
   * @return an immutable list; never null
   */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
