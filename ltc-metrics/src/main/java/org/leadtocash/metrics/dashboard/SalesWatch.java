package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.MarketShare;
import org.leadtocash.metrics.sales.PipelineCoverage;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareTally;
import org.leadtocash.metrics.sales.WinRate;

/**
 * The sales-management-health watch of the LTC rhythm (DOMAIN D1.6, "four things watched"; D12):
 * five KPIs over the same opportunities, computed together — the {@link WinRate win rate}, the
 * {@link PipelineFunnel funnel}, the {@link DecisionTimeliness decision timeliness}, the {@link
 * PipelineCoverage pipeline coverage} of the period's target and the {@link MarketShare market
 * share}. Each keeps its own definition; this KPI only runs them side by side, so one pass over the
 * records, one merge and one roll-up ({@link org.leadtocash.metrics.rollup.RollUp}) serve all five.
 *
 * <p>Two ways in, with equal results: {@link #add} one opportunity at a time (a collector, a new
 * opportunity), or {@link #over(SalesBook)}, one scan over a compact snapshot, for a whole book at
 * once; and {@link #update} keeps the figures current when an event changes an opportunity already
 * counted.
 *
 * <p>All five count over one {@link ReportingPeriod}: the win rate, the funnel and the market share
 * the instants whose date in the period's zone is one of its dates; the decision timeliness and the
 * pipeline coverage the dates themselves. Money is in the target's currency; another currency is
 * refused, never converted.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version. Its {@link
 * #update} moves an opportunity forward only — a change to a state not newer than the one counted
 * changes nothing — but it is a difference of sums, which cannot tell a change applied twice from
 * two changes; {@link WatchedOpportunities} keeps the figures current idempotently, keyed by
 * opportunity id and version, so that any replayed or stale change changes nothing.
 */
