package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.rollup.RollUp;
import org.leadtocash.metrics.sales.Coverage;
import org.leadtocash.metrics.sales.PipelineTally;

/**
 * The "four things watched" dashboard (DOMAIN D1.6) for every unit of the sales organisation at
 * once, rolled up representative office → region → area (D9.5): each office's {@link SalesFigures}
 * are {@linkplain RollUp merged} up the tree, never recomputed from the records, so a region's
 * sales-management health equals the watch over all its offices' opportunities.
 *
 * <p>Per unit: the sales-management health (win rate, funnel, decision timeliness, market share,
 * pipeline coverage of the unit's own target — an office's target is given, a region's or area's is
 * the sum of the targets below it, D9.5); the KPI progress and gap against the goals (the weighted
 * coverage against {@link Builder#coverageGoal}, by default 1: the weighted pipeline covers the
 * target; and the win rate against {@link Builder#winRateGoal}, if one is set); the traffic lights
 * of the open hilltop projects of every office below it (D3.4); and the risks and legacy issues
 * raised at the unit or any unit below it.
 *
 * <p>Every office gives its figures and target, and every region and area has an office below it.
 */
public final class OrganisationDashboard {

  /**
   * The default goal of the weighted pipeline coverage: the weighted pipeline covers the target.
   */
  public static final BigDecimal DEFAULT_COVERAGE_GOAL = BigDecimal.ONE;

  private final SalesWatch watch;
  private final SalesOrganisation organisation;
  private final LocalDate asOf;
  private final RollUp<SalesFigures, SalesHealth> figures;
  private final ImmutableMap<SalesUnitId, Money> targets;
  private final BigDecimal coverageGoal;
  private final @Nullable BigDecimal winRateGoal;
  private final ImmutableListMultimap<SalesUnitId, Opportunity> hilltops;
  private final ImmutableListMultimap<SalesUnitId, String> risks;

  private OrganisationDashboard(Builder builder) {
    this.watch = builder.watch;
    this.organisation = builder.organisation;
    this.asOf = builder.asOf;
    this.figures = RollUp.of(watch, organisation, builder.offices);
    Map<SalesUnitId, Money> sums = new LinkedHashMap<>();
    sums.putAll(builder.targets);
    for (OrganisationLevel level : List.of(OrganisationLevel.REGION, OrganisationLevel.AREA)) {
      for (SalesUnitId unit : organisation.units(level)) {
        Optional<Money> sum =
            organisation.children(unit).stream().map(sums::get).reduce(Money::plus);
        sums.put(unit, sum.orElseThrow());
      }
    }
    this.targets = ImmutableMap.copyOf(sums);
    this.coverageGoal = builder.coverageGoal;
    this.winRateGoal = builder.winRateGoal;
    this.hilltops = builder.hilltops.build();
    this.risks = builder.risks.build();
  }

