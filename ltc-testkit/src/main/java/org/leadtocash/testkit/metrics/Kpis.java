package org.leadtocash.testkit.metrics;

import static org.leadtocash.testkit.Generators.partsOf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.Money;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.metrics.KeyedSums;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.SumTree;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.catalogue.KpiCatalogue;
import org.leadtocash.metrics.customer.AssessedChain;
import org.leadtocash.metrics.customer.ClosureTimes;
import org.leadtocash.metrics.customer.Concentration;
import org.leadtocash.metrics.customer.CoverageCounts;
import org.leadtocash.metrics.customer.CoverageFigures;
import org.leadtocash.metrics.customer.CustomerTotalValueSum;
import org.leadtocash.metrics.customer.CustomerValues;
import org.leadtocash.metrics.customer.EscalationRate;
import org.leadtocash.metrics.customer.IssueClosureTime;
import org.leadtocash.metrics.customer.PyramidMembership;
import org.leadtocash.metrics.customer.RelationshipCoverage;
import org.leadtocash.metrics.customer.SatisfactionIndex;
import org.leadtocash.metrics.customer.SatisfactionIndices;
import org.leadtocash.metrics.customer.ValueConcentration;
import org.leadtocash.metrics.dashboard.Funnel;
import org.leadtocash.metrics.dashboard.PipelineFunnel;
import org.leadtocash.metrics.dashboard.SalesBook;
import org.leadtocash.metrics.dashboard.SalesFigures;
import org.leadtocash.metrics.dashboard.SalesHealth;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.metrics.dashboard.WatchedOpportunities;
import org.leadtocash.metrics.efficiency.RevenueGeneratingTimeShare;
import org.leadtocash.metrics.efficiency.SalesLossWaterfall;
import org.leadtocash.metrics.efficiency.SalesTimeEntry;
import org.leadtocash.metrics.efficiency.TargetAccount;
import org.leadtocash.metrics.efficiency.TimeSplit;
import org.leadtocash.metrics.efficiency.VisitLog;
import org.leadtocash.metrics.efficiency.VisitsPerWeek;
import org.leadtocash.metrics.efficiency.Waterfall;
import org.leadtocash.metrics.efficiency.WeeklyVisits;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.finance.MoneyTally;
import org.leadtocash.metrics.finance.OperatingUnit;
import org.leadtocash.metrics.finance.Orders;
import org.leadtocash.metrics.finance.OverdueReceivables;
import org.leadtocash.metrics.finance.Profit;
import org.leadtocash.metrics.finance.ProfitByUnit;
import org.leadtocash.metrics.finance.ProfitLedger;
import org.leadtocash.metrics.finance.ProfitRecord;
import org.leadtocash.metrics.finance.ReceivablesAgeing;
import org.leadtocash.metrics.finance.Revenue;
import org.leadtocash.metrics.finance.UnitKind;
import org.leadtocash.metrics.rollup.RollUp;
import org.leadtocash.metrics.sales.Coverage;
import org.leadtocash.metrics.sales.CustomerSpend;
import org.leadtocash.metrics.sales.CycleTally;
import org.leadtocash.metrics.sales.CycleTime;
import org.leadtocash.metrics.sales.DecisionCycle;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.HeadToHead;
import org.leadtocash.metrics.sales.HeadToHeadScore;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.metrics.sales.MarketShare;
import org.leadtocash.metrics.sales.PipelineCoverage;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareOfWallet;
import org.leadtocash.metrics.sales.ShareTally;
import org.leadtocash.metrics.sales.SuppressionRatio;
import org.leadtocash.metrics.sales.SuppressionTally;
import org.leadtocash.metrics.sales.WinRate;
import org.leadtocash.metrics.team.PoolHours;
import org.leadtocash.metrics.team.PoolTimeEntry;
import org.leadtocash.metrics.team.PoolUsage;
import org.leadtocash.metrics.team.PoolUtilisation;
import org.leadtocash.metrics.team.RoleKpiMeasurement;
import org.leadtocash.metrics.team.RoleScorecard;
import org.leadtocash.metrics.team.Scorecard;
import org.leadtocash.metrics.team.ScorecardTotals;
import org.leadtocash.metrics.team.Scorecards;
import org.leadtocash.metrics.team.TenureAgainstRotation;
import org.leadtocash.metrics.team.TenureCounts;
import org.leadtocash.metrics.team.TenureFigures;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.contract.Contracts;
import org.leadtocash.testkit.customer.Customers;
import org.leadtocash.testkit.team.Teams;
import org.leadtocash.testkit.voice.CustomerIssues;
import org.leadtocash.testkit.voice.Surveys;

