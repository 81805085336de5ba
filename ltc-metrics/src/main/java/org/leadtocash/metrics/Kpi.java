package org.leadtocash.metrics;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * A KPI: its {@link KpiDefinition} and its calculation as a <b>mergeable accumulator</b> (DESIGN
 * §3): an {@link #empty()} state, {@link #add} one record, an associative {@link #merge} and a
 * {@link #result}. One definition therefore serves a sequential or parallel computation ({@link
 * #collector()}), a roll-up along the organisation (merge the units' accumulators), an incremental
 * update as events arrive (keep the accumulator, add the new record) and a distributed engine's
 * combiner.
 *
 * <p>The contract, which every KPI's properties check: accumulators are immutable values; {@code
 * merge} is associative and {@code empty()} is its identity; and for any split of the records into
 * parts, in any order, merging the parts' accumulators gives the same result as adding every record
 * to one accumulator.
 *
 * <p>A KPI counts every record it is given: a record added twice counts twice. A host's delivery is
 * at least once (DOMAIN D12), so a host whose delivery may repeat counts aggregate states, and
 * records that carry an id, through {@link OncePerFact}, which counts each fact once; each KPI's
 * Javadoc says which applies to its records.
 *
 * @param <R> the records it counts: the domain's own values or events
 * @param <A> its accumulator, an immutable value
 * @param <V> its result
 */
public interface Kpi<R, A, V> {

  /** {@return what the KPI means; never null} */
  KpiDefinition definition();

  /** {@return the accumulator of no records; never null} */
  A empty();

  /**
   * Adds one record.
   *
   * @param accumulator the accumulator so far; not null
   * @param record the record; not null
   * @return the accumulator with the record counted, never null
   * @throws IllegalArgumentException if the record cannot be counted, e.g. money in another
   *     currency
   */
  A add(A accumulator, R record);

  /**
   * Merges two accumulators; associative, with {@link #empty()} as identity.
   *
   * @param left one accumulator; not null
   * @param right another; not null
   * @return the accumulator of both, never null
   */
  A merge(A left, A right);

  /**
   * Returns the KPI's value for an accumulator.
   *
   * @param accumulator the accumulator; not null
   * @return the value, never null; an empty population gives what {@link KpiDefinition#empty()}
   *     says
   */
  V result(A accumulator);

  /**
   * Computes the KPI over records.
   *
   * @param records the records; not null
   * @return the value, never null
   */
  default V compute(Iterable<? extends R> records) {
    A accumulator = empty();
    for (R record : records) {
      accumulator = add(accumulator, Objects.requireNonNull(record, "record"));
    }
    return result(accumulator);
  }

  /**
   * Returns a collector that computes the KPI over a stream, sequential or parallel.
   *
   * @return the collector, never null
   */
  default Collector<R, ?, V> collector() {
    return Collector.<R, Holder<A>, V>of(
        () -> new Holder<>(empty()),
        (holder, record) -> holder.value = add(holder.value, record),
        (left, right) -> new Holder<>(merge(left.value, right.value)),
        holder -> result(holder.value));
  }

  /** The mutable box a {@link Collector} needs around an immutable accumulator. */
  final class Holder<A> {
    private A value;

    private Holder(A value) {
      this.value = value;
    }
  }
}
