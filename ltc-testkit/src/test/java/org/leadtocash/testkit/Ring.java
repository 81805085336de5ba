package org.leadtocash.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Picks one of a fixed set of members from a fuzzer's int by consistent hashing of a stable key
 * (issue 12 §6), so that a committed fuzz input keeps meaning the same member when others are
 * added: each member owns {@value #POINTS} points on the ring of ints, placed by a hash of its key
 * (for a method, {@code toGenericString()}), and an int picks the member of the first point at or
 * after it. Adding a member remaps only the arcs just before its own points (about one int in
 * {@code n + 1}); removing one remaps only its own arcs. Picking by the member's position in a
 * sorted list instead would remap every input after the insertion point.
 *
 * @param <T> the members
 */
final class Ring<T> {

  /** The points each member owns, which evens out the arcs' lengths. */
  private static final int POINTS = 64;

  private final NavigableMap<Integer, T> points;

  private Ring(NavigableMap<Integer, T> points) {
    this.points = points;
  }

  /**
   * Places members on a ring.
   *
   * @param members the members; not empty, with distinct keys
   * @param key each member's stable key
   * @param <T> the members
   * @return the ring
   */
  static <T> Ring<T> of(Collection<T> members, Function<? super T, String> key) {
    checkArgument(!members.isEmpty(), "a ring needs a member");
    NavigableMap<Integer, T> points = new TreeMap<>();
    for (T member : members) {
      String name = key.apply(member);
      for (int i = 0; i < POINTS; i++) {
        int point =
            Hashing.murmur3_32_fixed().hashString(name + "#" + i, StandardCharsets.UTF_8).asInt();
        // a collision of two points (rare) keeps the first, still a fixed choice
        points.putIfAbsent(point, member);
      }
    }
    return new Ring<>(points);
  }

  /**
   * Picks the member that owns an int.
   *
   * @param value any int, from the fuzzer
   * @return the member of the first point at or after {@code value}, wrapping round
   */
  T pick(int value) {
    Map.Entry<Integer, T> owner = points.ceilingEntry(value);
    return (owner != null ? owner : points.firstEntry()).getValue();
  }
}