/**
 * The KPIs of DOMAIN D12 with their accumulators and results: each KPI made by its factory over a
 * generated reporting period, each accumulator reached by adding generated records to the KPI's
 * {@code empty()} — the states a host's computation passes through — and each result computed from
 * one, as the library computes it.
 */
public final class Kpis {

  private static final int RECORDS = 12;

  private Kpis() {}

  /**
   * Adds the arbitraries of the metrics' values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    // the records
    catalogue
        .add(ReportingPeriod.class, KpiRecords::periods)
        .add(SalesUnitId.class, KpiRecords::units)
        .add(SalesOrganisation.class, s -> Arbitraries.just(s.organisation()))
        .add(OperatingUnit.class, KpiRecords::operatingUnits)
        .add(ProfitRecord.class, KpiRecords::profitRecords)
        .add(CustomerSpend.class, KpiRecords::spends)
        .add(SalesTimeEntry.class, KpiRecords::timeEntries)
        .add(TargetAccount.class, KpiRecords::targetAccounts)
        .add(PoolTimeEntry.class, KpiRecords::poolEntries)
        .add(RoleKpiMeasurement.class, KpiRecords::measurements)
        .add(AssessedChain.class, KpiRecords::assessedChains)
        .add(KpiCatalogue.class, s -> Arbitraries.just(KpiCatalogue.standard()))
        .add(KpiDefinition.class, s -> Arbitraries.of(KpiCatalogue.standard().definitions()))
        .add(SalesBook.class, s -> opportunities(s).map(SalesBook::of));
    // the KPIs, their accumulators and results
    catalogue
        .add(WinRate.class, s -> KpiRecords.periods(s).map(WinRate::in))
        .add(DecisionTimeliness.class, s -> KpiRecords.periods(s).map(DecisionTimeliness::in))
        .add(DecisionCycle.class, s -> KpiRecords.periods(s).map(DecisionCycle::in))
        .add(LeadConversionRate.class, s -> KpiRecords.periods(s).map(LeadConversionRate::in))
        .add(HeadToHead.class, Kpis::headToHead)
        .add(
            MarketShare.class, s -> KpiRecords.periods(s).map(p -> MarketShare.in(p, s.currency())))
        .add(PipelineCoverage.class, Kpis::pipelineCoverage)
        .add(SuppressionRatio.class, Kpis::suppression)
        .add(
            ShareOfWallet.class,
            s -> KpiRecords.periods(s).map(p -> ShareOfWallet.in(p, s.currency())))
        .add(PipelineFunnel.class, s -> KpiRecords.periods(s).map(PipelineFunnel::in))
        .add(SalesWatch.class, Kpis::watches)
        .add(
            CollectionRate.class,
            s -> KpiRecords.periods(s).map(p -> CollectionRate.in(p, s.currency())))
        .add(Orders.class, s -> KpiRecords.periods(s).map(p -> Orders.in(p, s.currency())))
        .add(Revenue.class, s -> KpiRecords.periods(s).map(p -> Revenue.in(p, s.currency())))
        .add(OverdueReceivables.class, Kpis::overdue)
        .add(Profit.class, Kpis::profit)
        .add(
            RevenueGeneratingTimeShare.class,
            s -> KpiRecords.periods(s).map(RevenueGeneratingTimeShare::in))
        .add(SalesLossWaterfall.class, s -> Arbitraries.just(SalesLossWaterfall.of(s.currency())))
        .add(VisitsPerWeek.class, Kpis::visits)
        .add(
            CustomerTotalValueSum.class,
            s -> KpiRecords.periods(s).map(p -> CustomerTotalValueSum.in(p, s.currency())))
        .add(PyramidMembership.class, Kpis::pyramid)
        .add(
            ValueConcentration.class,
            s -> KpiRecords.periods(s).map(p -> ValueConcentration.in(p, s.currency())))
        .add(EscalationRate.class, s -> KpiRecords.periods(s).map(EscalationRate::in))
        .add(IssueClosureTime.class, s -> KpiRecords.periods(s).map(IssueClosureTime::in))
        .add(
            RelationshipCoverage.class,
            s ->
                Arbitraries.of(org.leadtocash.domain.relationship.KeyRelationshipLevel.class)
                    .map(RelationshipCoverage::of))
        .add(SatisfactionIndex.class, s -> KpiRecords.periods(s).map(SatisfactionIndex::in))
        .add(PoolUtilisation.class, s -> KpiRecords.periods(s).map(PoolUtilisation::in))
        .add(RoleScorecard.class, s -> KpiRecords.periods(s).map(RoleScorecard::in))
        .add(TenureAgainstRotation.class, Kpis::tenure)
        // accumulators
        .add(
            Tally.class,
            s -> accumulators(KpiRecords.periods(s).map(WinRate::in), opportunities(s)))
        .add(
            CycleTally.class,
            s -> accumulators(KpiRecords.periods(s).map(DecisionCycle::in), opportunities(s)))
        .add(HeadToHeadScore.class, s -> accumulators(headToHead(s), opportunities(s)))
        .add(
            ShareTally.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(p -> MarketShare.in(p, s.currency())),
                    opportunities(s)))
        .add(PipelineTally.class, s -> accumulators(pipelineCoverage(s), opportunities(s)))
        .add(SuppressionTally.class, s -> accumulators(suppression(s), opportunities(s)))
        .add(
            Funnel.class,
            s -> accumulators(KpiRecords.periods(s).map(PipelineFunnel::in), opportunities(s)))
        .add(SalesFigures.class, s -> accumulators(watches(s), opportunities(s)))
        .add(
            MoneyTally.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(p -> CollectionRate.in(p, s.currency())),
                    contracts(s)))
        .add(
            MoneyTotal.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(p -> Revenue.in(p, s.currency())), contracts(s)))
        .add(ReceivablesAgeing.class, s -> accumulators(overdue(s), contracts(s)))
        .add(
            ProfitLedger.class,
            s -> accumulators(profit(s), KpiRecords.profitRecords(s).list().ofMaxSize(RECORDS)))
        .add(
            TimeSplit.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(RevenueGeneratingTimeShare::in),
                    KpiRecords.timeEntries(s).list().ofMaxSize(RECORDS)))
        .add(
            Waterfall.class,
            s ->
                accumulators(
                    Arbitraries.just(SalesLossWaterfall.of(s.currency())),
                    KpiRecords.targetAccounts(s).list().ofMaxSize(RECORDS)))
        .add(VisitLog.class, s -> accumulators(visits(s), activities(s)))
        .add(CustomerValues.class, s -> accumulators(pyramid(s), totalValues(s)))
        .add(
            ClosureTimes.class,
            s -> accumulators(KpiRecords.periods(s).map(IssueClosureTime::in), issues(s)))
        .add(
            CoverageCounts.class,
            s ->
                accumulators(
                    Arbitraries.of(org.leadtocash.domain.relationship.KeyRelationshipLevel.class)
                        .map(RelationshipCoverage::of),
                    KpiRecords.assessedChains(s).list().ofMaxSize(4)))
        .add(
            SatisfactionIndices.class,
            s -> accumulators(KpiRecords.periods(s).map(SatisfactionIndex::in), surveys(s)))
        .add(
            PoolUsage.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(PoolUtilisation::in),
                    KpiRecords.poolEntries(s).list().ofMaxSize(RECORDS)))
        .add(
            ScorecardTotals.class,
            s ->
                accumulators(
                    KpiRecords.periods(s).map(RoleScorecard::in),
                    KpiRecords.measurements(s).list().ofMaxSize(RECORDS)))
        .add(
            TenureCounts.class,
            s -> accumulators(tenure(s), Teams.groupTriangles(s).list().ofMaxSize(6)))
        // results
        .add(
            CycleTime.class,
            s ->
                results(KpiRecords.periods(s).map(DecisionCycle::in), opportunities(s))
                    .filter(r -> r.isPresent())
                    .map(r -> r.orElseThrow()))
        .add(Coverage.class, s -> results(pipelineCoverage(s), opportunities(s)))
        .add(SalesHealth.class, s -> results(watches(s), opportunities(s)))
        .add(WeeklyVisits.class, s -> results(visits(s), activities(s)))
        .add(
            ProfitByUnit.class,
            s -> results(profit(s), KpiRecords.profitRecords(s).list().ofMaxSize(RECORDS)))
        .add(
            Concentration.class,
            s ->
                results(
                    KpiRecords.periods(s).map(p -> ValueConcentration.in(p, s.currency())),
                    totalValues(s)))
        .add(
            CoverageFigures.class,
            s ->
                results(
                    Arbitraries.of(org.leadtocash.domain.relationship.KeyRelationshipLevel.class)
                        .map(RelationshipCoverage::of),
                    KpiRecords.assessedChains(s).list().ofMaxSize(4)))
        .add(
            PoolHours.class,
            s ->
                partsOf(
                    results(
                        KpiRecords.periods(s).map(PoolUtilisation::in),
                        KpiRecords.poolEntries(s).list().ofMaxSize(RECORDS)),
                    u -> u.levels().values()))
        .add(
            Scorecards.class,
            s ->
                results(
                    KpiRecords.periods(s).map(RoleScorecard::in),
                    KpiRecords.measurements(s).list().ofMaxSize(RECORDS)))
        .add(
            Scorecard.class,
            s ->
                partsOf(
                    results(
                        KpiRecords.periods(s).map(RoleScorecard::in),
                        KpiRecords.measurements(s).list().ofMaxSize(RECORDS)),
                    Scorecards::cards))
        .add(
            TenureFigures.class,
            s -> results(tenure(s), Teams.groupTriangles(s).list().ofMaxSize(6)))
        // the generic structures, as the library's KPIs use them
        .addGeneric(KeyedSums.class, List.of(OperatingUnit.class, Money.class), Kpis::keyedSums)
        .addGeneric(OncePerFact.class, List.of(Contract.class, Money.class), Kpis::ordersOnce)
        .add(WatchedOpportunities.class, Kpis::watched)
        .addGeneric(SumTree.class, List.of(CustomerId.class, BigDecimal.class), Kpis::sumTrees)
        .addGeneric(RollUp.class, List.of(Tally.class, Rate.class), Kpis::winRateRollUps)
        .addGeneric(
            RollUp.class, List.of(SalesFigures.class, SalesHealth.class), Kpis::watchRollUps);
  }

  /**
   * Returns the accumulator a KPI reaches by adding records to its {@code empty()}.
   *
   * @param kpis the KPIs; not null
   * @param records the records, in the order they are added; not null
   * @param <R> the records' type
   * @param <A> the accumulator's type
   * @param <V> the result's type
   * @return the accumulators, never null
   */
  public static <R, A, V> Arbitrary<A> accumulators(
      Arbitrary<? extends Kpi<R, A, V>> kpis, Arbitrary<List<R>> records) {
    return Combinators.combine(kpis, records).as(Kpis::fold);
  }

