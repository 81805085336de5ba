package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.MONTH;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.metrics.KpiDefinition;

/** The catalogue of the customer KPIs (DOMAIN D12). */
class CustomerKpisTest {

  @Test
  @DisplayName("D12: the catalogue lists each customer KPI once, with its id, unit and section")
  void catalogue() {
    List<KpiDefinition> definitions = CustomerKpis.definitions();
    List<KpiDefinition> built =
        List.of(
            CustomerTotalValueSum.in(Y2026, CNY).definition(),
            ValueConcentration.in(Y2026, CNY).definition(),
            PyramidMembership.in(Y2026, CNY).definition(),
            RelationshipCoverage.of(KeyRelationshipLevel.FAVOURABLE).definition(),
            SatisfactionIndex.in(Y2026).definition(),
            IssueClosureTime.in(MONTH).definition(),
            EscalationRate.in(MONTH).definition());
    assertEquals(
        List.of(
            CustomerTotalValueSum.ID,
            ValueConcentration.ID,
            PyramidMembership.ID,
            RelationshipCoverage.ID,
            SatisfactionIndex.ID,
            IssueClosureTime.ID,
            EscalationRate.ID),
        definitions.stream().map(KpiDefinition::id).toList());
    assertEquals(7, definitions.stream().map(KpiDefinition::id).distinct().count());
    for (int i = 0; i < definitions.size(); i++) {
      KpiDefinition general = definitions.get(i);
      KpiDefinition specific = built.get(i);
      assertEquals(general.id(), specific.id());
      assertEquals(general.name(), specific.name());
      assertEquals(general.unit(), specific.unit());
      assertEquals(general.empty(), specific.empty());
      assertEquals(general.section(), specific.section());
      assertEquals(general.population(), specific.population());
    }
    assertEquals(
        List.of("D6.5", "D12", "D6.4", "D12", "D8.3", "D8.2", "D8.2"),
        definitions.stream().map(KpiDefinition::section).toList());
    assertEquals(
        List.of(
            "customer-total-value",
            "value-concentration",
            "pyramid-membership",
            "relationship-coverage",
            "satisfaction-index",
            "issue-closure-time",
            "escalation-rate"),
        definitions.stream().map(KpiDefinition::id).map(KpiId::value).toList());
  }

  @Test
  @DisplayName("the catalogue is immutable")
  void immutable() {
    assertThrows(UnsupportedOperationException.class, () -> CustomerKpis.definitions().remove(0));
  }
}
