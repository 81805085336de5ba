package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.ZoneId;
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
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.MarketShare;
import org.leadtocash.metrics.sales.PipelineCoverage;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareTally;
import org.leadtocash.metrics.sales.WinRate;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

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
 * <p>The period is a range of dates in a time zone: the win rate, the funnel and the market share
 * count the instants from the first day's start to the end day's start in that zone; the decision
 * timeliness and the pipeline coverage count the dates in the range. Money is in the target's
 * currency; another currency is refused, never converted.
 */
public final class SalesWatch implements Kpi<Opportunity, SalesFigures, SalesHealth> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("sales-management-health");

  private final LocalDateRange dates;
  private final Interval period;
  private final WinRate winRate;
  private final PipelineFunnel funnel;
  private final DecisionTimeliness timeliness;
  private final PipelineCoverage coverage;
  private final MarketShare share;
  private final KpiDefinition definition;
  private final long startSecond;
  private final int startNano;
  private final long endSecond;
  private final int endNano;
  private final boolean unboundedEnd;
  private final long firstDay;
  private final long endDay;

  private SalesWatch(LocalDateRange dates, Interval period, Money target) {
    this.dates = dates;
    this.period = period;
    this.winRate = WinRate.in(period);
    this.funnel = PipelineFunnel.in(period);
    this.timeliness = DecisionTimeliness.in(dates);
    this.coverage = PipelineCoverage.in(dates, target);
    this.share = MarketShare.in(period, target.getCurrencyUnit());
    this.definition =
        new KpiDefinition(
            ID,
            "sales-management health: win rate, funnel, decision timeliness, pipeline coverage,"
                + " market share",
            KpiUnit.RATE,
            "each of the five KPIs' own population",
            "the dates " + dates + " (instants: " + period + ")",
            EmptyPopulation.NO_DATA,
            "each of the five KPIs' own formula",
            "D1.6");
    this.startSecond = period.getStart().getEpochSecond();
    this.startNano = period.getStart().getNano();
    this.endSecond = period.getEnd().getEpochSecond();
    this.endNano = period.getEnd().getNano();
    this.unboundedEnd = period.isUnboundedEnd();
    this.firstDay = dates.getStart().toEpochDay();
    this.endDay = dates.isUnboundedEnd() ? Long.MAX_VALUE : dates.getEnd().toEpochDay();
  }

  /**
   * Returns the watch for a range of dates, read in a time zone, and the period's target.
   *
   * @param dates the period, half-open, bounded; not null
   * @param zone the zone in which a day starts; not null
   * @param target the target of the period, e.g. the orders to win; not null, positive
   * @return the watch, never null
   * @throws IllegalArgumentException if the range is unbounded or the target is not positive
   */
  public static SalesWatch of(LocalDateRange dates, ZoneId zone, Money target) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(target, "target");
    checkArgument(
        !dates.isUnboundedStart() && !dates.isUnboundedEnd(),
        "a sales watch covers a bounded range of dates, not %s",
        dates);
    checkArgument(target.isPositive(), "a target is positive, not %s", target);
    Instant start = dates.getStart().atStartOfDay(zone).toInstant();
    Instant end = dates.getEnd().atStartOfDay(zone).toInstant();
    return new SalesWatch(dates, Interval.of(start, end), target);
  }

  /** {@return the range of dates watched; never null} */
  public LocalDateRange dates() {
    return dates;
  }

  /** {@return the same period as instants; never null} */
  public Interval period() {
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
   * @param figures the figures that count {@code before}; not null
   * @param before the opportunity as it was counted; not null
   * @param after the same opportunity after the event; not null
   * @return the figures counting {@code after} instead, never null
   * @throws IllegalArgumentException if the two are not the same opportunity, if {@code before} was
   *     evidently not counted in the figures (a count or sum would turn negative), or if an amount
   *     is not in the target's currency
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
    return left.plus(right);
  }

  @Override
  public SalesHealth result(SalesFigures figures) {
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

  boolean inPeriod(long second, int nano) {
    int fromStart = second != startSecond ? Long.compare(second, startSecond) : nano - startNano;
    if (fromStart < 0) {
      return false;
    }
    return unboundedEnd || (second != endSecond ? second < endSecond : nano < endNano);
  }

  boolean inDates(long epochDay) {
    return epochDay >= firstDay && epochDay < endDay;
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
