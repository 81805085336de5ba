package org.leadtocash.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The accumulator of a rate KPI: how many of a population count, out of how many (DOMAIN D12). An
 * immutable value; {@link #plus} is associative and {@link #NONE} is its identity.
 *
 * @param hits the members that count; not negative, at most {@code population}
 * @param population the members of the population; not negative
 */
public record Tally(long hits, long population) {

  /** No members. */
  public static final Tally NONE = new Tally(0, 0);

  /** One member that counts. */
  public static final Tally HIT = new Tally(1, 1);

  /** One member that does not count. */
  public static final Tally MISS = new Tally(0, 1);

  /**
   * Checks the counts.
   *
   * @param hits the members that count; not negative, at most {@code population}
   * @param population the members of the population; not negative
   * @throws IllegalArgumentException if a count is negative or the hits exceed the population
   */
  public Tally {
    checkArgument(population >= 0, "a population is not negative: %s", population);
    checkArgument(hits >= 0 && hits <= population, "hits are 0 to %s, not %s", population, hits);
  }

  /**
   * Returns {@link #HIT} or {@link #MISS}.
   *
   * @param counts whether the member counts
   * @return the tally of one member
   */
  public static Tally of(boolean counts) {
    return counts ? HIT : MISS;
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null
   * @return the sum, never null
   */
  public Tally plus(Tally other) {
    Objects.requireNonNull(other, "other");
    return new Tally(Math.addExact(hits, other.hits), Math.addExact(population, other.population));
  }

  /**
   * Takes out another tally that was added before.
   *
   * @param other the tally to take out; not null, part of this one
   * @return the difference, never null
   * @throws IllegalArgumentException if {@code other} is not part of this tally (a count would be
   *     negative, or hits exceed the population)
   */
  public Tally minus(Tally other) {
    Objects.requireNonNull(other, "other");
    return new Tally(
        Math.subtractExact(hits, other.hits), Math.subtractExact(population, other.population));
  }

  /** {@return hits over population; "no data" for an empty population; never null} */
  public Rate rate() {
    return population == 0 ? Rate.NO_DATA : Rate.of(hits, population);
  }
}
