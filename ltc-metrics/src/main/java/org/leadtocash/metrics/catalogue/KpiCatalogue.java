package org.leadtocash.metrics.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.customer.CustomerKpis;
import org.leadtocash.metrics.dashboard.DashboardKpis;
import org.leadtocash.metrics.efficiency.EfficiencyKpis;
import org.leadtocash.metrics.finance.FinanceKpis;
import org.leadtocash.metrics.sales.SalesKpis;
import org.leadtocash.metrics.team.TeamKpis;

/**
 * Every KPI the library defines, by id (DOMAIN D12): what a process card's metrics (D1.3) and a
 * dashboard refer to. Each definition gives the KPI's unit, population, period, treatment of an
 * empty population, exact formula and DOMAIN section.
 */
public final class KpiCatalogue {

  private static final KpiCatalogue STANDARD =
      new KpiCatalogue(
          ImmutableList.<KpiDefinition>builder()
              .addAll(SalesKpis.definitions())
              .addAll(DashboardKpis.definitions())
              .addAll(FinanceKpis.definitions())
              .addAll(EfficiencyKpis.definitions())
              .addAll(CustomerKpis.definitions())
              .addAll(TeamKpis.definitions())
              .build());

  private final ImmutableMap<KpiId, KpiDefinition> definitions;

  private KpiCatalogue(List<KpiDefinition> definitions) {
    ImmutableMap.Builder<KpiId, KpiDefinition> byId = ImmutableMap.builder();
    definitions.forEach(d -> byId.put(d.id(), d));
    this.definitions = byId.buildOrThrow();
  }

  /** {@return the catalogue of every KPI of this library; never null} */
  public static KpiCatalogue standard() {
    return STANDARD;
  }

  /** {@return every definition: sales, funnel, finance, efficiency, customer, team; never null} */
  public List<KpiDefinition> definitions() {
    return definitions.values().asList();
  }

  /** {@return every id; never null} */
  public Set<KpiId> ids() {
    return definitions.keySet();
  }

  /**
   * Returns the definition of a KPI.
   *
   * @param id the id; not null
   * @return its definition, or empty if no KPI has that id; never null
   */
  public Optional<KpiDefinition> definition(KpiId id) {
    return Optional.ofNullable(definitions.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Checks that every id names a KPI of the catalogue, e.g. a process card's metrics (D1.3).
   *
   * @param ids the ids; not null
   * @throws IllegalArgumentException naming the ids no KPI has
   */
  public void requireAll(Set<KpiId> ids) {
    Objects.requireNonNull(ids, "ids");
    List<KpiId> unknown = ids.stream().filter(id -> !definitions.containsKey(id)).toList();
    checkArgument(unknown.isEmpty(), "no KPI is defined for %s (DOMAIN D12)", unknown);
  }
}