  /**
   * Returns the result a KPI computes over records.
   *
   * @param kpis the KPIs; not null
   * @param records the records; not null
   * @param <R> the records' type
   * @param <A> the accumulator's type
   * @param <V> the result's type
   * @return the results, never null
   */
  public static <R, A, V> Arbitrary<V> results(
      Arbitrary<? extends Kpi<R, A, V>> kpis, Arbitrary<List<R>> records) {
    return Combinators.combine(kpis, records).as((kpi, rs) -> kpi.result(fold(kpi, rs)));
  }

  private static <R, A, V> A fold(Kpi<R, A, V> kpi, List<R> records) {
    A accumulator = kpi.empty();
    for (R record : records) {
      accumulator = kpi.add(accumulator, record);
    }
    return accumulator;
  }

  // ---------------------------------------------------------------- records

  private static Arbitrary<List<Opportunity>> opportunities(Settings settings) {
    return BookOfBusiness.opportunities(settings, 20);
  }

  private static Arbitrary<List<Contract>> contracts(Settings settings) {
    return Contracts.contracts(settings).list().ofMaxSize(4);
  }

  private static Arbitrary<List<ContactActivity>> activities(Settings settings) {
    return Arbitraries.integers()
        .between(1, 30)
        .map(size -> BookOfBusiness.generate(settings, size, size, 3).activities());
  }