  /**
   * Starts the dashboards of an organisation.
   *
   * @param watch the sales watch whose figures the offices give; not null
   * @param organisation the sales organisation; not null
   * @param asOf the date of the dashboards; not null
   * @return the builder, never null
   */
  public static Builder builder(SalesWatch watch, SalesOrganisation organisation, LocalDate asOf) {
    return new Builder(
        Objects.requireNonNull(watch, "watch"),
        Objects.requireNonNull(organisation, "organisation"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /** {@return the organisation; never null} */
  public SalesOrganisation organisation() {
    return organisation;
  }

  /**
   * Returns a unit's figures: its own if an office, else merged from the offices below it.
   *
   * @param unit the unit; not null, in the organisation
   * @return the figures, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public SalesFigures figures(SalesUnitId unit) {
    return figures.accumulator(unit);
  }

  /**
   * Returns a unit's target of the period: given for an office, the sum below it otherwise (D9.5).
   *
   * @param unit the unit; not null, in the organisation
   * @return the target, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public Money target(SalesUnitId unit) {
    Money target = targets.get(Objects.requireNonNull(unit, "unit"));
    checkArgument(target != null, "%s is not a unit of the sales organisation", unit);
    return target;
  }

  /**
   * Returns a unit's sales-management health, its pipeline coverage against its own target.
   *
   * @param unit the unit; not null, in the organisation
   * @return the health, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public SalesHealth health(SalesUnitId unit) {
    SalesHealth health = figures.value(unit);
    PipelineTally pipeline = figures(unit).pipeline();
    Coverage coverage =
        new Coverage(
            target(unit),
            pipeline.pipeline().total(),
            pipeline.weightedPipeline().total(),
            pipeline.opportunities());
    return new SalesHealth(
        health.winRate(),
        health.funnel(),
        health.decisionTimeliness(),
        coverage,
        health.marketShare());
  }

  /**
   * Returns a unit's dashboard of the four watches.
   *
   * @param unit the unit; not null, in the organisation
   * @return the dashboard, never null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public Dashboard dashboard(SalesUnitId unit) {
    SalesHealth health = health(unit);
    Coverage coverage = health.coverage();
    Dashboard.Builder dashboard =
        Dashboard.builder(unit + " (" + organisation.level(unit).label() + ")", asOf)
            .health("opportunity win rate", health.winRate())
            .health("opportunity funnel", health.funnel())
            .health("decision timeliness", health.decisionTimeliness())
            .health("market share", percent(health.marketShare()))
            .health(
                "pipeline against the orders target of " + Figures.money(coverage.target()),
                Figures.money(coverage.pipeline())
                    + " ("
                    + percent(coverage.unweighted())
                    + "), weighted by win probability "
                    + Figures.money(coverage.weightedPipeline())
                    + " ("
                    + percent(coverage.weighted())
                    + "), "
                    + coverage.opportunities()
                    + " opportunities")
            .progress(
                new KpiProgress(
                    watch.coverage().definition(),
                    coverage.weighted().value().orElseThrow(),
                    coverageGoal,
                    true));
    Optional<BigDecimal> winRate = health.winRate().value();
    if (winRateGoal != null && winRate.isPresent()) {
      dashboard.progress(
          new KpiProgress(watch.winRate().definition(), winRate.get(), winRateGoal, true));
    }
    List<SalesUnitId> below = subtree(unit);
    List<Opportunity> projects = new ArrayList<>();
    below.forEach(office -> projects.addAll(hilltops.get(office)));
    dashboard.hilltops(projects);
    below.forEach(
        source -> risks.get(source).forEach(risk -> dashboard.risk(source + ": " + risk)));
    return dashboard.build();
  }

  /** {@return e.g. {@code 41.7%}, or {@code no data}} */
  private static String percent(Rate rate) {
    return rate.value().map(Figures::percent).orElse("no data");
  }

  /** {@return every unit's dashboard, areas first, then regions, then offices; never null} */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (OrganisationLevel level :
        List.of(
            OrganisationLevel.AREA,
            OrganisationLevel.REGION,
            OrganisationLevel.REPRESENTATIVE_OFFICE)) {
      organisation.units(level).forEach(unit -> text.append(dashboard(unit).render()));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /** The unit and every unit below it, top-down. */
  private List<SalesUnitId> subtree(SalesUnitId unit) {
    List<SalesUnitId> units = new ArrayList<>();
    units.add(unit);
    for (int i = 0; i < units.size(); i++) {
      units.addAll(organisation.children(units.get(i)));
    }
    return ImmutableList.copyOf(units);
  }

  /** Builds an {@link OrganisationDashboard}: every office's figures and target, then the rest. */
  public static final class Builder {
    private final SalesWatch watch;
    private final SalesOrganisation organisation;
    private final LocalDate asOf;
    private final Map<SalesUnitId, SalesFigures> offices = new LinkedHashMap<>();
    private final Map<SalesUnitId, Money> targets = new LinkedHashMap<>();
    private BigDecimal coverageGoal = DEFAULT_COVERAGE_GOAL;
    private @Nullable BigDecimal winRateGoal;
    private final ImmutableListMultimap.Builder<SalesUnitId, Opportunity> hilltops =
        ImmutableListMultimap.builder();
    private final ImmutableListMultimap.Builder<SalesUnitId, String> risks =
        ImmutableListMultimap.builder();

    private Builder(SalesWatch watch, SalesOrganisation organisation, LocalDate asOf) {
      this.watch = watch;
      this.organisation = organisation;
      this.asOf = asOf;
    }

    private SalesUnitId office(SalesUnitId unit) {
      Objects.requireNonNull(unit, "office");
      checkArgument(
          organisation.units().contains(unit)
              && organisation.level(unit) == OrganisationLevel.REPRESENTATIVE_OFFICE,
          "%s is not a representative office of the sales organisation",
          unit);
      return unit;
    }

    /**
     * Gives an office's figures and its target of the period.
     *
     * @param office the office; not null, a representative office of the organisation, not given
     *     before
     * @param figures its figures, e.g. {@link SalesWatch#over(SalesBook)} of its opportunities; not
     *     null
     * @param target its target of the period, e.g. the orders to win; not null, positive, in the
     *     watch's currency
     * @return this builder
     * @throws IllegalArgumentException if the office is unknown or given twice, or the target is
     *     not positive or in another currency
     */
    @CanIgnoreReturnValue
    public Builder office(SalesUnitId office, SalesFigures figures, Money target) {
      SalesUnitId unit = office(office);
      Objects.requireNonNull(figures, "figures");
      Objects.requireNonNull(target, "target");
      checkArgument(!offices.containsKey(unit), "%s's figures are given twice", unit);
      checkArgument(target.isPositive(), "a target is positive, not %s", target);
      checkArgument(
          target.getCurrencyUnit().equals(watch.currency()),
          "a target of a watch in %s is in %s, not %s (DESIGN §2)",
          watch.currency(),
          watch.currency(),
          target);
      offices.put(unit, figures);
      targets.put(unit, target);
      return this;
    }

    /**
     * Sets the goal of the weighted pipeline coverage; {@link #DEFAULT_COVERAGE_GOAL} unless set.
     *
     * @param goal the goal, e.g. 1 or 3; not null, positive
     * @return this builder
     * @throws IllegalArgumentException if the goal is not positive
     */
    @CanIgnoreReturnValue
    public Builder coverageGoal(BigDecimal goal) {
      checkArgument(
          Objects.requireNonNull(goal, "goal").signum() > 0,
          "a coverage goal is positive, not %s",
          goal);
      this.coverageGoal = goal;
      return this;
    }

    /**
     * Sets the goal of the win rate; none unless set.
     *
     * @param goal the goal, 0 to 1; not null
     * @return this builder
     * @throws IllegalArgumentException if the goal is not between 0 and 1
     */
    @CanIgnoreReturnValue
    public Builder winRateGoal(BigDecimal goal) {
      checkArgument(
          Objects.requireNonNull(goal, "goal").signum() >= 0 && goal.compareTo(BigDecimal.ONE) <= 0,
          "a win-rate goal is 0 to 1, not %s",
          goal);
      this.winRateGoal = goal;
      return this;
    }

    /**
     * Adds an office's opportunities whose hilltop projects that have not ended — open, or won and
     * still awaiting ATC (D3.5) — show their traffic lights (D3.4), on its dashboard and those
     * above it.
     *
     * @param office the office; not null, a representative office of the organisation
     * @param opportunities its opportunities; not null; those ended or not hilltop are skipped
     * @return this builder
     * @throws IllegalArgumentException if the office is unknown
     */
    @CanIgnoreReturnValue
    public Builder hilltops(SalesUnitId office, Collection<Opportunity> opportunities) {
      Objects.requireNonNull(opportunities, "opportunities");
      SalesUnitId unit = office(office);
      opportunities.stream()
          .filter(o -> o.isHilltop() && !o.isEnded())
          .forEach(o -> hilltops.put(unit, o));
      return this;
    }

    /**
     * Raises a risk or legacy issue at a unit, shown on its dashboard and those above it.
     *
     * @param unit the unit; not null, in the organisation
     * @param risk what it is; not blank
     * @return this builder
     * @throws IllegalArgumentException if the unit is unknown or the risk blank
     */
    @CanIgnoreReturnValue
    public Builder risk(SalesUnitId unit, String risk) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(risk, "risk");
      checkArgument(
          organisation.units().contains(unit), "%s is not a unit of the sales organisation", unit);
      checkArgument(!risk.isBlank(), "a risk says what it is");
      risks.put(unit, risk);
      return this;
    }

    /**
     * Rolls the offices up and returns the dashboards.
     *
     * @return the dashboards, never null
     * @throws IllegalArgumentException if an office of the organisation has no figures and target
     */
    public OrganisationDashboard build() {
      List<SalesUnitId> missing =
          organisation.units(OrganisationLevel.REPRESENTATIVE_OFFICE).stream()
              .filter(office -> !offices.containsKey(office))
              .toList();
      checkArgument(
          missing.isEmpty(), "every office gives its figures and target; missing: %s", missing);
      List<SalesUnitId> empty =
          organisation.units().stream()
              .filter(unit -> organisation.level(unit) != OrganisationLevel.REPRESENTATIVE_OFFICE)
              .filter(unit -> organisation.children(unit).isEmpty())
              .toList();
      checkArgument(
          empty.isEmpty(),
          "a region or area without an office below it has no target to cover (D9.5): %s",
          empty);
      return new OrganisationDashboard(this);
    }
  }
}
