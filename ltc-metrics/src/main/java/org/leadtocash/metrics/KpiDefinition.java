package org.leadtocash.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.KpiId;

/**
 * What a KPI means (DOMAIN D12): its id, name, unit, the population it counts, its period, the
 * treatment of an empty population, its exact definition and the DOMAIN section it comes from.
 *
 * @param id the KPI's id, which process cards refer to (D1.3); not null
 * @param name its name, e.g. {@code opportunity win rate}; not blank
 * @param unit its unit; not null
 * @param population what it counts, e.g. {@code opportunities that ended in the period}; not blank
 * @param period how its period is set, e.g. {@code the outcome date falls in the period}; not blank
 * @param empty what an empty population gives; not null
 * @param definition the exact formula in words; not blank
 * @param section the DOMAIN section, e.g. {@code D12}; not blank
 */
public record KpiDefinition(
    KpiId id,
    String name,
    KpiUnit unit,
    String population,
    String period,
    EmptyPopulation empty,
    String definition,
    String section) {

  /**
   * Checks the parts.
   *
   * @param id the KPI's id, which process cards refer to (D1.3); not null
   * @param name its name, e.g. {@code opportunity win rate}; not blank
   * @param unit its unit; not null
   * @param population what it counts, e.g. {@code opportunities that ended in the period}; not
   *     blank
   * @param period how its period is set, e.g. {@code the outcome date falls in the period}; not
   *     blank
   * @param empty what an empty population gives; not null
   * @param definition the exact formula in words; not blank
   * @param section the DOMAIN section, e.g. {@code D12}; not blank
   * @throws IllegalArgumentException if a text is blank or the section is not a DOMAIN section
   */
  public KpiDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(empty, "empty");
    for (String text : new String[] {name, population, period, definition, section}) {
      checkArgument(!text.isBlank(), "a KPI definition has no blank part (%s)", id);
    }
    checkArgument(
        section.matches("D\\d+(\\.\\d+)?"),
        "a KPI cites a DOMAIN section like D12, not %s",
        FreeText.escaped(section));
  }

  /** {@return {@code id: name (unit)}} */
  @Override
  public String toString() {
    return id + ": " + name + " (" + unit.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