public final class SalesWatch implements Kpi<Opportunity, SalesFigures, SalesHealth> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("sales-management-health");

  private final ReportingPeriod period;
  private final WinRate winRate;
  private final PipelineFunnel funnel;
  private final DecisionTimeliness timeliness;
  private final PipelineCoverage coverage;
  private final MarketShare share;
  private final KpiDefinition definition;

  private SalesWatch(ReportingPeriod period, Money target) {
    this.period = period;
    this.winRate = WinRate.in(period);
    this.funnel = PipelineFunnel.in(period);
    this.timeliness = DecisionTimeliness.in(period);
    this.coverage = PipelineCoverage.in(period, target);
    this.share = MarketShare.in(period, target.getCurrencyUnit());
    this.definition =
        new KpiDefinition(
            ID,
            "sales-management health: win rate, funnel, decision timeliness, pipeline coverage,"
                + " market share",
            KpiUnit.RATE,
            "each of the five KPIs' own population",
            "the dates, and the instants' dates in the zone, fall in " + period,
            EmptyPopulation.NO_DATA,
            "each of the five KPIs' own formula",
            "D1.6");
  }

  /**
   * Returns the watch for a period and the period's target.
   *
   * @param period the period, bounded at both ends; not null
   * @param target the target of the period, e.g. the orders to win; not null, positive
   * @return the watch, never null
   * @throws IllegalArgumentException if the period is unbounded or the target is not positive
   */
  public static SalesWatch in(ReportingPeriod period, Money target) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    checkArgument(
        !period.dates().isUnboundedStart() && !period.dates().isUnboundedEnd(),
        "a sales watch covers a bounded period, not %s",
        period);
    checkArgument(target.isPositive(), "a target is positive, not %s", target);
    return new SalesWatch(period, target);
  }

  /** {@return the period watched; never null} */
  public ReportingPeriod period() {
    return period;
  }

  /** {@return the win rate it runs; never null} */
  public WinRate winRate() {
    return winRate;
  }

  /** {@return the funnel it runs; never null} */
  public PipelineFunnel funnel() {
    return funnel;
  }

  /** {@return the decision timeliness it runs; never null} */
  public DecisionTimeliness timeliness() {
    return timeliness;
  }

  /** {@return the pipeline coverage it runs; never null} */
  public PipelineCoverage coverage() {
    return coverage;
  }

  /** {@return the market share it runs; never null} */
  public MarketShare share() {
    return share;
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public SalesFigures empty() {
    return new SalesFigures(
        winRate.empty(), funnel.empty(), timeliness.empty(), coverage.empty(), share.empty());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a counted amount is not in the target's currency
   */
  @Override
  public SalesFigures add(SalesFigures figures, Opportunity opportunity) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(opportunity, "opportunity");
    return new SalesFigures(
        winRate.add(figures.wins(), opportunity),
        funnel.add(figures.funnel(), opportunity),
        timeliness.add(figures.timeliness(), opportunity),
        coverage.add(figures.pipeline(), opportunity),
        share.add(figures.shares(), opportunity));
  }

  /**
   * Updates the figures when an opportunity already counted in them changes — an event moved it
   * from {@code before} to {@code after} (won, lost, a gate passed, re-forecast): its old
   * contribution is taken out and its new one added, in O(1). Every part of the figures is a sum,
   * so taking out is exact; this is how a host keeps a dashboard current as events arrive without
   * taking its {@link SalesBook} again.
   *
   * <p>A change moves an opportunity forward: one whose {@code after} is not at a newer {@link
   * Opportunity#version() version} than {@code before} — the same state again, or a stale change
   * delivered out of order that would move it back — changes nothing (DOMAIN D12, at-least-once
   * delivery). The figures are sums and do not remember which version of each opportunity they
   * count, so a change applied once and then delivered again cannot be told from a new one here: a
   * host whose delivery may repeat keeps its figures through {@link WatchedOpportunities}, which
   * keys each opportunity by id and version and so changes nothing on any replay.
   *
   * @param figures the figures that count {@code before}; not null
   * @param before the opportunity as it was counted; not null
   * @param after the same opportunity after the event; not null
   * @return the figures counting {@code after} instead, or {@code figures} itself if {@code after}
   *     is not newer than {@code before}; never null
   * @throws IllegalArgumentException if the two are not the same opportunity, if they are two
   *     different states at the same version (two such states cannot both be facts, DESIGN §2), if
   *     {@code before} was evidently not counted in the figures (a count or sum would turn
   *     negative), or if an amount is not in the target's currency
   */
  public SalesFigures update(SalesFigures figures, Opportunity before, Opportunity after) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    checkArgument(
        before.id().equals(after.id()),
        "an update replaces one opportunity's states, not %s by %s",
        before.id(),
        after.id());
    if (after.version() <= before.version()) {
      checkArgument(
          after.version() < before.version() || after.equals(before),
          "two different states of %s at version %s: the figures count one fact once, never"
              + " either silently (DESIGN §2)",
          after.id(),
          after.version());
      return figures;
    }
    SalesFigures without;
    try {
      without = figures.minus(add(empty(), before));
    } catch (IllegalArgumentException | ArithmeticException notCounted) {
      throw new IllegalArgumentException(
          "opportunity " + before.id() + " as given was not counted in these figures", notCounted);
    }
    return add(without, after);
  }

  /**
   * Computes the figures of a whole book in one scan of its columns: equal to adding each of its
   * opportunities to {@link #empty()}, only faster.
   *
   * @param book the book; not null
   * @return the figures, never null
   * @throws IllegalArgumentException if a counted amount is not in the target's currency
   */
  public SalesFigures over(SalesBook book) {
    return Objects.requireNonNull(book, "book").scan(this);
  }

  @Override
  public SalesFigures merge(SalesFigures left, SalesFigures right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public SalesHealth result(SalesFigures figures) {
    Objects.requireNonNull(figures, "figures");
    return new SalesHealth(
        winRate.result(figures.wins()),
        funnel.result(figures.funnel()),
        timeliness.result(figures.timeliness()),
        coverage.result(figures.pipeline()),
        share.result(figures.shares()));
  }

  // ------------------------------------------------------- for SalesBook's scan

  CurrencyUnit currency() {
    return coverage.empty().pipeline().total().getCurrencyUnit();
  }

  boolean inPeriod(long second) {
    return period.containsEpochSecond(second);
  }

  boolean inDates(long epochDay) {
    return period.containsEpochDay(epochDay);
  }

  SalesFigures figures(
      long won,
      long decided,
      long[] funnelCounts,
      long timely,
      long taken,
      Money pipeline,
      Money weighted,
      long opportunities,
      Money ours,
      Money whole) {
    return new SalesFigures(
        new Tally(won, decided),
        new Funnel(funnelCounts),
        new Tally(timely, taken),
        new PipelineTally(new MoneyTotal(pipeline), new MoneyTotal(weighted), opportunities),
        new ShareTally(new MoneyTotal(ours), new MoneyTotal(whole)));
  }
}
