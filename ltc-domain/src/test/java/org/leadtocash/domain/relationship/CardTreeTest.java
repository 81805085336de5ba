package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.PersonId;

/**
 * The persistent tree behind {@link RelationshipCards} (DOMAIN D7.8; issue 12 §5) keeps the shape
 * that makes each write O(log n): a search tree by person, a heap by each person's fixed priority,
 * and so a depth near log n even when the cards arrive in id order, the worst order for a plain
 * search tree. The collection's tests see only its answers; these see the shape.
 */
class CardTreeTest {

  private static final int N = 10_000;

  /**
   * A generous bound on the depth of a treap of 10 000 nodes, three times log2 n (the tree of the
   * cards P-00000 to P-09999 is 29 deep); a plain search tree fed in id order would be a list,
   * 10 000 deep.
   */
  private static final int DEPTH_BOUND = 40;

  private static PersonId person(int i) {
    return PersonId.of(String.format("P-%05d", i));
  }

  /**
   * Checks every invariant of the subtree: persons strictly between the bounds, in search order;
   * no child above its parent's priority; sizes counted. {@return the subtree's depth}
   */
  private static int checkedDepth(
      CardTree.@Nullable Node node, @Nullable String above, @Nullable String below) {
    if (node == null) {
      return 0;
    }
    String value = node.person.value();
    assertTrue(above == null || value.compareTo(above) > 0, () -> value + " after " + above);
    assertTrue(below == null || value.compareTo(below) < 0, () -> value + " before " + below);
    for (CardTree.Node child : new CardTree.Node[] {node.left, node.right}) {
      if (child != null) {
        assertTrue(
            child.priority <= node.priority,
            () -> child.person + " is above its parent " + node.person + " in priority");
      }
    }
    assertEquals(1 + CardTree.size(node.left) + CardTree.size(node.right), node.size, value);
    return 1 + Math.max(checkedDepth(node.left, above, value), checkedDepth(node.right, value, below));
  }

  @Test
  @DisplayName(
      "issue 12 §5, DOMAIN D7.8: 10 000 cards added in id order make a search tree ordered by"
          + " priority, no deeper than 40")
  void balancedWhenAddedInOrder() {
    CardTree.@Nullable Node tree = null;
    for (int i = 0; i < N; i++) {
      tree = CardTree.put(tree, card(person(i), WANG), i);
    }
    assertEquals(N, CardTree.size(tree));
    int depth = checkedDepth(tree, null, null);
    assertTrue(depth <= DEPTH_BOUND, "depth " + depth);
    for (int i = 0; i < N; i += 997) {
      CardTree.Node node = CardTree.get(tree, person(i));
      assertEquals(person(i), node == null ? null : node.person);
      assertEquals(i, node == null ? -1 : node.sequence);
    }
    assertNull(CardTree.get(tree, PersonId.of("P-99999")));
  }

  @Test
  @DisplayName(
      "issue 12 §5, DOMAIN D7.8: the same 10 000 cards added backwards, or scattered, make a tree"
          + " as well ordered and as shallow")
  void balancedInAnyOrder() {
    CardTree.@Nullable Node backwards = null;
    CardTree.@Nullable Node scattered = null;
    for (int i = 0; i < N; i++) {
      backwards = CardTree.put(backwards, card(person(N - 1 - i), WANG), i);
      scattered = CardTree.put(scattered, card(person(i * 7_919 % N), WANG), i);
    }
    for (CardTree.@Nullable Node tree : Arrays.asList(backwards, scattered)) {
      assertEquals(N, CardTree.size(tree));
      int depth = checkedDepth(tree, null, null);
      assertTrue(depth <= DEPTH_BOUND, "depth " + depth);
    }
    CardTree.Node last = CardTree.get(backwards, person(0));
    assertEquals(N - 1, last == null ? -1 : last.sequence, "P-00000 came last");
  }

  @Test
  @DisplayName(
      "issue 12 §5, DOMAIN D7.8: replacing and removing cards keeps the order, the priorities and"
          + " the depth, and leaves the earlier tree as it was")
  void balancedAfterReplacingAndRemoving() {
    CardTree.@Nullable Node tree = null;
    for (int i = 0; i < N; i++) {
      tree = CardTree.put(tree, card(person(i), WANG), i);
    }
    CardTree.Node full = tree;
    for (int i = 0; i < N; i += 3) {
      tree = CardTree.put(tree, card(person(i), LI), N + i);
    }
    CardTree.Node replaced = CardTree.get(tree, person(3));
    assertEquals(LI, replaced == null ? null : replaced.card.owner());
    assertEquals(3, replaced == null ? -1 : replaced.sequence, "a replaced card keeps its place");
    for (int i = 0; i < N; i += 2) {
      tree = CardTree.remove(Objects.requireNonNull(tree), person(i));
    }
    assertEquals(N / 2, CardTree.size(tree));
    int depth = checkedDepth(tree, null, null);
    assertTrue(depth <= DEPTH_BOUND, "depth " + depth);
    List<String> left = new ArrayList<>();
    CardTree.forEach(tree, node -> left.add(node.person.value()));
    assertEquals(N / 2, left.size());
    assertTrue(left.stream().allMatch(p -> Integer.parseInt(p.substring(2)) % 2 == 1), "odd only");
    assertEquals(N, CardTree.size(full));
    assertTrue(checkedDepth(full, null, null) <= DEPTH_BOUND, "the earlier tree keeps its shape");
    CardTree.Node kept = CardTree.get(full, person(3));
    assertEquals(WANG, kept == null ? null : kept.card.owner(), "the earlier tree keeps its card");
  }
}
