package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape of the tree behind the per-customer KPIs (DOMAIN D12): priorities are MurmurHash3's
 * finaliser of the key's hash, ties go to the smaller key, so the shape depends on the keys only.
 */
class SumTreeShapeTest {

  private static SumTree<Integer, Long> byValue() {
    return SumTree.empty(Comparator.naturalOrder(), (Integer k) -> k, Long::sum);
  }

  /** Every key has the same priority: the tie rule alone decides the shape. */
  private static SumTree<Integer, Long> allTied() {
    return SumTree.empty(Comparator.naturalOrder(), (Integer k) -> 0, Long::sum);
  }

  @Test
  @DisplayName(
      "DOMAIN D12: the priority is MurmurHash3's fmix32 of the hash (its published values)")
  void spreadIsFmix32() {
    assertEquals(0, SumTree.spread(0));
    assertEquals(0x514e28b7, SumTree.spread(1));
    assertEquals(0x30f4c306, SumTree.spread(2));
    assertEquals(0x087fcd5c, SumTree.spread(42));
    assertEquals(0x81f16f39, SumTree.spread(-1));
    assertEquals(0xe37cd1bc, SumTree.spread(0x12345678));
  }

  @Test
  @DisplayName("DOMAIN D12: with all priorities tied the smaller key is on top, whatever the order")
  void tiesGoToTheSmallerKey() {
    for (List<Integer> order :
        List.of(
            List.of(1, 2, 3, 4),
            List.of(4, 3, 2, 1),
            List.of(1, 3, 2, 4),
            List.of(3, 1, 4, 2),
            List.of(2, 4, 1, 3))) {
      SumTree<Integer, Long> tree = allTied();
      for (int key : order) {
        tree = tree.plus(key, (long) key);
      }
      assertEquals(4, tree.depth(), "a chain in key order, added as " + order);
      assertEquals("{1=1, 2=2, 3=3, 4=4}", tree.toString());
    }
    SumTree<Integer, Long> odd = allTied().plus(3, 3L).plus(1, 1L);
    SumTree<Integer, Long> even = allTied().plus(4, 4L).plus(2, 2L);
    assertEquals(4, odd.plus(even).depth(), "a merge keeps the tie rule");
    assertEquals(4, even.plus(odd).depth(), "from either side");
  }

  @Test
  @DisplayName("DOMAIN D12: 65,536 keys in order lie between depth 17 (balanced) and 64")
  void depthIsCountedAndBounded() {
    SumTree<Integer, Long> tree = byValue();
    assertTrue(tree.isEmpty());
    assertEquals(0, tree.depth());
    tree = tree.plus(7, 1L);
    assertFalse(tree.isEmpty());
    assertEquals(1, tree.depth());
    for (int i = 0; i < 65_536; i++) {
      tree = tree.plus(i, 1L);
    }
    assertEquals(65_536, tree.size());
    assertTrue(tree.depth() >= 17, "no binary tree of 65,536 keys is shallower than 17");
    assertTrue(tree.depth() <= 64, "depth " + tree.depth());
    assertEquals(Optional.of(2L), tree.value(7));
  }

  @Test
  @DisplayName("DOMAIN D12: a key below, between or above the ones held has no value")
  void lookups() {
    SumTree<Integer, Long> tree = byValue();
    for (int key = 10; key <= 100; key += 10) {
      tree = tree.plus(key, key + 1L);
    }
    for (int key = 10; key <= 100; key += 10) {
      assertEquals(Optional.of(key + 1L), tree.value(key));
    }
    assertEquals(Optional.empty(), tree.value(5));
    assertEquals(Optional.empty(), tree.value(55));
    assertEquals(Optional.empty(), tree.value(105));
    assertEquals(tree.toMap().hashCode(), tree.hashCode());
    assertTrue(tree.hashCode() != 0, "the entries' hash, not a constant");
  }
}
