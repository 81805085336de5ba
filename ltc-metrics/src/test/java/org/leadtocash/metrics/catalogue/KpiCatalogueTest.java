package org.leadtocash.metrics.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.process.LtcCatalogue;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.sales.WinRate;

/** The catalogue of KPI definitions (DOMAIN D12), and the process cards' metrics (D1.3). */
class KpiCatalogueTest {

  @Test
  @DisplayName("every KPI has one definition, under a unique id, citing a DOMAIN section")
  void uniqueIds() {
    KpiCatalogue catalogue = KpiCatalogue.standard();
    Set<KpiId> seen = new HashSet<>();
    for (KpiDefinition definition : catalogue.definitions()) {
      assertTrue(seen.add(definition.id()), "one definition per id: " + definition.id());
      assertTrue(definition.section().startsWith("D"), definition::toString);
    }
    assertTrue(catalogue.definitions().size() >= 25, "every D12 KPI is defined");
    assertEquals(WinRate.ID, catalogue.definition(WinRate.ID).orElseThrow().id());
  }

  @Test
  @DisplayName("every metric on the LTC process cards names a KPI of the catalogue (D1.3)")
  void processCardsPointAtKpis() {
    Set<KpiId> metrics = LtcCatalogue.standard().metricIds();
    assertTrue(!metrics.isEmpty());
    KpiCatalogue.standard().requireAll(metrics);
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> KpiCatalogue.standard().requireAll(Set.of(KpiId.of("happiness"))));
    assertEquals("no KPI is defined for [happiness] (DOMAIN D12)", unknown.getMessage());
  }
}
