package org.leadtocash.metrics;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted map whose values add up: adding a key that is present adds the values. The
 * accumulator behind the KPIs that must keep one line per customer or per employee (DOMAIN D12).
 *
 * <p>It is a treap whose priorities are a fixed function of the keys (ties broken by key order), so
 * its shape depends only on the keys it holds — never on the order they were added or on how the
 * parts were merged — and two maps with the same contents are the same tree. Costs, expected:
 * adding one entry O(log n); merging maps of m and n entries, m ≤ n, O(m log(n/m + 1)); memory one
 * node per key, and every version shares the nodes it did not change with its parent.
 *
 * <p>The value operator must be associative and commutative (money sums are), so that the order in
 * which parts are merged cannot change a value. Equality compares the entries only.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class SumTree<K, V> {

  private final Comparator<? super K> order;
  private final ToIntFunction<? super K> hash;
  private final BinaryOperator<V> plus;
  private final @Nullable Node<K, V> root;

  private SumTree(
      Comparator<? super K> order,
      ToIntFunction<? super K> hash,
      BinaryOperator<V> plus,
      @Nullable Node<K, V> root) {
    this.order = order;
    this.hash = hash;
    this.plus = plus;
    this.root = root;
  }

  /**
   * Returns the empty map.
   *
   * @param order the order of the keys, consistent with their equality; not null
   * @param hash a hash of the keys, consistent with the order's equality; not null
   * @param plus adds two values; associative and commutative; not null
   * @param <K> the keys
   * @param <V> the values
   * @return the empty map, never null
   */
  public static <K, V> SumTree<K, V> empty(
      Comparator<? super K> order, ToIntFunction<? super K> hash, BinaryOperator<V> plus) {
    return new SumTree<>(
        Objects.requireNonNull(order, "order"),
        Objects.requireNonNull(hash, "hash"),
        Objects.requireNonNull(plus, "plus"),
        null);
  }

  /** {@return how many keys the map holds} */
  public int size() {
    return size(root);
  }

  /** {@return the number of nodes on the longest path from the root: 0 for the empty map} */
  public int depth() {
    return depth(root);
  }

  /** {@return whether the map holds no key} */
  public boolean isEmpty() {
    return root == null;
  }

  /**
   * Returns the map with a value added to a key's.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @return the new map, never null
   */
  public SumTree<K, V> plus(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return with(insert(root, new Node<>(key, priority(key), value, null, null)));
  }

  /**
   * Returns the map of both maps' entries, the values of a key in both added.
   *
   * @param other the other map, with the same order, hash and operator; not null
   * @return the merged map, never null
   */
  public SumTree<K, V> plus(SumTree<K, V> other) {
    Objects.requireNonNull(other, "other");
    if (other.root == null) {
      return this;
    }
    if (root == null) {
      return other;
    }
    return with(union(root, other.root));
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key; not null
   * @return its value, or empty if the map does not hold it; never null
   */
  public Optional<V> value(K key) {
    Objects.requireNonNull(key, "key");
    Node<K, V> node = root;
    while (node != null) {
      int c = order.compare(key, node.key);
      if (c == 0) {
        return Optional.of(node.value);
      }
      node = c < 0 ? node.left : node.right;
    }
    return Optional.empty();
  }

  /**
   * Passes every entry to an action, in key order.
   *
   * @param action the action; not null
   */
  public void forEach(BiConsumer<? super K, ? super V> action) {
    Objects.requireNonNull(action, "action");
    walk(root, action);
  }

  /** {@return the entries as an immutable map in key order; never null} */
  public ImmutableMap<K, V> toMap() {
    ImmutableMap.Builder<K, V> entries = ImmutableMap.builderWithExpectedSize(size());
    forEach(entries::put);
    return entries.buildOrThrow();
  }

  /** {@return whether the other object is a sum tree with equal entries, in the same order} */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SumTree<?, ?> that
        && size() == that.size()
        && toMap().entrySet().asList().equals(that.toMap().entrySet().asList());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  /** {@return the entries, e.g. {@code {CU-1=100.00, CU-2=5.00}}} */
  @Override
  public String toString() {
    return toMap().toString();
  }

  /**
   * Spreads a hash code over all bits (the finaliser of MurmurHash3), so that priorities are well
   * mixed even for keys with similar hash codes.
   *
   * @param h a hash code
   * @return the mixed hash
   */
  static int spread(int h) {
    int x = h;
    x ^= x >>> 16;
    x *= 0x85ebca6b;
    x ^= x >>> 13;
    x *= 0xc2b2ae35;
    x ^= x >>> 16;
    return x;
  }

  private int priority(K key) {
    return spread(hash.applyAsInt(key));
  }

  private SumTree<K, V> with(@Nullable Node<K, V> newRoot) {
    return new SumTree<>(order, hash, plus, newRoot);
  }

  /** Whether node a sits above node b in the canonical treap: higher priority, ties by key. */
  private boolean outranks(Node<K, V> a, Node<K, V> b) {
    return a.priority > b.priority || (a.priority == b.priority && order.compare(a.key, b.key) < 0);
  }

  private Node<K, V> insert(@Nullable Node<K, V> tree, Node<K, V> leaf) {
    if (tree == null) {
      return leaf;
    }
    int c = order.compare(leaf.key, tree.key);
    if (c == 0) {
      return new Node<>(
          tree.key, tree.priority, plus.apply(tree.value, leaf.value), tree.left, tree.right);
    }
    if (c < 0) {
      Node<K, V> left = insert(tree.left, leaf);
      if (outranks(left, tree)) {
        Node<K, V> down = new Node<>(tree.key, tree.priority, tree.value, left.right, tree.right);
        return new Node<>(left.key, left.priority, left.value, left.left, down);
      }
      return new Node<>(tree.key, tree.priority, tree.value, left, tree.right);
    }
    Node<K, V> right = insert(tree.right, leaf);
    if (outranks(right, tree)) {
      Node<K, V> down = new Node<>(tree.key, tree.priority, tree.value, tree.left, right.left);
      return new Node<>(right.key, right.priority, right.value, down, right.right);
    }
    return new Node<>(tree.key, tree.priority, tree.value, tree.left, right);
  }

  private @Nullable Node<K, V> union(@Nullable Node<K, V> a, @Nullable Node<K, V> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Node<K, V> top = a;
    Node<K, V> other = b;
    if (outranks(b, a)) {
      top = b;
      other = a;
    }
    Parts<K, V> parts = split(other, top.key);
    V value = parts.match == null ? top.value : plus.apply(top.value, parts.match.value);
    return new Node<>(
        top.key, top.priority, value, union(top.left, parts.less), union(top.right, parts.greater));
  }

  private Parts<K, V> split(@Nullable Node<K, V> tree, K key) {
    if (tree == null) {
      return new Parts<>(null, null, null);
    }
    int c = order.compare(key, tree.key);
    if (c == 0) {
      return new Parts<>(tree.left, tree, tree.right);
    }
    if (c < 0) {
      Parts<K, V> below = split(tree.left, key);
      return new Parts<>(
          below.less,
          below.match,
          new Node<>(tree.key, tree.priority, tree.value, below.greater, tree.right));
    }
    Parts<K, V> below = split(tree.right, key);
    return new Parts<>(
        new Node<>(tree.key, tree.priority, tree.value, tree.left, below.less),
        below.match,
        below.greater);
  }

  private static <K, V> void walk(
      @Nullable Node<K, V> node, BiConsumer<? super K, ? super V> action) {
    if (node != null) {
      walk(node.left, action);
      action.accept(node.key, node.value);
      walk(node.right, action);
    }
  }

  private static int depth(@Nullable Node<?, ?> node) {
    return node == null ? 0 : 1 + Math.max(depth(node.left), depth(node.right));
  }

  private static int size(@Nullable Node<?, ?> node) {
    return node == null ? 0 : node.size;
  }

  /** One key of the treap with its summed value. */
  private static final class Node<K, V> {
    private final K key;
    private final int priority;
    private final V value;
    private final @Nullable Node<K, V> left;
    private final @Nullable Node<K, V> right;
    private final int size;

    private Node(
        K key, int priority, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.priority = priority;
      this.value = value;
      this.left = left;
      this.right = right;
      this.size = 1 + size(left) + size(right);
    }
  }

  /** A tree split at a key: the keys below it, its own node if present, the keys above it. */
  private record Parts<K, V>(
      @Nullable Node<K, V> less, @Nullable Node<K, V> match, @Nullable Node<K, V> greater) {}
}
