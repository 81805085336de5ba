package org.leadtocash.examples;

import static org.leadtocash.examples.LeadToCashStory.CNY;
import static org.leadtocash.examples.LeadToCashStory.REPORT_DATE;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.dashboard.Dashboard;
import org.leadtocash.metrics.dashboard.Funnel;
import org.leadtocash.metrics.dashboard.KpiProgress;
import org.leadtocash.metrics.dashboard.OrganisationDashboard;
import org.leadtocash.metrics.dashboard.PipelineFunnel;
import org.leadtocash.metrics.dashboard.SalesBook;
import org.leadtocash.metrics.dashboard.SalesFigures;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.metrics.efficiency.SalesLossWaterfall;
import org.leadtocash.metrics.efficiency.TargetAccount;
import org.leadtocash.metrics.efficiency.Waterfall;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.rollup.RollUp;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareTally;
import org.leadtocash.metrics.sales.WinRate;
import org.threeten.extra.LocalDateRange;

/**
 * The numbers of the story (DOMAIN D12, D1.6): the KPIs computed from the story's own lead,
 * opportunity, contract and issue, the sales-loss waterfall of the office's portfolio, and the
 * "four things watched" dashboard of the Beijing office on the report date.
 */
public final class DashboardStory {

  /** The Beijing office's calendar, in which its KPIs read an instant as a date. */
  public static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");

