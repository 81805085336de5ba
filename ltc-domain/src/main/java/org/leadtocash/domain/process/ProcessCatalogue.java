package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Streams;
import com.google.common.graph.Graph;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.Traverser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.KpiId;

/**
 * A process tree: the cards of one L1 process category and of every process below it (DOMAIN D1.1,
 * D1.3), such as the {@linkplain LtcCatalogue#standard() LTC catalogue} (D1.5).
 *
 * <p>True of every catalogue: card ids are distinct; there is exactly one L1 card, the {@link
 * #root()}; every other card's parent is in the catalogue, one level up, and lists the card among
 * its children; every child a card lists is in the catalogue and names that card as its parent.
 * Cards are kept in tree order (each card before its children, children in the order their parent
 * lists them). Two catalogues are equal when they hold equal cards.
 */
public final class ProcessCatalogue {

  private final ImmutableMap<ProcessId, ProcessCard> cards;

  private ProcessCatalogue(ImmutableMap<ProcessId, ProcessCard> cards) {
    this.cards = cards;
  }

  /**
   * Returns the catalogue of the given cards, checked to form one process tree.
   *
   * @param cards every card of the tree, in any order; not null, not empty
   * @return the catalogue, never null
   * @throws IllegalArgumentException if the cards do not form one tree as described above
   */
  public static ProcessCatalogue of(Iterable<ProcessCard> cards) {
    Objects.requireNonNull(cards, "cards");
    Map<ProcessId, ProcessCard> byId = new LinkedHashMap<>();
    for (ProcessCard card : cards) {
      checkArgument(
          byId.put(card.id(), card) == null,
          "process %s appears twice in the catalogue (DOMAIN D1.1)",
          card.id());
    }
    List<ProcessCard> roots =
        byId.values().stream().filter(c -> c.level() == ProcessLevel.L1).toList();
    checkArgument(
        roots.size() == 1,
        "a process catalogue has exactly one L1 process category, not %s (DOMAIN D1.1)",
        roots.stream().map(ProcessCard::id).toList());
    for (ProcessCard card : byId.values()) {
      card.parent()
          .ifPresent(
              parentId -> {
                ProcessCard parent = byId.get(parentId);
                checkArgument(
                    parent != null,
                    "the parent %s of %s is not in the catalogue (DOMAIN D1.1)",
                    parentId,
                    card.id());
                checkArgument(
                    parent.level().below().equals(Optional.of(card.level())),
                    "%s at %s sits under %s at %s: a child is one level below its parent"
                        + " (DOMAIN D1.1)",
                    card.id(),
                    card.level().name(),
                    parentId,
                    parent.level().name());
                checkArgument(
                    parent.children().contains(card.id()),
                    "the parent %s does not list %s among its child processes (DOMAIN D1.3)",
                    parentId,
                    card.id());
              });
      for (ProcessId childId : card.children()) {
        ProcessCard child = byId.get(childId);
        checkArgument(
            child != null,
            "the child process %s of %s is not in the catalogue (DOMAIN D1.3)",
            childId,
            card.id());
        checkArgument(
            child.parent().equals(Optional.of(card.id())),
            "%s lists %s as a child, but its parent is %s (DOMAIN D1.3)",
            card.id(),
            childId,
            child.parent().map(ProcessId::toString).orElse("none"));
      }
    }
    ImmutableMap.Builder<ProcessId, ProcessCard> ordered = ImmutableMap.builder();
    for (ProcessId id : tree(byId).depthFirstPreOrder(roots.get(0).id())) {
      ordered.put(id, Objects.requireNonNull(byId.get(id)));
    }
    return new ProcessCatalogue(ordered.buildOrThrow());
  }

  private static Traverser<ProcessId> tree(Map<ProcessId, ProcessCard> byId) {
    return Traverser.forTree(
        id -> Objects.requireNonNull(byId.get(id), "a checked tree has every card").children());
  }

  /** {@return the L1 process category at the top of the tree; never null} */
  public ProcessCard root() {
    return cards.values().iterator().next();
  }

  /** {@return every card, in tree order; never null, never empty} */
  public List<ProcessCard> cards() {
    return cards.values().asList();
  }

  /** {@return how many processes the catalogue holds, at every level} */
  public int size() {
    return cards.size();
  }

  /**
   * Returns whether the catalogue holds a process.
   *
   * @param process the process; not null
   * @return whether it is in the catalogue
   */
  public boolean contains(ProcessId process) {
    Objects.requireNonNull(process, "process");
    return cards.containsKey(process);
  }

  /**
   * Returns the card of a process.
   *
   * @param process the process; not null
   * @return the card, or empty if the catalogue does not hold the process; never null
   */
  public Optional<ProcessCard> card(ProcessId process) {
    Objects.requireNonNull(process, "process");
    return Optional.ofNullable(cards.get(process));
  }

  /**
   * Returns the cards of a process's children, in the order its card lists them.
   *
   * @param process a process in the catalogue; not null
   * @return the child cards, never null
   * @throws IllegalArgumentException if the catalogue does not hold the process
   */
  public List<ProcessCard> children(ProcessId process) {
    return cardOf(process).children().stream().map(this::cardOf).toList();
  }

