package org.leadtocash.planning.expansion;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;

/**
 * The persistent search tree behind {@link ExpansionCards}: a treap of expansion cards by key
 * account, each node immutable, so that writing or removing one card copies only the nodes on its
 * path — O(log n) expected — and every earlier collection keeps its own tree (DOMAIN D10.3, D7.8;
 * issue 12 §5: 10 000 writes in near-linear time). Each card keeps the sequence number its account
 * was first added with, which gives the collection its order.
 */
final class AccountTree {

  private AccountTree() {}

  /** One immutable node: a card, its account's sequence number, and its subtrees. */
  static final class Node {
    final ExpansionCard card;
    final long sequence;
    final int priority;
    final @Nullable Node left;
    final @Nullable Node right;
    final int size;

    private Node(
        ExpansionCard card,
        long sequence,
        int priority,
        @Nullable Node left,
        @Nullable Node right) {
      this.card = card;
      this.sequence = sequence;
      this.priority = priority;
      this.left = left;
      this.right = right;
      this.size = 1 + size(left) + size(right);
    }

    private Node with(@Nullable Node newLeft, @Nullable Node newRight) {
      return new Node(card, sequence, priority, newLeft, newRight);
    }

    private int compareTo(CustomerId customer) {
      return card.customer().value().compareTo(customer.value());
    }
  }

  /** {@return how many cards the tree holds} */
  static int size(@Nullable Node node) {
    return node == null ? 0 : node.size;
  }

  /** {@return the card of an account, or null} */
  static @Nullable ExpansionCard get(@Nullable Node root, CustomerId customer) {
    Node node = root;
    while (node != null) {
      int c = node.compareTo(customer);
      if (c == 0) {
        return node.card;
      }
      node = c > 0 ? node.left : node.right;
    }
    return null;
  }

  /**
   * Returns the tree with the card set for its account: in place of the account's card, keeping its
   * sequence number, if there is one; else added with the sequence number given.
   */
  static Node put(@Nullable Node root, ExpansionCard card, long sequence) {
    return get(root, card.customer()) != null
        ? replace(present(root), card)
        : insert(root, new Node(card, sequence, priority(card.customer()), null, null));
  }

  /** {@return the tree without the account's card; the account has one} */
  static @Nullable Node remove(Node root, CustomerId customer) {
    int c = root.compareTo(customer);
    if (c > 0) {
      return root.with(remove(present(root.left), customer), root.right);
    } else if (c < 0) {
      return root.with(root.left, remove(present(root.right), customer));
    }
    return join(root.left, root.right);
  }

  /**
   * Returns the cards that pass a test, in the order their accounts were first added.
   *
   * @param root the tree
   * @param test which cards to keep
   * @return the cards, immutable
   */
  static List<ExpansionCard> inOrderAdded(@Nullable Node root, Predicate<ExpansionCard> test) {
    List<Node> kept = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    if (root != null) {
      pending.push(root);
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (test.test(node.card)) {
        kept.add(node);
      }
      if (node.left != null) {
        pending.push(node.left);
      }
      if (node.right != null) {
        pending.push(node.right);
      }
    }
    return kept.stream()
        .sorted(Comparator.comparingLong(node -> node.sequence))
        .map(node -> node.card)
        .collect(ImmutableList.toImmutableList());
  }

  private static Node replace(Node node, ExpansionCard card) {
    int c = node.compareTo(card.customer());
    if (c > 0) {
      return node.with(replace(present(node.left), card), node.right);
    } else if (c < 0) {
      return node.with(node.left, replace(present(node.right), card));
    }
    return new Node(card, node.sequence, node.priority, node.left, node.right);
  }

  /** Adds a fresh node where its priority puts it, splitting the subtree it takes the place of. */
  private static Node insert(@Nullable Node node, Node fresh) {
    if (node == null || fresh.priority > node.priority) {
      CustomerId customer = fresh.card.customer();
      return fresh.with(side(node, customer, true), side(node, customer, false));
    }
    return node.compareTo(fresh.card.customer()) > 0
        ? node.with(insert(node.left, fresh), node.right)
        : node.with(node.left, insert(node.right, fresh));
  }

  /** {@return the part of a subtree whose accounts sort before ({@code below}) or after one} */
  private static @Nullable Node side(@Nullable Node node, CustomerId customer, boolean below) {
    if (node == null) {
      return null;
    }
    boolean nodeBelow = node.compareTo(customer) < 0;
    if (nodeBelow != below) {
      return side(below ? node.left : node.right, customer, below);
    }
    return below
        ? node.with(node.left, side(node.right, customer, true))
        : node.with(side(node.left, customer, false), node.right);
  }

  /** {@return one tree of two, every account of {@code a} sorting before those of {@code b}} */
  private static @Nullable Node join(@Nullable Node a, @Nullable Node b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.priority > b.priority
        ? a.with(a.left, join(a.right, b))
        : b.with(join(a, b.left), b.right);
  }

  private static Node present(@Nullable Node node) {
    if (node == null) {
      throw new AssertionError("the account's card is in the tree");
    }
    return node;
  }

  /** A fixed, well-mixed priority per account (MurmurHash3's finaliser over the id's hash). */
  private static int priority(CustomerId customer) {
    int h = customer.value().hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
