package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.RIVAL;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.testing.Deals;

/** Null rejection, equality and checked parts of the sales KPIs' public types (DESIGN §5). */
class SalesContractsTest {

  private static final ReportingPeriod JANUARY = days(0, 31);
  private static final ReportingPeriod QUARTER = days(0, 90);
  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(ReportingPeriod.class, QUARTER)
        .setDefault(Opportunity.class, Deals.open(1, 0, 1_000).opportunity())
        .setDefault(
            CustomerSpend.class,
            new CustomerSpend(NORTH, "wireless", QUARTER.dates(), cny(1), cny(2)))
        .setDefault(MoneyTotal.class, MoneyTotal.zero(CNY))
        .setDefault(Tally.class, Tally.NONE)
        .setDefault(CycleTally.class, CycleTally.NONE)
        .setDefault(PipelineTally.class, PipelineTally.zero(CNY))
        .setDefault(ShareTally.class, ShareTally.zero(CNY))
        .setDefault(SuppressionTally.class, SuppressionTally.zero(CNY))
        .setDefault(HeadToHeadScore.class, HeadToHeadScore.NONE);
  }

  @Test
  @DisplayName("every public method and constructor of the sales KPIs rejects null")
  void nullRejection() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            WinRate.class,
            DecisionCycle.class,
            DecisionTimeliness.class,
            PipelineCoverage.class,
            MarketShare.class,
            ShareOfWallet.class,
            SuppressionRatio.class,
            HeadToHead.class,
            SalesKpis.class,
            CycleTally.class,
            CycleTime.class,
            PipelineTally.class,
            Coverage.class,
            ShareTally.class,
            SuppressionTally.class,
            HeadToHeadScore.class,
            CustomerSpend.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    for (Object instance :
        List.of(
            WinRate.in(JANUARY),
            DecisionCycle.in(QUARTER),
            DecisionTimeliness.in(QUARTER),
            PipelineCoverage.in(QUARTER, cny(10)),
            MarketShare.in(JANUARY, CNY),
            ShareOfWallet.in(QUARTER, NORTH, CNY),
            ShareOfWallet.in(QUARTER, CNY),
            SuppressionRatio.in(JANUARY, RIVAL, CNY),
            HeadToHead.in(JANUARY, RIVAL),
            CycleTally.of(3),
            PipelineTally.zero(CNY),
            new Coverage(cny(10), cny(5), cny(1), 2),
            ShareTally.zero(CNY),
            SuppressionTally.zero(CNY),
            HeadToHeadScore.WIN)) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("the accumulators and values are equal by their parts")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CycleTally.NONE, new CycleTally(0, 0, 0))
        .addEqualityGroup(CycleTally.of(3), new CycleTally(1, 3, 3))
        .addEqualityGroup(CycleTally.of(3).plus(CycleTally.of(5)), new CycleTally(2, 8, 5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new CycleTime(2, Duration.ofDays(4), Duration.ofDays(5)),
            CycleTally.of(3).plus(CycleTally.of(5)).time().orElseThrow())
        .addEqualityGroup(new CycleTime(1, Duration.ofDays(4), Duration.ofDays(4)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PipelineTally.zero(CNY), PipelineTally.zero(CNY))
        .addEqualityGroup(
            PipelineTally.zero(CNY).plus(cny(10), cny(3)),
            new PipelineTally(new MoneyTotal(cny(10)), new MoneyTotal(cny(3)), 1))
        .addEqualityGroup(PipelineTally.zero(Money.parse("USD 0").getCurrencyUnit()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Coverage(cny(10), cny(5), cny(1), 2), new Coverage(cny(10), cny(5), cny(1), 2))
        .addEqualityGroup(new Coverage(cny(10), cny(5), cny(1), 3))
        .addEqualityGroup(new Coverage(cny(20), cny(5), cny(1), 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ShareTally.zero(CNY), ShareTally.zero(CNY))
        .addEqualityGroup(
            ShareTally.zero(CNY).plus(cny(1), cny(4)),
            new ShareTally(new MoneyTotal(cny(1)), new MoneyTotal(cny(4))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SuppressionTally.zero(CNY), SuppressionTally.zero(CNY))
        .addEqualityGroup(
            SuppressionTally.zero(CNY).plus(cny(5), cny(4)),
            new SuppressionTally(new MoneyTotal(cny(5)), new MoneyTotal(cny(4))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(HeadToHeadScore.NONE, new HeadToHeadScore(0, 0))
        .addEqualityGroup(HeadToHeadScore.WIN.plus(HeadToHeadScore.LOSS), new HeadToHeadScore(1, 1))
        .addEqualityGroup(HeadToHeadScore.WIN)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new CustomerSpend(NORTH, "wireless", QUARTER.dates(), cny(1), cny(2)),
            new CustomerSpend(NORTH, "wireless", QUARTER.dates(), cny(1), cny(2)))
        .addEqualityGroup(new CustomerSpend(NORTH, "optical", QUARTER.dates(), cny(1), cny(2)))
        .addEqualityGroup(new CustomerSpend(NORTH, "wireless", QUARTER.dates(), cny(0), cny(2)))
        .testEquals();
  }

  @Test
  @DisplayName("the accumulators and values refuse inconsistent parts, naming them")
  void inconsistentPartsAreRefused() {
    refused(() -> new CycleTally(-1, 0, 0), "not negative");
    refused(() -> new CycleTally(1, 2, 3), "longest");
    refused(() -> new CycleTally(0, 5, 0), "no cycle");
    refused(() -> CycleTally.of(-2), "not negative");
    refused(() -> new CycleTime(0, Duration.ZERO, Duration.ZERO), "at least one cycle");
    refused(() -> new CycleTime(1, Duration.ofDays(-1), Duration.ZERO), "not negative");
    refused(() -> new CycleTime(2, Duration.ofDays(3), Duration.ofDays(2)), "longest");
    refused(
        () -> new PipelineTally(MoneyTotal.zero(CNY), new MoneyTotal(Money.parse("USD 0")), 0),
        "DESIGN §2");
    refused(() -> new PipelineTally(new MoneyTotal(cny(1)), new MoneyTotal(cny(2)), 1), "weighted");
    refused(() -> new PipelineTally(MoneyTotal.zero(CNY), MoneyTotal.zero(CNY), -1), "count");
    refused(() -> PipelineTally.zero(CNY).plus(cny(-1), cny(-1)), "not negative");
    refused(() -> new Coverage(cny(0), cny(0), cny(0), 0), "target is positive");
    refused(() -> new Coverage(cny(1), Money.parse("USD 0"), cny(0), 0), "DESIGN §2");
    refused(() -> new Coverage(cny(1), cny(1), cny(2), 1), "weighted");
    refused(() -> new Coverage(cny(1), cny(1), cny(1), -1), "count");
    refused(() -> new ShareTally(new MoneyTotal(cny(2)), new MoneyTotal(cny(1))), "our part");
    refused(
        () -> new ShareTally(MoneyTotal.zero(CNY), new MoneyTotal(Money.parse("USD 1"))),
        "DESIGN §2");
    refused(() -> ShareTally.zero(CNY).plus(cny(3), cny(2)), "our part");
    refused(() -> ShareTally.zero(CNY).plus(Money.parse("USD 1"), cny(2)), "DESIGN §2");
    refused(
        () -> new SuppressionTally(new MoneyTotal(cny(-1)), MoneyTotal.zero(CNY)), "not negative");
    refused(
        () ->
            new SuppressionTally(
                MoneyTotal.zero(CNY), MoneyTotal.zero(Money.parse("USD 0").getCurrencyUnit())),
        "DESIGN §2");
    refused(() -> new HeadToHeadScore(-1, 0), "wins");
    refused(() -> new HeadToHeadScore(0, -1), "losses");
    refused(() -> PipelineCoverage.in(QUARTER, cny(-5)), "target is positive");
  }

  private static void refused(Executable executable, String message) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, executable);
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
  }
}
