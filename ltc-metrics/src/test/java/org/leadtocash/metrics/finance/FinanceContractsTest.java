package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.ProfitTest.CU_A;
import static org.leadtocash.metrics.finance.ProfitTest.CU_B;
import static org.leadtocash.metrics.finance.ProfitTest.NORTH;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.Contracts.InvoiceSpec;
import org.leadtocash.metrics.testing.Periods;
import org.threeten.extra.Interval;

/** Null rejection and equality of the finance package's public types. */
class FinanceContractsTest {

  private static final ReportingPeriod PERIOD = days(0, 31);

  private static NullPointerTester tester() {
    Contract contract =
        RevenueTest.contract("A", 1_000_000, new InvoiceSpec(500_000, 1, 30, 100_000, 2));
    return DomainTesters.nullPointerTester()
        .setDefault(Interval.class, Interval.of(DomainTesters.T0, DomainTesters.T0))
        .setDefault(ReportingPeriod.class, PERIOD)
        .setDefault(Contract.class, contract)
        .setDefault(List.class, Contracts.signed("A", 1_000, 1).events())
        .setDefault(MoneyTotal.class, MoneyTotal.zero(CNY))
        .setDefault(MoneyTally.class, MoneyTally.zero(CNY))
        .setDefault(UnitKind.class, UnitKind.CUSTOMER)
        .setDefault(OperatingUnit.class, CU_A)
        .setDefault(ProfitRecord.class, ProfitRecord.of(date(1), cny(2), cny(1), CU_A))
        .setDefault(ProfitLedger.class, ProfitLedger.zero(UnitKind.CUSTOMER, CNY))
        .setDefault(ReceivablesAgeing.class, ReceivablesAgeing.zero(date(1), CNY))
        .setDefault(AgeingBucket.class, AgeingBucket.CURRENT);
  }

  @Test
  @DisplayName("every public method of the finance package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Orders.class,
            Revenue.class,
            Profit.class,
            CollectionRate.class,
            OverdueReceivables.class,
            FinanceKpis.class,
            MoneyTally.class,
            ReceivablesAgeing.class,
            OperatingUnit.class,
            ProfitRecord.class,
            ProfitLedger.class,
            ProfitByUnit.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Orders.in(Periods.ALL, CNY));
    tester.testAllPublicInstanceMethods(Revenue.in(PERIOD, CNY));
    tester.testAllPublicInstanceMethods(Profit.in(PERIOD, UnitKind.REGION, CNY));
    tester.testAllPublicInstanceMethods(CollectionRate.in(PERIOD, CNY));
    tester.testAllPublicInstanceMethods(OverdueReceivables.asOf(date(40), CNY));
    tester.testAllPublicInstanceMethods(MoneyTally.zero(CNY));
    tester.testAllPublicInstanceMethods(ReceivablesAgeing.zero(date(1), CNY));
    tester.testAllPublicInstanceMethods(ProfitRecord.of(date(1), cny(2), cny(1), CU_A));
    tester.testAllPublicInstanceMethods(ProfitLedger.zero(UnitKind.CUSTOMER, CNY));
    tester.testAllPublicInstanceMethods(
        new ProfitByUnit(UnitKind.CUSTOMER, CNY, Map.of(CU_A, cny(1)), cny(0)));
  }

  @Test
  @DisplayName("finance values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(MoneyTally.zero(CNY), new MoneyTally(cny(0), cny(0)))
        .addEqualityGroup(new MoneyTally(cny(1), cny(2)))
        .addEqualityGroup(new MoneyTally(cny(2), cny(2)))
        .testEquals();
    ReceivablesAgeing zero = ReceivablesAgeing.zero(date(1), CNY);
    ReceivablesAgeing some =
        new ReceivablesAgeing(
            date(1),
            CNY,
            Map.of(
                AgeingBucket.CURRENT, cny(1),
                AgeingBucket.DAYS_1_30, cny(0),
                AgeingBucket.DAYS_31_60, cny(0),
                AgeingBucket.DAYS_61_90, cny(0),
                AgeingBucket.OVER_90, cny(0)));
    new EqualsTester()
        .addEqualityGroup(zero, zero.plus(zero))
        .addEqualityGroup(some, zero.plus(some))
        .addEqualityGroup(ReceivablesAgeing.zero(date(2), CNY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CU_A, OperatingUnit.of(UnitKind.CUSTOMER, "CU-A"))
        .addEqualityGroup(CU_B)
        .addEqualityGroup(OperatingUnit.of(UnitKind.PRODUCT, "CU-A"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProfitRecord.of(date(1), cny(2), cny(1), CU_A, NORTH),
            new ProfitRecord(Set.of(NORTH, CU_A), cny(2), cny(1), date(1)))
        .addEqualityGroup(ProfitRecord.of(date(1), cny(2), cny(1), CU_A))
        .addEqualityGroup(ProfitRecord.of(date(1), cny(3), cny(1), CU_A, NORTH))
        .addEqualityGroup(ProfitRecord.of(date(2), cny(2), cny(1), CU_A, NORTH))
        .testEquals();
    ProfitLedger ledger = ProfitLedger.zero(UnitKind.CUSTOMER, CNY);
    ProfitRecord record = ProfitRecord.of(date(1), cny(2), cny(1), CU_A);
    new EqualsTester()
        .addEqualityGroup(ledger, ledger.plus(ProfitLedger.zero(UnitKind.CUSTOMER, CNY)))
        .addEqualityGroup(
            ledger.plus(record), ProfitLedger.zero(UnitKind.CUSTOMER, CNY).plus(record))
        .addEqualityGroup(ProfitLedger.zero(UnitKind.REGION, CNY))
        .addEqualityGroup(ledger.plus(ProfitRecord.of(date(1), cny(2), cny(1), NORTH)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ProfitByUnit(UnitKind.CUSTOMER, CNY, Map.of(CU_A, cny(1), CU_B, cny(2)), cny(0)),
            ledger
                .plus(ProfitRecord.of(date(1), cny(1), cny(0), CU_A))
                .plus(ProfitRecord.of(date(1), cny(2), cny(0), CU_B))
                .profitByUnit())
        .addEqualityGroup(
            new ProfitByUnit(UnitKind.CUSTOMER, CNY, Map.of(CU_A, cny(1), CU_B, cny(2)), cny(1)))
        .testEquals();
  }

  @Test
  @DisplayName(
      "a contract is a record of orders, as the commands leave it or its history replays it (D5.1)")
  void recordType() {
    List<ContractEvent> history = Contracts.signed("A", 1_000, 1).events();
    Orders orders = Orders.in(Periods.ALL, CNY);
    assertEquals(cny(1_000), orders.compute(List.of(Contracts.signed("A", 1_000, 1).state())));
    assertEquals(cny(1_000), orders.compute(List.of(Contract.replay(history))));
  }
}
