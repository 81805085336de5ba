package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The keyed sums behind the grouping accumulators: a value, whatever the order of additions. */
class KeyedSumsProperties {

  @Property(tries = 100)
  void sumsAgreeWithAHashMapInAnyOrderAndSplit(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 60) Integer> keys,
      @ForAll @IntRange(min = 0, max = 300) int split) {
    Map<Integer, Long> expected = new HashMap<>();
    KeyedSums<Integer, Long> forward = KeyedSums.empty(Long::sum);
    for (int i = 0; i < keys.size(); i++) {
      expected.merge(keys.get(i), (long) i, Long::sum);
      forward = forward.plus(keys.get(i), (long) i);
    }
    KeyedSums<Integer, Long> left = KeyedSums.empty(Long::sum);
    KeyedSums<Integer, Long> right = KeyedSums.empty(Long::sum);
    for (int i = keys.size() - 1; i >= 0; i--) {
      if (i < split) {
        left = left.plus(keys.get(i), (long) i);
      } else {
        right = right.plus(keys.get(i), (long) i);
      }
    }
    KeyedSums<Integer, Long> merged = right.plus(left);
    assertEquals(expected, forward.asMap());
    assertEquals(expected, merged.asMap());
    assertEquals(forward, merged);
    assertEquals(forward.hashCode(), merged.hashCode());
    assertEquals(keys.isEmpty(), forward.isEmpty());
    assertEquals(forward, forward.plus(KeyedSums.empty(Long::sum)));
    assertEquals(forward, KeyedSums.<Integer, Long>empty(Long::sum).plus(forward));
  }
}
