package org.leadtocash.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.Identifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Records that carry an id but no version, such as a {@link
 * org.leadtocash.domain.activity.ContactActivity} read by {@link
 * org.leadtocash.metrics.efficiency.VisitsPerWeek}, are counted once per id {@link #byId by id}: a
 * record delivered again is the same fact.
 *
 * <p>Two different states of one aggregate at the same version (two different records with one id)
 * cannot both be facts; they are refused rather than one of them silently kept (DESIGN §2).
 *
 * @param <S> the aggregate states, or identified records, counted
 * @param <V> the result
 */
public final class OncePerFact<S, V> implements Kpi<S, SumTree<Identifier, S>, V> {

  /** Orders the ids by kind, then by value: one KPI holds one kind of id. */
  private static final Comparator<Identifier> ORDER =
      Comparator.<Identifier, String>comparing(id -> id.getClass().getName())
          .thenComparing(Identifier::value);

  /** Logs at DEBUG each state left out, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(OncePerFact.class);

  private final Kpi<S, ?, V> counted;
  private final Function<? super S, ? extends Identifier> id;
  private final ToLongFunction<? super S> version;

  private OncePerFact(
      Kpi<S, ?, V> counted,
      Function<? super S, ? extends Identifier> id,
      ToLongFunction<? super S> version) {
    this.counted = counted;
    this.id = id;
    this.version = version;
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
    return new OncePerFact<S, V>(
        Objects.requireNonNull(kpi, "kpi"), Aggregate::id, Aggregate::version);
  }

  /**
   * Returns the KPI that counts each record once per id, by a KPI over records that carry an id but
   * no version: a record delivered again is the same fact.
   *
   * @param kpi the KPI over records that counts what it is given; not null
   * @param id the id of a record, e.g. {@code ContactActivity::id}; not null
   * @param <R> the records
   * @param <V> the result
   * @return the KPI, never null
   */
  public static <R, V> OncePerFact<R, V> byId(
      Kpi<R, ?, V> kpi, Function<? super R, ? extends Identifier> id) {
    return new OncePerFact<R, V>(
        Objects.requireNonNull(kpi, "kpi"), Objects.requireNonNull(id, "id"), record -> 0L);
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
    return SumTree.empty(ORDER, Identifier::hashCode, this::later);
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
    return accumulator.plus(Objects.requireNonNull(id.apply(state), "id"), state);
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
  private S later(S one, S other) {
    long first = version.applyAsLong(one);
    long second = version.applyAsLong(other);
    if (first != second) {
      LOG.debug(
          "{}: {} at version {} left out: version {} is counted",
          counted.definition().id(),
          id.apply(one),
          Math.min(first, second),
          Math.max(first, second));
      return first > second ? one : other;
    }
    checkArgument(
        one.equals(other),
        "two different states of %s at version %s: a KPI counts one fact once, never either"
            + " silently (DESIGN §2)",
        id.apply(one),
        first);
    LOG.debug(
        "{}: {} at version {} left out again: delivered more than once, counted once",
        counted.definition().id(),
        id.apply(one),
        first);
    return one;
  }

  @Override
  public String toString() {
    return "once per fact: " + counted.definition().id();
  }
}
