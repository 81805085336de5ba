package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The persistent tree behind {@link CustomerValues} stays shallow, so adding stays cheap. */
class SumTreeTest {

  private static SumTree<Integer, Long> empty() {
    return SumTree.empty(Comparator.naturalOrder(), (Integer k) -> k, Long::sum);
  }

  @Test
  @DisplayName(
      "keys added in order, the worst case of a plain search tree, still give a shallow tree")
  void staysShallow() {
    SumTree<Integer, Long> tree = empty();
    for (int i = 0; i < 65_536; i++) {
      tree = tree.plus(i, 1L);
    }
    assertEquals(65_536, tree.size());
    // a balanced tree has depth 16; a random treap's expected depth is about 2.99 ln n ≈ 33
    assertTrue(tree.depth() <= 64, "depth " + tree.depth());
  }

  @Test
  @DisplayName("merging halves gives the same tree as adding one by one")
  void mergeGivesTheSameTree() {
    SumTree<Integer, Long> all = empty();
    SumTree<Integer, Long> odd = empty();
    SumTree<Integer, Long> even = empty();
    for (int i = 0; i < 1_000; i++) {
      all = all.plus(i, (long) i);
      if (i % 2 == 0) {
        even = even.plus(i, (long) i);
      } else {
        odd = odd.plus(i, (long) i);
      }
    }
    SumTree<Integer, Long> merged = odd.plus(even);
    assertEquals(all, merged);
    assertEquals(all.depth(), merged.depth(), "the shape depends on the keys only");
    assertEquals(0, empty().depth());
    assertTrue(empty().isEmpty());
    assertEquals("{1=3, 2=2}", empty().plus(2, 2L).plus(1, 1L).plus(1, 2L).toString());
  }
}