  /**
   * The year the story's KPIs are computed for, from the story's first day in December 2025, as the
   * Beijing office's calendar dates it.
   */
  public static final ReportingPeriod YEAR =
      ReportingPeriod.of(
          LocalDateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 1)), BEIJING_TIME);

  private DashboardStory() {}

  /**
   * Another opportunity of the office: East Telecom's 5G core, a hilltop project on yellow.
   *
   * @return the open opportunity
   */
  public static Opportunity eastTelecomCore() {
    return Opportunity.open(
            OpportunityId.of("OP-2026-044"),
            OpportunityProfile.builder()
                .customer(CustomerId.of("CU-EAST-TELECOM"))
                .name("5G core, eastern provinces")
                .owner(LeadToCashStory.ZHANG_AR)
                .amount(cny(20_000_000))
                .build(),
            on(LocalDate.of(2026, 6, 1)))
        .then(o -> o.markHilltop(TrafficLight.YELLOW, on(LocalDate.of(2026, 6, 2))))
        .state();
  }

  /** The Beijing office, where the story happens. */
  public static final SalesUnitId BEIJING = SalesUnitId.of("OFFICE-BEIJING");

  /** The Tianjin office, next door. */
  public static final SalesUnitId TIANJIN = SalesUnitId.of("OFFICE-TIANJIN");

  /** The Guangzhou office, in the south. */
  public static final SalesUnitId GUANGZHOU = SalesUnitId.of("OFFICE-GUANGZHOU");

  /** The North region. */
  public static final SalesUnitId NORTH = SalesUnitId.of("REGION-NORTH");

  /** The South region. */
  public static final SalesUnitId SOUTH = SalesUnitId.of("REGION-SOUTH");

  /** The China area. */
  public static final SalesUnitId CHINA = SalesUnitId.of("AREA-CHINA");

  /**
   * The win rate rolled up office → region → area (D9.5, D12): Beijing's from the story's
   * opportunities, the other offices' accumulators as their own runs of the same KPI reported them;
   * the regions and the area merge them, never recomputing.
   *
   * @param beijing the Beijing office's opportunities; not null
   * @return the roll-up
   */
  public static RollUp<Tally, Rate> winRateRollUp(List<Opportunity> beijing) {
    WinRate winRate = WinRate.in(YEAR);
    Tally beijingTally = winRate.empty();
    for (Opportunity opportunity : beijing) {
      beijingTally = winRate.add(beijingTally, opportunity);
    }
    return RollUp.of(
        winRate,
        ORGANISATION,
        Map.of(BEIJING, beijingTally, TIANJIN, new Tally(3, 5), GUANGZHOU, new Tally(4, 10)));
  }

  /** The sales organisation: the China area, its North and South regions and their offices. */
  public static final SalesOrganisation ORGANISATION =
      SalesOrganisation.builder()
          .area(CHINA)
          .region(NORTH, CHINA)
          .region(SOUTH, CHINA)
          .office(BEIJING, NORTH)
          .office(TIANJIN, NORTH)
          .office(GUANGZHOU, SOUTH)
          .build();

  /** The sales watch of the story's year, against Beijing's orders target (D1.6, D12). */
  public static final SalesWatch WATCH = SalesWatch.in(YEAR, cny(40_000_000));

  /**
   * The four watches of every unit, rolled up office → region → area (D1.6, D9.5): Beijing's
   * figures from one scan of its opportunities, the other offices' figures as their own runs of the
   * same watch reported them; each office's orders target of the year; a win-rate goal of one in
   * two; a risk raised in Guangzhou.
   *
   * @param beijing the Beijing office's opportunities; not null
   * @return the dashboards
   */
  public static OrganisationDashboard organisationDashboard(List<Opportunity> beijing) {
    SalesFigures tianjin =
        new SalesFigures(
            new Tally(3, 5),
            new Funnel(new long[] {8, 6, 5, 3}),
            new Tally(10, 12),
            new PipelineTally(new MoneyTotal(cny(30_000_000)), new MoneyTotal(cny(12_000_000)), 4),
            new ShareTally(new MoneyTotal(cny(9_000_000)), new MoneyTotal(cny(20_000_000))));
    SalesFigures guangzhou =
        new SalesFigures(
            new Tally(4, 10),
            new Funnel(new long[] {14, 10, 8, 4}),
            new Tally(15, 20),
            new PipelineTally(new MoneyTotal(cny(25_000_000)), new MoneyTotal(cny(8_000_000)), 5),
            new ShareTally(new MoneyTotal(cny(12_000_000)), new MoneyTotal(cny(40_000_000))));
    return OrganisationDashboard.builder(WATCH, ORGANISATION, REPORT_DATE)
        .office(BEIJING, WATCH.over(SalesBook.of(beijing)), cny(40_000_000))
        .office(TIANJIN, tianjin, cny(30_000_000))
        .office(GUANGZHOU, guangzhou, cny(50_000_000))
        .hilltops(BEIJING, beijing)
        .winRateGoal(new BigDecimal("0.5"))
        .risk(GUANGZHOU, "South Grid's tender postponed to 2027: 20 M of pipeline at risk")
        .build();
  }

  /**
   * The opportunity funnel of the year (D12).
   *
   * @param opportunities the opportunities; not null
   * @return the funnel
   */
  public static Funnel funnel(List<Opportunity> opportunities) {
    return PipelineFunnel.in(YEAR).compute(opportunities);
  }

  /**
   * The sales-loss waterfall of the office's six target accounts (D11.5): where the market went.
   *
   * @return the waterfall
   */
  public static Waterfall waterfall() {
    return SalesLossWaterfall.of(CNY)
        .compute(
            List.of(
                TargetAccount.won(LeadToCashStory.NORTH_MOBILE, cny(12_000_000), cny(9_000_000)),
                TargetAccount.pursuedNotWon(CustomerId.of("CU-EAST-TELECOM"), cny(20_000_000)),
                TargetAccount.contactedNotPursued(CustomerId.of("CU-WEST-POWER"), cny(6_000_000)),
                TargetAccount.won(CustomerId.of("CU-METRO-RAIL"), cny(4_000_000), cny(4_000_000)),
                TargetAccount.notContacted(CustomerId.of("CU-HARBOUR-BANK"), cny(5_000_000)),
                TargetAccount.notContacted(CustomerId.of("CU-CITY-HOSPITAL"), cny(3_000_000))));
  }

  /**
   * The Beijing office's dashboard on the report date (D1.6).
   *
   * @param lead the story's lead; not null
   * @param opportunities the office's opportunities; not null
   * @param contract the story's contract as of the report date; not null
   * @param issues the office's customer issues; not null
   * @param chain the buying centre's coverage; not null
   * @return the dashboard
   */
  public static Dashboard dashboard(
      Lead lead,
      List<Opportunity> opportunities,
      Contract contract,
      List<CustomerIssue> issues,
      ChainCoverageReport chain) {
    Rate conversion = LeadConversionRate.in(YEAR).compute(List.of(lead));
    Rate winRate = WinRate.in(YEAR).compute(opportunities);
    CollectionRate collectionRate =
        CollectionRate.in(
            ReportingPeriod.of(
                LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), REPORT_DATE), BEIJING_TIME),
            CNY);
    Rate collection = collectionRate.compute(List.of(contract));
    return Dashboard.builder("Beijing office", REPORT_DATE)
        .health("opportunity funnel", funnel(opportunities))
        .health("lead conversion rate", conversion)
        .health("collection rate of invoices due so far", collection)
        .progress(
            new KpiProgress(
                WinRate.in(YEAR).definition(), value(winRate), new BigDecimal("0.5"), true))
        .progress(
            new KpiProgress(
                collectionRate.definition(), value(collection), new BigDecimal("0.9"), true))
        .hilltops(opportunities)
        .overdue(contract.receivables(REPORT_DATE))
        .openIssues(issues)
        .chainRisks(chain)
        .build();
  }

  private static BigDecimal value(Rate rate) {
    return rate.value().orElse(BigDecimal.ZERO);
  }
}
