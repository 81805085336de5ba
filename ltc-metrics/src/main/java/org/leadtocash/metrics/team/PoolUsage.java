package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;

/**
 * The hours of the shared resource pools per level (DOMAIN D4.4) — the representative office's
 * resource centre, the region's and the global pool — with each level's utilisation and
 * chargeability and those of all pools together. Both the accumulator and the result of {@link
 * PoolUtilisation}: an immutable value; {@link #plus(PoolUsage)} is associative and commutative,
 * and {@link #NONE} is its identity.
 *
 * @param levels the hours of each pool level, exactly the three levels that keep pools; not null
 */
public record PoolUsage(Map<OrganisationLevel, PoolHours> levels) {

  /** The levels that keep resource pools (D4.4), in search order. */
  public static final Set<OrganisationLevel> POOL_LEVELS =
      Sets.immutableEnumSet(
          OrganisationLevel.REPRESENTATIVE_OFFICE,
          OrganisationLevel.REGION,
          OrganisationLevel.HEADQUARTERS);

  /** No hours in any pool. */
  public static final PoolUsage NONE =
      new PoolUsage(Maps.immutableEnumMap(Maps.asMap(POOL_LEVELS, level -> PoolHours.NONE)));

  /**
   * Checks and copies the levels.
   *
   * @param levels the hours of each pool level, exactly the three levels that keep pools; not null
   * @throws IllegalArgumentException unless the levels are exactly the three pool levels
   */
  public PoolUsage {
    Objects.requireNonNull(levels, "levels");
    levels = Maps.immutableEnumMap(levels);
    checkArgument(
        levels.keySet().equals(POOL_LEVELS),
        "pool usage is kept for the levels %s, not %s (DOMAIN D4.4)",
        POOL_LEVELS,
        levels.keySet());
  }

  /**
   * Returns the usage of one time-sheet entry.
   *
   * @param entry the entry; not null
   * @return its hours at its pool's level, nothing elsewhere; never null
   */
  public static PoolUsage of(PoolTimeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Map<OrganisationLevel, PoolHours> levels = new EnumMap<>(NONE.levels);
    levels.put(entry.pool(), entry.hours());
    return new PoolUsage(levels);
  }

  /**
   * Adds other usage, level by level.
   *
   * @param other the other usage; not null
   * @return the sum, never null
   */
  public PoolUsage plus(PoolUsage other) {
    Objects.requireNonNull(other, "other");
    Map<OrganisationLevel, PoolHours> sum = new EnumMap<>(OrganisationLevel.class);
    for (OrganisationLevel level : POOL_LEVELS) {
      sum.put(level, hours(level).plus(other.hours(level)));
    }
    return new PoolUsage(sum);
  }

  /**
   * Returns the hours of one pool level.
   *
   * @param level the level; not null, one that keeps pools
   * @return its hours, never null
   * @throws IllegalArgumentException if the level keeps no pools
   */
  public PoolHours hours(OrganisationLevel level) {
    Objects.requireNonNull(level, "level");
    PoolHours hours = levels.get(level);
    checkArgument(
        hours != null,
        "resource pools are kept by a representative office, a region or headquarters, not at %s"
            + " (DOMAIN D4.4)",
        level);
    return hours;
  }

  /** {@return the hours of all pools together; never null} */
  public PoolHours total() {
    return levels.values().stream().reduce(PoolHours.NONE, PoolHours::plus);
  }

  /**
   * Returns a pool level's utilisation: hours assigned to projects / hours available.
   *
   * @param level the level; not null, one that keeps pools
   * @return the rate, "no data" without hours; never null
   */
  public Rate utilisation(OrganisationLevel level) {
    return hours(level).utilisation();
  }

  /**
   * Returns a pool level's chargeability: hours charged to projects / hours available.
   *
   * @param level the level; not null, one that keeps pools
   * @return the rate, "no data" without hours; never null
   */
  public Rate chargeability(OrganisationLevel level) {
    return hours(level).chargeability();
  }

  /** {@return the utilisation of all pools together; never null} */
  public Rate utilisation() {
    return total().utilisation();
  }

  /** {@return the chargeability of all pools together; never null} */
  public Rate chargeability() {
    return total().chargeability();
  }

  /**
   * {@return the levels with hours, e.g. {@code REGION: assigned 75.0% (30 of 40 h), charged 62.5%
   * (25 of 40 h)}}
   */
  @Override
  public String toString() {
    Set<OrganisationLevel> used =
        levels.entrySet().stream()
            .filter(e -> e.getValue().available().signum() > 0)
            .map(Map.Entry::getKey)
            .collect(ImmutableSet.toImmutableSet());
    return used.isEmpty()
        ? "no pool hours"
        : used.stream()
            .map(level -> level + ": " + levels.get(level))
            .collect(Collectors.joining("; "));
  }
}
