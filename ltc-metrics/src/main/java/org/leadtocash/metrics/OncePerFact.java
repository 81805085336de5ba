package org.leadtocash.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.Identifier;

/**
 * A KPI over aggregate states that counts each aggregate once, at its latest version, however often
 * and in whatever order a host delivers its states (DOMAIN D12; DESIGN §3). A host's delivery is at
 * least once: the same contract, opportunity or issue may arrive twice at one version, or an older
 * version after a newer one. The KPIs over states ({@link org.leadtocash.metrics.finance.Orders},
 * {@link org.leadtocash.metrics.finance.Revenue}, {@link org.leadtocash.metrics.sales.WinRate}, …)
 * count every state they are given — a contract added twice counts its signature twice — so a host
 * whose delivery may repeat wraps them in this KPI.
 *
 * <p>Its accumulator keeps, per aggregate {@link Aggregate#id() id}, the state with the highest
 * {@link Aggregate#version() version}: adding a state already held, or an older one, leaves it
 * unchanged, and merging keeps the later state of each aggregate, so the merge is associative,
 * commutative and idempotent. Its {@link #result} is the wrapped KPI's result over the kept states,
 * in the order of their ids. Hence: any stream of states, with any duplicates and stale versions
 * interleaved, gives the result of the wrapped KPI over each aggregate's latest state, once.
 *
 * <p>Two different states of one aggregate at the same version cannot both be facts; they are
 * refused rather than one of them silently kept (DESIGN §2).
 *
 * @param <S> the aggregate states counted
 * @param <V> the result
 */
public final class OncePerFact<S extends Aggregate<?, ?>, V>
    implements Kpi<S, SumTree<Identifier, S>, V> {

  /** Orders the ids by kind, then by value: one KPI holds one kind of id. */
  private static final Comparator<Identifier> ORDER =
      Comparator.<Identifier, String>comparing(id -> id.getClass().getName())
          .thenComparing(Identifier::value);

  private final Kpi<S, ?, V> counted;

  private OncePerFact(Kpi<S, ?, V> counted) {
    this.counted = counted;
  }

  /**
   * Returns the KPI that counts each aggregate's latest state once, by a KPI over states.
   *
   * @param kpi the KPI over states that counts what it is given; not null
   * @param <S> the aggregate states
   * @param <V> the result
   * @return the KPI, never null
   */
  public static <S extends Aggregate<?, ?>, V> OncePerFact<S, V> of(Kpi<S, ?, V> kpi) {
    return new OncePerFact<>(Objects.requireNonNull(kpi, "kpi"));
  }

  /** {@return the wrapped KPI, which counts what it is given} */
  public Kpi<S, ?, V> counted() {
    return counted;
  }

  /**
   * {@return the wrapped KPI's definition: counting once changes what is counted, not its meaning}
   */
  @Override
  public KpiDefinition definition() {
    return counted.definition();
  }

  @Override
  public SumTree<Identifier, S> empty() {
    return SumTree.empty(ORDER, Identifier::hashCode, OncePerFact::later);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keeps the state if its aggregate is new, or if it is later than the state held; a state
   * already held, or an older one, leaves the accumulator as it was.
   *
   * @throws IllegalArgumentException if the accumulator holds a different state of the same
   *     aggregate at the same version
   */
  @Override
  public SumTree<Identifier, S> add(SumTree<Identifier, S> accumulator, S state) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(state, "state");
    return accumulator.plus(state.id(), state);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keeps, of an aggregate held in both, the later state.
   *
   * @throws IllegalArgumentException if the two hold different states of the same aggregate at the
   *     same version
   */
  @Override
  public SumTree<Identifier, S> merge(SumTree<Identifier, S> left, SumTree<Identifier, S> right) {
    return Objects.requireNonNull(left, "left").plus(Objects.requireNonNull(right, "right"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The wrapped KPI's result over the latest state of each aggregate, each once.
   */
  @Override
  public V result(SumTree<Identifier, S> accumulator) {
    List<S> latest = new ArrayList<>(Objects.requireNonNull(accumulator, "accumulator").size());
    accumulator.forEach((id, state) -> latest.add(state));
    return counted.compute(latest);
  }

  /**
   * Returns the later of two states of one aggregate.
   *
   * @throws IllegalArgumentException if they differ at the same version
   */
  private static <S extends Aggregate<?, ?>> S later(S one, S other) {
    if (one.version() != other.version()) {
      return one.version() > other.version() ? one : other;
    }
    checkArgument(
        one.equals(other),
        "two different states of %s at version %s: a KPI counts one fact once, never either"
            + " silently (DESIGN §2)",
        one.id(),
        one.version());
    return one;
  }

  @Override
  public String toString() {
    return "once per fact: " + counted.definition().id();
  }
}