  private static Arbitrary<List<CustomerTotalValue>> totalValues(Settings settings) {
    return Customers.totalValues(settings).list().ofMaxSize(RECORDS);
  }

  private static Arbitrary<List<CustomerIssue>> issues(Settings settings) {
    return CustomerIssues.issues(settings).list().ofMaxSize(6);
  }

  private static Arbitrary<List<SatisfactionSurvey>> surveys(Settings settings) {
    return Surveys.surveys(settings).list().ofMaxSize(6);
  }

  // ---------------------------------------------------------------- KPIs

  private static Arbitrary<HeadToHead> headToHead(Settings settings) {
    return Combinators.combine(KpiRecords.periods(settings), CommonValues.competitors())
        .as(HeadToHead::in);
  }

  private static Arbitrary<PipelineCoverage> pipelineCoverage(Settings settings) {
    return Combinators.combine(
            KpiRecords.periods(settings), CommonValues.amounts(settings.currency(), 1, 100_000_000))
        .as(PipelineCoverage::in);
  }

  private static Arbitrary<SuppressionRatio> suppression(Settings settings) {
    return Combinators.combine(KpiRecords.periods(settings), CommonValues.competitors())
        .as((p, c) -> SuppressionRatio.in(p, c, settings.currency()));
  }

  /**
   * Returns sales watches (DOMAIN D1.6, D12) over a period of the window with a target in the
   * settings' currency.
   *
   * @param settings what to generate within; not null
   * @return the watches, never null
   */
  public static Arbitrary<SalesWatch> watches(Settings settings) {
    return Combinators.combine(
            KpiRecords.periods(settings), CommonValues.amounts(settings.currency(), 1, 100_000_000))
        .as(SalesWatch::in);
  }

