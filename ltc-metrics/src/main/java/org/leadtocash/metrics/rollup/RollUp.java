package org.leadtocash.metrics.rollup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.metrics.Kpi;

/**
 * Rolls a KPI up the sales organisation (DOMAIN D9.5, D12): representative office → region → area,
 * by <b>merging</b> the offices' accumulators, never by recomputing from the records. Because merge
 * is associative, a region's value equals the KPI computed over all its offices' records.
 *
 * @param <A> the KPI's accumulator
 * @param <V> its result
 */
public final class RollUp<A, V> {

  private final Kpi<?, A, V> kpi;
  private final ImmutableMap<SalesUnitId, A> accumulators;

  private RollUp(Kpi<?, A, V> kpi, ImmutableMap<SalesUnitId, A> accumulators) {
    this.kpi = kpi;
    this.accumulators = accumulators;
  }

  /**
   * Rolls the offices' accumulators up.
   *
   * @param kpi the KPI; not null
   * @param organisation the sales organisation; not null
   * @param offices each office's accumulator; not null; an office without one counts as empty
   * @param <A> the accumulator
   * @param <V> the result
   * @return the roll-up, never null
   * @throws IllegalArgumentException if a key is not a representative office of the organisation
   */
  public static <A, V> RollUp<A, V> of(
      Kpi<?, A, V> kpi, SalesOrganisation organisation, Map<SalesUnitId, A> offices) {
    Objects.requireNonNull(offices, "offices");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(organisation, "organisation");
    offices
        .keySet()
        .forEach(
            unit ->
                checkArgument(
                    organisation.level(unit) == OrganisationLevel.REPRESENTATIVE_OFFICE,
                    "KPIs roll up from representative offices; %s is a %s",
                    unit,
                    organisation.level(unit)));
    Map<SalesUnitId, A> all = new LinkedHashMap<>();
    for (SalesUnitId unit : organisation.bottomUp()) {
      A accumulator =
          organisation.level(unit) == OrganisationLevel.REPRESENTATIVE_OFFICE
              ? offices.getOrDefault(unit, kpi.empty())
              : organisation.children(unit).stream().map(all::get).reduce(kpi.empty(), kpi::merge);
      all.put(unit, accumulator);
    }
    return new RollUp<>(kpi, ImmutableMap.copyOf(all));
  }

  /**
   * Returns a unit's accumulator, for further merging or an incremental update.
   *
   * @param unit the unit; not null, in the organisation
   * @return its accumulator, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public A accumulator(SalesUnitId unit) {
    A accumulator = accumulators.get(Objects.requireNonNull(unit, "unit"));
    checkArgument(accumulator != null, "%s is not a unit of the sales organisation", unit);
    return accumulator;
  }

  /**
   * Returns a unit's KPI value.
   *
   * @param unit the unit; not null, in the organisation
   * @return its value, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public V value(SalesUnitId unit) {
    return kpi.result(accumulator(unit));
  }

  /** {@return every unit's value, offices first, then regions, then areas; never null} */
  public Map<SalesUnitId, V> values() {
    ImmutableMap.Builder<SalesUnitId, V> values = ImmutableMap.builder();
    accumulators.forEach((unit, accumulator) -> values.put(unit, kpi.result(accumulator)));
    return values.buildOrThrow();
  }
}
