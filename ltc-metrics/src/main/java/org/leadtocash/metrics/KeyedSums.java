package org.leadtocash.metrics;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from keys to sums that is cheap to add to: the state behind the accumulators
 * that group (DESIGN §3). It holds a settled map and a persistent list of the additions since,
 * which is folded into a new settled map once it is as long as the map; so an addition costs
 * amortised constant time and never copies the whole map. Two values are equal when their sums per
 * key are, however the additions are held.
 *
 * <p>The sum operator must be associative and commutative (money and counts are), so that the sums
 * do not depend on the order of the additions.
 *
 * @param <K> the keys
 * @param <V> the sums
 */
public final class KeyedSums<K, V> {

  /** The fewest recent additions that are folded; below it the list simply grows. */
  private static final int FOLD_AT = 32;

  private final ImmutableMap<K, V> settled;
  private final @Nullable Addition<K, V> recent;
  private final int recentCount;
  private final BinaryOperator<V> plus;

  private KeyedSums(
      ImmutableMap<K, V> settled,
      @Nullable Addition<K, V> recent,
      int recentCount,
      BinaryOperator<V> plus) {
    this.settled = settled;
    this.recent = recent;
    this.recentCount = recentCount;
    this.plus = plus;
  }

  /**
   * Returns no sums.
   *
   * @param plus adds two sums; associative and commutative; not null
   * @param <K> the keys
   * @param <V> the sums
   * @return the empty sums, never null
   */
  public static <K, V> KeyedSums<K, V> empty(BinaryOperator<V> plus) {
    return new KeyedSums<>(ImmutableMap.of(), null, 0, Objects.requireNonNull(plus, "plus"));
  }

  /** {@return whether no value was added} */
  public boolean isEmpty() {
    return recent == null && settled.isEmpty();
  }

  /**
   * Adds a value to a key's sum.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @return the new sums, never null
   */
  public KeyedSums<K, V> plus(K key, V value) {
    Addition<K, V> added =
        new Addition<>(
            Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), recent);
    int count = recentCount + 1;
    if (count >= Math.max(FOLD_AT, settled.size())) {
      return new KeyedSums<>(fold(settled, added), null, 0, plus);
    }
    return new KeyedSums<>(settled, added, count, plus);
  }

  /**
   * Adds every sum of another.
   *
   * @param other the other sums; not null
   * @return the sums of both, never null
   */
  public KeyedSums<K, V> plus(KeyedSums<K, V> other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Map<K, V> merged = new HashMap<>(asMap());
    other.asMap().forEach((key, value) -> merged.merge(key, value, plus));
    return new KeyedSums<>(ImmutableMap.copyOf(merged), null, 0, plus);
  }

  /** {@return the sum of every key; never null} */
  public ImmutableMap<K, V> asMap() {
    return recent == null ? settled : fold(settled, recent);
  }

  private ImmutableMap<K, V> fold(ImmutableMap<K, V> base, Addition<K, V> additions) {
    Map<K, V> sums = new HashMap<>(base);
    for (Addition<K, V> a = additions; a != null; a = a.previous) {
      sums.merge(a.key, a.value, plus);
    }
    return ImmutableMap.copyOf(sums);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KeyedSums<?, ?> that && asMap().equals(that.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** One addition, and those before it; a persistent list, newest first. */
  private static final class Addition<K, V> {
    private final K key;
    private final V value;
    private final @Nullable Addition<K, V> previous;

    Addition(K key, V value, @Nullable Addition<K, V> previous) {
      this.key = key;
      this.value = value;
      this.previous = previous;
    }
  }
}
