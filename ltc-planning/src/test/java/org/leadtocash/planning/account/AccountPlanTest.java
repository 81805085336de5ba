package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * The account manager writes North Mobile's account plan (DOMAIN D11.9) over a few weeks: customer
 * information first, then targets, then strategy, and reads the completeness report as she goes.
 */
class AccountPlanTest {

  static final CustomerId NORTH_MOBILE = CustomerId.of("north-mobile");

  /** Customer information and two opportunities: targets and strategy still open. */
  static AccountPlan.Builder draft() {
    return AccountPlan.builder(NORTH_MOBILE)
        .sales("transport network", cny(120_000_000))
        .sales("core network", cny(60_000_000))
        .profitability(cny(21_600_000))
        .decisionMaking(DecisionPower.HEADQUARTERS, "group tender, provincial technical evaluation")
        .opportunity(OpportunityId.of("OP-5G-PORTS"))
        .opportunity(OpportunityId.of("OP-BRANCH-DATA"));
  }

  /** The whole plan. */
  static AccountPlan.Builder full() {
    return draft()
        .opportunity(OpportunityId.of("OP-SECOND-OPERATOR"))
        .risk("the incumbent bids below cost for the core refresh")
        .target("transport network", cny(135_000_000))
        .target("private 5G", cny(30_000_000))
        .callFrequency(2, Period.ofMonths(1))
        .teamRequirement("a port-automation solution architect")
        .productRequirement("private 5G with edge computing")
        .measure("share of wallet in enterprise services")
        .milestone("pilot accepted at the north port", LocalDate.of(2026, 6, 30))
        .milestone("framework contract signed", LocalDate.of(2026, 3, 31));
  }

  @Test
  @DisplayName("DOMAIN D11.9: the report lists every part of the three sections, in order")
  void listsEveryPart() {
    Completeness report = draft().build().completeness();

    assertEquals(RuleId.D11_9, report.rule());
    assertEquals(
        List.of(
            "customer information: sales by product",
            "customer information: customer profitability",
            "customer information: decision power and process",
            "customer targets: best 3 to 5 opportunities",
            "customer targets: biggest risks",
            "customer targets: targets by product",
            "customer strategy: call-plan frequency",
            "customer strategy: team requirements",
            "customer strategy: product requirements",
            "customer strategy: performance measures",
            "customer strategy: milestones"),
        report.items().stream().map(CompletenessItem::item).toList());
  }

  @Test
  @DisplayName("DOMAIN D11.9: two opportunities are not enough; open parts are missing")
  void draftIsIncomplete() {
    AccountPlan plan = draft().build();
    Completeness report = plan.completeness();

    assertFalse(report.isComplete());
    assertEquals(8, report.missing().size());
    assertEquals(
        "customer targets: best 3 to 5 opportunities missing: only 2 opportunities (OP-5G-PORTS,"
            + " OP-BRANCH-DATA), at least 3 are needed",
        report.missing().get(0).reason());
    assertEquals(
        "customer information: sales by product 2 products", report.items().get(0).reason());
    assertEquals(
        "customer information: decision power and process given: headquarters, group tender,"
            + " provincial technical evaluation",
        report.items().get(2).reason());
    assertFalse(plan.has(PlanPart.BEST_OPPORTUNITIES));
    assertTrue(plan.has(PlanPart.PROFITABILITY));
  }

  @Test
  @DisplayName("DOMAIN D11.9: the full plan is complete; products by name, milestones by date")
  void fullPlan() {
    AccountPlan plan = full().build();

    assertTrue(plan.completeness().isComplete(), plan.completeness()::explanation);
    assertEquals(
        List.of("core network", "transport network"), List.copyOf(plan.salesByProduct().keySet()));
    assertEquals(
        List.of("framework contract signed", "pilot accepted at the north port"),
        plan.milestones().stream().map(Milestone::name).toList());
    assertEquals(
        "customer strategy: call-plan frequency given: 2 calls every P1M",
        plan.completeness().items().get(6).reason());
  }

  @Test
  @DisplayName("DOMAIN D11.9: a sixth opportunity is refused, naming the rule")
  void sixOpportunitiesAreRefused() {
    AccountPlan.Builder plan =
        full().opportunity(OpportunityId.of("OP-4")).opportunity(OpportunityId.of("OP-5"));
    assertEquals(5, plan.build().bestOpportunities().size());

    plan.opportunity(OpportunityId.of("OP-6"));
    IllegalArgumentException six = assertThrows(IllegalArgumentException.class, plan::build);
    assertTrue(
        six.getMessage().contains("best 3 to 5 opportunities, not 6 (DOMAIN D11.9)"),
        six.getMessage());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.9: repeats, mixed currencies, blank texts and negative sales are refused")
  void badInputIsRefused() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().opportunity(OpportunityId.of("OP-5G-PORTS")).build());
    assertTrue(twice.getMessage().contains("each opportunity once (DOMAIN D11.9)"));
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().target("roaming", Money.parse("EUR 1000000")).build());
    assertTrue(mixed.getMessage().contains("one currency (DOMAIN D11.9)"), mixed.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> draft().risk(" ").build());
    assertTrue(blank.getMessage().contains("risk is written (DOMAIN D11.9)"));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> draft().sales("IoT", cny(-1)).build());
    assertTrue(negative.getMessage().contains("sales for IoT is not negative (DOMAIN D11.9)"));
    assertThrows(IllegalArgumentException.class, () -> new CallFrequency(0, Period.ofMonths(1)));
    assertThrows(IllegalArgumentException.class, () -> new CallFrequency(1, Period.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> new DecisionMaking(DecisionPower.LOCAL, " "));
  }

  @Test
  @DisplayName("DOMAIN D11.9: an unprofitable customer is information, not an error")
  void lossIsAllowed() {
    AccountPlan plan = draft().profitability(cny(-3_000_000)).build();

    assertEquals(
        "customer information: customer profitability given: CNY -3,000,000.00",
        plan.completeness().items().get(1).reason());
  }
}