  /**
   * Returns the cards of every process below a process, in tree order, without the process itself.
   *
   * @param process a process in the catalogue; not null
   * @return the descendants' cards, never null
   * @throws IllegalArgumentException if the catalogue does not hold the process
   */
  public List<ProcessCard> descendants(ProcessId process) {
    checkArgument(
        contains(process), "there is no process %s in the catalogue of %s", process, root().id());
    return Streams.stream(tree(cards).depthFirstPreOrder(process))
        .skip(1)
        .map(this::cardOf)
        .toList();
  }

  /**
   * Returns the cards above a process, its parent first and the L1 root last.
   *
   * @param process a process in the catalogue; not null
   * @return the ancestors' cards, empty for the root; never null
   * @throws IllegalArgumentException if the catalogue does not hold the process
   */
  public List<ProcessCard> ancestors(ProcessId process) {
    ImmutableList.Builder<ProcessCard> above = ImmutableList.builder();
    Optional<ProcessId> parent = cardOf(process).parent();
    while (parent.isPresent()) {
      ProcessCard card = cardOf(parent.get());
      above.add(card);
      parent = card.parent();
    }
    return above.build();
  }

  /**
   * Returns the cards at one level, in tree order.
   *
   * @param level the level; not null
   * @return the cards, never null
   */
  public List<ProcessCard> atLevel(ProcessLevel level) {
    Objects.requireNonNull(level, "level");
    return cards.values().stream().filter(c -> c.level() == level).toList();
  }

  /**
   * Returns every KPI id named as a metric on any card (D1.3), so that a KPI library can check that
   * each resolves to a KPI definition (D12).
   *
   * @return the ids, in tree order of first use; never null
   */
  public Set<KpiId> metricIds() {
    return cards.values().stream()
        .flatMap(c -> c.metrics().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the hierarchy as a directed graph, an edge from each parent to each of its children.
   *
   * @return the immutable graph of the process ids, never null
   */
  public Graph<ProcessId> hierarchy() {
    ImmutableGraph.Builder<ProcessId> graph = GraphBuilder.directed().immutable();
    for (ProcessCard card : cards.values()) {
      graph.addNode(card.id());
      card.children().forEach(child -> graph.putEdge(card.id(), child));
    }
    return graph.build();
  }

  // ------------------------------------------------------------ changes, used by the aggregate

  /** {@return the card of a process in the catalogue, or throws a caller mistake} */
  ProcessCard cardOf(ProcessId process) {
    Objects.requireNonNull(process, "process");
    ProcessCard card = cards.get(process);
    checkArgument(
        card != null, "there is no process %s in the catalogue of %s", process, root().id());
    return card;
  }

  /** {@return the catalogue with a card replaced by its revision (same id and place)} */
  ProcessCatalogue withRevised(ProcessCard revised) {
    checkArgument(contains(revised.id()), "there is no process %s to revise", revised.id());
    return of(cards.values().stream().map(c -> c.id().equals(revised.id()) ? revised : c).toList());
  }

  /** {@return the catalogue with a new card added as the last child of its parent} */
  ProcessCatalogue withAdded(ProcessCard added) {
    ProcessId parentId =
        added
            .parent()
            .orElseThrow(() -> new IllegalArgumentException("a new process has a parent"));
    ProcessCard parent = cardOf(parentId);
    ProcessCard extended = ProcessCard.builder().from(parent).addChildren(added.id()).build();
    return of(
        ImmutableList.<ProcessCard>builder()
            .addAll(
                cards.values().stream().map(c -> c.id().equals(parentId) ? extended : c).toList())
            .add(added)
            .build());
  }

  /** {@return the catalogue without a process and everything below it; not the root} */
  ProcessCatalogue without(ProcessId retired) {
    ProcessCard card = cardOf(retired);
    ProcessId parentId =
        card.parent().orElseThrow(() -> new IllegalArgumentException("the root is not retired"));
    Set<ProcessId> gone =
        ImmutableSet.<ProcessId>builder()
            .add(retired)
            .addAll(descendants(retired).stream().map(ProcessCard::id).toList())
            .build();
    ProcessCard parent = cardOf(parentId);
    ProcessCard shrunk =
        ProcessCard.builder()
            .from(parent)
            .children(parent.children().stream().filter(c -> !c.equals(retired)).toList())
            .build();
    return of(
        cards.values().stream()
            .filter(c -> !gone.contains(c.id()))
            .map(c -> c.id().equals(parentId) ? shrunk : c)
            .toList());
  }

  // ------------------------------------------------------------ value

  /** {@return whether the other object is a catalogue with equal cards} */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ProcessCatalogue that && cards.equals(that.cards);
  }

  @Override
  public int hashCode() {
    return cards.hashCode();
  }

  /** {@return e.g. {@code ProcessCatalogue{LTC Lead to Cash, 34 processes}}} */
  @Override
  public String toString() {
    return "ProcessCatalogue{" + root().id() + " " + root().name() + ", " + size() + " processes}";
  }
}