  /**
   * Returns the figures of sales watches (DOMAIN D1.6, D12) kept current over books of business,
   * each opportunity offered once or twice.
   *
   * @param settings what to generate within; not null
   * @return the watched figures, never null
   */
  public static Arbitrary<WatchedOpportunities> watched(Settings settings) {
    return Combinators.combine(watches(settings), opportunities(settings))
        .as(
            (watch, deals) -> {
              WatchedOpportunities watched = WatchedOpportunities.of(watch);
              for (Opportunity deal : deals) {
                if (watched.version(deal.id()).isEmpty()) {
                  watched = watched.offer(deal).offer(deal);
                }
              }
              return watched;
            });
  }

  private static Arbitrary<OncePerFact<Contract, Money>> ordersOnce(Settings settings) {
    return KpiRecords.periods(settings).map(p -> OncePerFact.of(Orders.in(p, settings.currency())));
  }

  private static Arbitrary<OverdueReceivables> overdue(Settings settings) {
    return CommonValues.dates(settings).map(d -> OverdueReceivables.asOf(d, settings.currency()));
  }

  private static Arbitrary<Profit> profit(Settings settings) {
    return Combinators.combine(KpiRecords.periods(settings), Arbitraries.of(UnitKind.class))
        .as((p, kind) -> Profit.in(p, kind, settings.currency()));
  }

