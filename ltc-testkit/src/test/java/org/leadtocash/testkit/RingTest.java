package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RingTest {

  private static final List<String> MEMBERS =
      IntStream.range(0, 300).mapToObj(i -> "Factory.of(int" + i + ")").toList();

  private static int[] ints() {
    Random random = new Random(12);
    return IntStream.range(0, 100_000).map(i -> random.nextInt()).toArray();
  }

  @Test
  @DisplayName("an added factory takes only its own small arc: every other input keeps its factory")
  void addingRemapsOnlyTheNewMembersArcs() {
    Ring<String> before = Ring.of(MEMBERS, Function.identity());
    List<String> more = new ArrayList<>(MEMBERS);
    more.add(150, "Added.of(java.lang.String)");
    Ring<String> after = Ring.of(more, Function.identity());

    int moved = 0;
    for (int value : ints()) {
      String was = before.pick(value);
      String is = after.pick(value);
      if (!was.equals(is)) {
        moved++;
        assertEquals("Added.of(java.lang.String)", is, "an input moved to an old factory");
      }
    }
    assertTrue(moved > 0, "the added factory is never picked");
    assertTrue(moved < 3 * 100_000 / more.size(), "moved " + moved + " of 100000 inputs");
  }

  @Test
  @DisplayName("every factory is picked, and the order members are given in does not matter")
  void everyMemberIsReachedWhateverTheOrder() {
    Ring<String> ring = Ring.of(MEMBERS, Function.identity());
    List<String> backwards = new ArrayList<>(MEMBERS);
    Collections.reverse(backwards);
    Ring<String> reversed = Ring.of(backwards, Function.identity());
    Set<String> picked = new HashSet<>();
    for (int value : ints()) {
      picked.add(ring.pick(value));
      assertEquals(ring.pick(value), reversed.pick(value));
    }
    assertEquals(Set.copyOf(MEMBERS), picked);
    assertEquals(MEMBERS.get(0), Ring.of(List.of(MEMBERS.get(0)), Function.identity()).pick(7));
  }
}
