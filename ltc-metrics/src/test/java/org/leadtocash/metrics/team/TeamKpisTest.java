package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.Y2026;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.KpiDefinition;

/** The catalogue of the iron-triangle KPIs (DOMAIN D12, D4). */
class TeamKpisTest {

  @Test
  @DisplayName("D12: the catalogue lists each team KPI once, with its id, unit and section")
  void catalogue() {
    List<KpiDefinition> definitions = TeamKpis.definitions();
    List<KpiDefinition> built =
        List.of(
            RoleScorecard.in(Y2026).definition(),
            PoolUtilisation.in(Y2026).definition(),
            TenureAgainstRotation.asOf(LocalDate.of(2026, 1, 5)).definition());
    assertEquals(
        List.of("role-scorecard", "pool-utilisation", "tenure-against-rotation"),
        definitions.stream().map(KpiDefinition::id).map(KpiId::value).toList());
    assertEquals(
        List.of(RoleScorecard.ID, PoolUtilisation.ID, TenureAgainstRotation.ID),
        built.stream().map(KpiDefinition::id).toList());
    assertEquals(
        List.of("D4.2", "D4.4", "D4.7"), definitions.stream().map(KpiDefinition::section).toList());
    for (int i = 0; i < definitions.size(); i++) {
      assertEquals(definitions.get(i).name(), built.get(i).name());
      assertEquals(definitions.get(i).unit(), built.get(i).unit());
      assertEquals(definitions.get(i).empty(), built.get(i).empty());
      assertEquals(definitions.get(i).population(), built.get(i).population());
    }
    assertEquals(
        "tenure-against-rotation: account-owner tenure against the rotation limit (rate)",
        built.get(2).toString());
  }

  @Test
  @DisplayName("the catalogue is immutable")
  void immutable() {
    assertThrows(UnsupportedOperationException.class, () -> TeamKpis.definitions().remove(0));
  }
}
