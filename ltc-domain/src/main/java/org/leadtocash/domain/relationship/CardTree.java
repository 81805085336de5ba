package org.leadtocash.domain.relationship;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.PersonId;

/**
 * The persistent search tree behind {@link RelationshipCards}: a treap of cards by person, each
 * node immutable, so that adding, replacing or removing one card copies only the path to it — O(log
 * n) expected — and every earlier collection keeps its own tree (DOMAIN D7.8; issue 12 §5: 10 000
 * writes in near-linear time). Each card keeps the sequence number it was first added with, which
 * gives the collection its order.
 */
final class CardTree {

  private CardTree() {}

  /** One immutable node: a card, its sequence number, and its subtrees. */
  static final class Node {
    final PersonId person;
    final RelationshipCard card;
    final long sequence;
    final int priority;
    final @Nullable Node left;
    final @Nullable Node right;
    final int size;

    Node(
        PersonId person,
        RelationshipCard card,
        long sequence,
        int priority,
        @Nullable Node left,
        @Nullable Node right) {
      this.person = person;
      this.card = card;
      this.sequence = sequence;
      this.priority = priority;
      this.left = left;
      this.right = right;
      this.size = 1 + size(left) + size(right);
    }

    private Node withChildren(@Nullable Node newLeft, @Nullable Node newRight) {
      return new Node(person, card, sequence, priority, newLeft, newRight);
    }
  }

  /** {@return how many cards the tree holds} */
  static int size(@Nullable Node node) {
    return node == null ? 0 : node.size;
  }

  /** {@return the node of a person, or null} */
  static @Nullable Node get(@Nullable Node root, PersonId person) {
    Node node = root;
    while (node != null) {
      int c = compare(person, node.person);
      if (c == 0) {
        return node;
      }
      node = c < 0 ? node.left : node.right;
    }
    return null;
  }

  /**
   * Returns the tree with a card set for its person: replacing the person's card in place (keeping
   * its sequence number) if there is one, else adding it with the sequence number given.
   */
  static Node put(@Nullable Node root, RelationshipCard card, long sequence) {
    PersonId person = card.person();
    if (get(root, person) != null) {
      return replace(present(root), person, card);
    }
    return insert(root, new Node(person, card, sequence, priority(person), null, null));
  }

  /** {@return the tree without the person's card; the person has one} */
  static @Nullable Node remove(Node root, PersonId person) {
    int c = compare(person, root.person);
    if (c < 0) {
      return root.withChildren(remove(present(root.left), person), root.right);
    } else if (c > 0) {
      return root.withChildren(root.left, remove(present(root.right), person));
    }
    return merge(root.left, root.right);
  }

  /** Visits every node, in no particular order, without recursion. */
  static void forEach(@Nullable Node root, Consumer<Node> action) {
    Deque<Node> pending = new ArrayDeque<>();
    if (root != null) {
      pending.push(root);
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      action.accept(node);
      if (node.left != null) {
        pending.push(node.left);
      }
      if (node.right != null) {
        pending.push(node.right);
      }
    }
  }

  private static Node replace(Node node, PersonId person, RelationshipCard card) {
    int c = compare(person, node.person);
    if (c < 0) {
      return node.withChildren(replace(present(node.left), person, card), node.right);
    } else if (c > 0) {
      return node.withChildren(node.left, replace(present(node.right), person, card));
    }
    return new Node(person, card, node.sequence, node.priority, node.left, node.right);
  }

  private static Node insert(@Nullable Node node, Node fresh) {
    if (node == null) {
      return fresh;
    }
    if (compare(fresh.person, node.person) < 0) {
      Node left = insert(node.left, fresh);
      Node next = node.withChildren(left, node.right);
      return left.priority > next.priority ? rotateRight(next, left) : next;
    }
    Node right = insert(node.right, fresh);
    Node next = node.withChildren(node.left, right);
    return right.priority > next.priority ? rotateLeft(next, right) : next;
  }

  private static Node rotateRight(Node node, Node left) {
    return left.withChildren(left.left, node.withChildren(left.right, node.right));
  }

  private static Node rotateLeft(Node node, Node right) {
    return right.withChildren(node.withChildren(node.left, right.left), right.right);
  }

  private static @Nullable Node merge(@Nullable Node a, @Nullable Node b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.priority > b.priority) {
      return a.withChildren(a.left, merge(a.right, b));
    }
    return b.withChildren(merge(a, b.left), b.right);
  }

  private static Node present(@Nullable Node node) {
    if (node == null) {
      throw new AssertionError("the person's card is in the tree");
    }
    return node;
  }

  private static int compare(PersonId a, PersonId b) {
    return a.value().compareTo(b.value());
  }

  /** A fixed, well-mixed priority per person (MurmurHash3's finaliser over the id's hash). */
  private static int priority(PersonId person) {
    int h = person.value().hashCode() ^ person.value().length();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
