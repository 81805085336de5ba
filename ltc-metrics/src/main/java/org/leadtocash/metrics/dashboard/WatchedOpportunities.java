package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.SumTree;

/**
 * A {@link SalesWatch}'s figures kept current, incrementally and idempotently, as a host delivers
 * opportunity states at least once (DOMAIN D1.6, D12): each opportunity is counted once, at the
 * latest {@link Opportunity#version() version} offered.
 *
 * <p>{@link #offer} one state at a time: a new opportunity is {@linkplain SalesWatch#add added}; a
 * later state of one already counted replaces it through {@link SalesWatch#update}, exactly; the
 * same state again, or an older one (a change replayed, a late duplicate), leaves the figures as
 * they were. So replaying any change already applied changes nothing, and the figures always equal
 * {@link SalesWatch#add adding} each opportunity's latest state once to {@link SalesWatch#empty()}.
 *
 * <p>It is an immutable value: every offer returns a new one, sharing what did not change; an offer
 * costs O(log n) in the opportunities held.
 */
public final class WatchedOpportunities {

  private final SalesWatch watch;
  private final SalesFigures figures;
  private final SumTree<OpportunityId, Opportunity> counted;

  private WatchedOpportunities(
      SalesWatch watch, SalesFigures figures, SumTree<OpportunityId, Opportunity> counted) {
    this.watch = watch;
    this.figures = figures;
    this.counted = counted;
  }

  /**
   * Returns the watch's figures over no opportunity yet.
   *
   * @param watch the watch whose figures are kept; not null
   * @return the empty figures, never null
   */
  public static WatchedOpportunities of(SalesWatch watch) {
    Objects.requireNonNull(watch, "watch");
    return new WatchedOpportunities(
        watch,
        watch.empty(),
        SumTree.empty(
            Comparator.comparing(OpportunityId::value),
            OpportunityId::hashCode,
            WatchedOpportunities::later));
  }

  /**
   * Counts an opportunity's state, once: a new opportunity is added, a later state replaces the one
   * counted, and a state already counted or older than it changes nothing.
   *
   * @param opportunity the opportunity as it stands; not null
   * @return the figures counting the opportunity's latest state once, never null
   * @throws IllegalArgumentException if a different state of the opportunity at the same version
   *     was counted (two such states cannot both be facts, DESIGN §2), or if an amount is not in
   *     the watch's currency
   */
  public WatchedOpportunities offer(Opportunity opportunity) {
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<Opportunity> known = counted.value(opportunity.id());
    if (known.isEmpty()) {
      return new WatchedOpportunities(
          watch, watch.add(figures, opportunity), counted.plus(opportunity.id(), opportunity));
    }
    Opportunity before = known.get();
    if (opportunity.version() < before.version()) {
      return this;
    }
    if (opportunity.version() == before.version()) {
      checkArgument(
          opportunity.equals(before),
          "two different states of %s at version %s: the figures count one fact once, never"
              + " either silently (DESIGN §2)",
          opportunity.id(),
          opportunity.version());
      return this;
    }
    return new WatchedOpportunities(
        watch,
        watch.update(figures, before, opportunity),
        counted.plus(opportunity.id(), opportunity));
  }

  /** {@return the watch whose figures these are; never null} */
  public SalesWatch watch() {
    return watch;
  }

  /** {@return the figures, counting each opportunity's latest state once; never null} */
  public SalesFigures figures() {
    return figures;
  }

  /** {@return the five KPIs' values over the figures; never null} */
  public SalesHealth health() {
    return watch.result(figures);
  }

  /** {@return how many opportunities are counted} */
  public int size() {
    return counted.size();
  }

  /**
   * Returns the version of an opportunity counted.
   *
   * @param opportunity the opportunity's id; not null
   * @return the version counted, or empty if the opportunity is not counted; never null
   */
  public Optional<Long> version(OpportunityId opportunity) {
    return counted
        .value(Objects.requireNonNull(opportunity, "opportunity"))
        .map(Opportunity::version);
  }

  /** Keeps the later of two states of one opportunity: an offer adds only a later one. */
  private static Opportunity later(Opportunity held, Opportunity added) {
    return added.version() > held.version() ? added : held;
  }

  @Override
  public String toString() {
    return "the figures of " + watch.definition().id() + " over " + size() + " opportunities";
  }
}