  private static Arbitrary<VisitsPerWeek> visits(Settings settings) {
    return CommonValues.dates(settings)
        .map(
            d -> {
              Set<org.threeten.extra.YearWeek> weeks =
                  Set.of(
                      org.threeten.extra.YearWeek.from(d),
                      org.threeten.extra.YearWeek.from(d.plusWeeks(1)));
              return VisitsPerWeek.in(weeks, Set.copyOf(settings.accountManagers()));
            });
  }

  private static Arbitrary<PyramidMembership> pyramid(Settings settings) {
    return Combinators.combine(
            KpiRecords.periods(settings),
            Arbitraries.of(PyramidPolicy.standard(), PyramidPolicy.byCumulativeValue(70, 90)))
        .as((p, policy) -> PyramidMembership.in(p, settings.currency(), policy));
  }

  private static Arbitrary<TenureAgainstRotation> tenure(Settings settings) {
    return Combinators.combine(
            CommonValues.dates(settings),
            Arbitraries.of(
                RotationPolicy.standard(), RotationPolicy.of(java.time.Period.ofYears(3))))
        .as(TenureAgainstRotation::asOf);
  }

  // ---------------------------------------------------------------- structures

  private static Arbitrary<KeyedSums<OperatingUnit, Money>> keyedSums(Settings settings) {
    return Combinators.combine(
            KpiRecords.operatingUnits(settings),
            CommonValues.amounts(settings.currency(), 0, 1_000_000))
        .as((unit, amount) -> Map.entry(unit, amount))
        .list()
        .ofMaxSize(RECORDS)
        .map(
            entries -> {
              KeyedSums<OperatingUnit, Money> sums = KeyedSums.empty(Money::plus);
              for (Map.Entry<OperatingUnit, Money> e : entries) {
                sums = sums.plus(e.getKey(), e.getValue());
              }
              return sums;
            });
  }

  private static Arbitrary<SumTree<CustomerId, BigDecimal>> sumTrees(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000))
                .ofScale(2))
        .as((customer, amount) -> Map.entry(customer, amount))
        .list()
        .ofMaxSize(RECORDS)
        .map(
            entries -> {
              SumTree<CustomerId, BigDecimal> tree =
                  SumTree.empty(
                      java.util.Comparator.comparing(CustomerId::value),
                      c -> c.value().hashCode(),
                      BigDecimal::add);
              for (Map.Entry<CustomerId, BigDecimal> e : entries) {
                tree = tree.plus(e.getKey(), e.getValue());
              }
              return tree;
            });
  }

  /** Roll-ups of a KPI over a book: each office's accumulator, rolled up to regions and areas. */
  private static <A, V> Arbitrary<RollUp<A, V>> rollUps(
      Settings settings, Arbitrary<? extends Kpi<Opportunity, A, V>> kpis) {
    return Combinators.combine(kpis, BookOfBusiness.books(settings, 30))
        .as(
            (kpi, book) -> {
              Map<SalesUnitId, A> byOffice = new HashMap<>();
              for (SalesUnitId office : book.offices()) {
                byOffice.put(office, kpi.empty());
              }
              for (int i = 0; i < book.opportunities().size(); i++) {
                SalesUnitId office = book.officeOf(i);
                A before =
                    java.util.Objects.requireNonNull(
                        byOffice.get(office), "every office starts empty");
                byOffice.put(office, kpi.add(before, book.opportunities().get(i)));
              }
              return RollUp.of(kpi, book.organisation(), byOffice);
            });
  }

  private static Arbitrary<RollUp<Tally, Rate>> winRateRollUps(Settings settings) {
    return rollUps(settings, KpiRecords.periods(settings).map(WinRate::in));
  }

  private static Arbitrary<RollUp<SalesFigures, SalesHealth>> watchRollUps(Settings settings) {
    return rollUps(settings, watches(settings));
  }
}
