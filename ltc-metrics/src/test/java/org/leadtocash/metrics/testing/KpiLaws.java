package org.leadtocash.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.leadtocash.metrics.Kpi;

/**
 * The laws every KPI keeps (DESIGN §3), for its jqwik properties: computing over the whole equals
 * merging the parts for any split and any merge order; {@code empty()} is the identity of {@code
 * merge}; the collector, sequential and parallel, gives the same result.
 */
public final class KpiLaws {

  private KpiLaws() {}

  /**
   * Checks every law for one list of records, split at the given cuts and merged in a shuffled
   * order.
   *
   * @param kpi the KPI
   * @param records the records
   * @param cuts where to split, as fractions of the size from 0 to 100, in any order
   * @param seed the seed of the merge order
   * @param <R> the records
   * @param <A> the accumulator
   * @param <V> the result
   */
  public static <R, A, V> void check(
      Kpi<R, A, V> kpi, List<R> records, List<Integer> cuts, long seed) {
    A whole = kpi.empty();
    for (R record : records) {
      whole = kpi.add(whole, record);
    }
    V expected = kpi.result(whole);

    List<A> parts = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    for (int cut : cuts) {
      points.add(Math.floorMod(cut, 101) * records.size() / 100);
    }
    Collections.sort(points);
    int from = 0;
    for (int to : points) {
      parts.add(accumulate(kpi, records.subList(from, to)));
      from = to;
    }
    parts.add(accumulate(kpi, records.subList(from, records.size())));
    Collections.shuffle(parts, new Random(seed));
    // merge in a random tree shape: repeatedly merge a random neighbouring pair
    Random random = new Random(seed + 1);
    while (parts.size() > 1) {
      int i = random.nextInt(parts.size() - 1);
      A merged = kpi.merge(parts.get(i), parts.get(i + 1));
      parts.set(i, merged);
      parts.remove(i + 1);
    }
    assertEquals(expected, kpi.result(parts.get(0)), "merging the parts equals the whole");
    assertEquals(whole, kpi.merge(kpi.empty(), whole), "empty() is a left identity of merge");
    assertEquals(whole, kpi.merge(whole, kpi.empty()), "empty() is a right identity of merge");
    assertEquals(expected, records.stream().collect(kpi.collector()), "the collector agrees");
    assertEquals(expected, records.parallelStream().collect(kpi.collector()), "in parallel too");
    assertEquals(expected, kpi.compute(records), "compute agrees");
  }

  private static <R, A, V> A accumulate(Kpi<R, A, V> kpi, List<R> records) {
    A accumulator = kpi.empty();
    for (R record : records) {
      accumulator = kpi.add(accumulator, record);
    }
    return accumulator;
  }
}
