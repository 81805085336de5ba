package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The three-level sales organisation that KPIs roll up along (DOMAIN D9.5): areas (片联) above
 * regions (地区部) above representative offices (代表处). Every office belongs to a region and every
 * region to an area; an immutable tree.
 */
public final class SalesOrganisation {

  private final ImmutableMap<SalesUnitId, OrganisationLevel> levels;
  private final ImmutableMap<SalesUnitId, SalesUnitId> parents;

  private SalesOrganisation(
      ImmutableMap<SalesUnitId, OrganisationLevel> levels,
      ImmutableMap<SalesUnitId, SalesUnitId> parents) {
    this.levels = levels;
    this.parents = parents;
  }

  /** {@return a builder; add areas first, then regions, then offices} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every unit, in the order added (areas, regions, offices); never null} */
  public List<SalesUnitId> units() {
    return levels.keySet().asList();
  }

  /**
   * Returns the units at a level.
   *
   * @param level the level; not null
   * @return the units, in the order added; never null
   */
  public List<SalesUnitId> units(OrganisationLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.entrySet().stream()
        .filter(e -> e.getValue() == level)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a unit's level.
   *
   * @param unit the unit; not null, in the organisation
   * @return its level, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public OrganisationLevel level(SalesUnitId unit) {
    OrganisationLevel level = levels.get(Objects.requireNonNull(unit, "unit"));
    checkArgument(level != null, "%s is not a unit of the sales organisation", unit);
    return level;
  }

  /**
   * Returns the unit a unit belongs to.
   *
   * @param unit the unit; not null
   * @return its region or area, or empty for an area; never null
   */
  public Optional<SalesUnitId> parent(SalesUnitId unit) {
    return Optional.ofNullable(parents.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns the units directly below a unit.
   *
   * @param unit the unit; not null
   * @return its regions or offices, in the order added; never null
   */
  public List<SalesUnitId> children(SalesUnitId unit) {
    Objects.requireNonNull(unit, "unit");
    return parents.entrySet().stream()
        .filter(e -> e.getValue().equals(unit))
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SalesOrganisation o
        && levels.equals(o.levels)
        && parents.equals(o.parents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(levels, parents);
  }

  @Override
  public String toString() {
    return "SalesOrganisation" + levels;
  }

  /** Builds a {@link SalesOrganisation}. */
  public static final class Builder {
    private final Map<SalesUnitId, OrganisationLevel> levels = new LinkedHashMap<>();
    private final Map<SalesUnitId, SalesUnitId> parents = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an area.
     *
     * @param area the area; not null, new
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder area(SalesUnitId area) {
      Objects.requireNonNull(area, "area");
      return add(area, OrganisationLevel.AREA, null);
    }

    /**
     * Adds a region of an area.
     *
     * @param region the region; not null, new
     * @param area its area; not null, added before
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder region(SalesUnitId region, SalesUnitId area) {
      Objects.requireNonNull(region, "region");
      return add(region, OrganisationLevel.REGION, Objects.requireNonNull(area, "area"));
    }

    /**
     * Adds a representative office of a region.
     *
     * @param office the office; not null, new
     * @param region its region; not null, added before
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder office(SalesUnitId office, SalesUnitId region) {
      Objects.requireNonNull(office, "office");
      return add(
          office,
          OrganisationLevel.REPRESENTATIVE_OFFICE,
          Objects.requireNonNull(region, "region"));
    }

    private Builder add(SalesUnitId unit, OrganisationLevel level, @Nullable SalesUnitId parent) {
      Objects.requireNonNull(unit, "unit");
      checkArgument(!levels.containsKey(unit), "%s is already in the organisation", unit);
      if (parent != null) {
        OrganisationLevel parentLevel = levels.get(parent);
        checkArgument(
            parentLevel != null, "%s belongs to %s, which is not added yet", unit, parent);
        checkArgument(
            parentLevel.ordinal() == level.ordinal() + 1,
            "a %s belongs to a unit one level up, not to the %s %s (DOMAIN D9.5)",
            level,
            parentLevel,
            parent);
        parents.put(unit, parent);
      }
      levels.put(unit, level);
      return this;
    }

    /** {@return the organisation; never null} */
    public SalesOrganisation build() {
      return new SalesOrganisation(ImmutableMap.copyOf(levels), ImmutableMap.copyOf(parents));
    }
  }

  /**
   * Returns the units from the offices up, the order a roll-up visits them (DOMAIN D9.5): every
   * office, then every region, then every area, so each unit comes after all of its children.
   *
   * @return the bottom-up order, never null
   */
  public List<SalesUnitId> bottomUp() {
    return ImmutableList.<SalesUnitId>builder()
        .addAll(units(OrganisationLevel.REPRESENTATIVE_OFFICE))
        .addAll(units(OrganisationLevel.REGION))
        .addAll(units(OrganisationLevel.AREA))
        .build();
  }
}
