package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.testing.Periods.days;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.contract.AgeingBucket;

/**
 * The finance values at the exact edges of their own checks (DOMAIN D6, D9.6, D12; DESIGN §2 for
 * currencies): a part equal to its whole is accepted and one cent more refused, a negative amount
 * is refused at one cent below 0, and no sum mixes currencies, each with the message naming what is
 * wrong.
 */
class FinanceValueChecksTest {

  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final OperatingUnit CU_A = OperatingUnit.customer(CustomerId.of("CU-A"));

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static Money usd(long amount) {
    return Money.of(USD, amount);
  }

  private static Map<AgeingBucket, Money> buckets(Money each) {
    Map<AgeingBucket, Money> buckets = new EnumMap<>(AgeingBucket.class);
    for (AgeingBucket bucket : AgeingBucket.values()) {
      buckets.put(bucket, each);
    }
    return buckets;
  }

  @Test
  @DisplayName(
      "DOMAIN D12: a money rate's part equal to its whole is accepted; one cent more, one cent"
          + " below 0 and a part in dollars of a whole in yuan are refused")
  void moneyTallyEdges() {
    assertEquals(cny(1), new MoneyTally(cny(1), cny(1)).part());
    assertEquals(
        "a money rate's part CNY 1.01 is at most its whole CNY 1.00",
        refused(() -> new MoneyTally(Money.of(CNY, 1.01), cny(1))));
    assertEquals(
        "a money rate's part is not negative: CNY -0.01",
        refused(() -> new MoneyTally(Money.of(CNY, -0.01), cny(1))));
    assertEquals(
        "a money rate never mixes currencies: part in CNY, whole in USD (DESIGN §2)",
        refused(() -> new MoneyTally(cny(1), usd(2))));
    assertEquals(
        "a KPI in CNY never adds USD silently (DESIGN §2)",
        refused(() -> MoneyTally.zero(CNY).plus(MoneyTally.zero(USD))));
  }

  @Test
  @DisplayName("DOMAIN D9.6: profit by unit in yuan refuses unassigned or unit profit in dollars")
  void profitByUnitKeepsOneCurrency() {
    assertEquals(
        "unassigned profit is in USD, not CNY (DESIGN §2)",
        refused(() -> new ProfitByUnit(UnitKind.CUSTOMER, CNY, Map.of(), usd(0))));
    assertEquals(
        "the profit of " + CU_A + " is in USD, not CNY (DESIGN §2)",
        refused(() -> new ProfitByUnit(UnitKind.CUSTOMER, CNY, Map.of(CU_A, usd(5)), cny(0))));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.6: units rank most profitable first; CU-B and CU-C, tied at CNY 5, rank by code")
  void tiedUnitsRankByCode() {
    OperatingUnit cuB = OperatingUnit.customer(CustomerId.of("CU-B"));
    OperatingUnit cuC = OperatingUnit.customer(CustomerId.of("CU-C"));
    Map<OperatingUnit, Money> byUnit = new LinkedHashMap<>();
    byUnit.put(cuC, cny(5));
    byUnit.put(CU_A, cny(1));
    byUnit.put(cuB, cny(5));
    assertEquals(
        List.of(cuB, cuC, CU_A),
        List.copyOf(new ProfitByUnit(UnitKind.CUSTOMER, CNY, byUnit, cny(0)).byUnit().keySet()));
  }

  @Test
  @DisplayName("DOMAIN D9.6: a ledger in yuan refuses a record or a ledger in dollars")
  void profitLedgerKeepsOneCurrency() {
    ProfitLedger yuan = ProfitLedger.zero(UnitKind.CUSTOMER, CNY);
    assertEquals(
        "profit in CNY never adds a record in USD silently (DESIGN §2)",
        refused(() -> yuan.plus(ProfitRecord.of(date(3), usd(10), usd(6), CU_A))));
    assertEquals(
        "profit in CNY never adds USD silently (DESIGN §2)",
        refused(() -> yuan.plus(ProfitLedger.zero(UnitKind.CUSTOMER, USD))));
  }

  @Test
  @DisplayName("DOMAIN D9.6: the profit KPI in yuan refuses a record in dollars, naming both")
  void profitKpiKeepsOneCurrency() {
    Profit profit = Profit.in(days(0, 31), UnitKind.CUSTOMER, CNY);
    assertEquals(
        "profit in CNY never adds a record in USD silently (DESIGN §2)",
        refused(() -> profit.add(profit.empty(), ProfitRecord.of(date(3), usd(10), usd(6), CU_A))));
  }

  @Test
  @DisplayName(
      "DOMAIN D6: an ageing of zero buckets is accepted; a missing bucket, a bucket of -0.01, a"
          + " bucket in USD and a sum across currencies are refused")
  void receivablesAgeingEdges() {
    assertEquals(
        ReceivablesAgeing.zero(AS_OF, CNY), new ReceivablesAgeing(AS_OF, CNY, buckets(cny(0))));
    Map<AgeingBucket, Money> missing = buckets(cny(0));
    missing.remove(AgeingBucket.OVER_90);
    assertEquals(
        "an ageing has every bucket; OVER_90 is missing",
        refused(() -> new ReceivablesAgeing(AS_OF, CNY, missing)));
    Map<AgeingBucket, Money> negative = buckets(cny(0));
    negative.put(AgeingBucket.CURRENT, Money.of(CNY, -0.01));
    assertEquals(
        "bucket CURRENT is not negative: CNY -0.01",
        refused(() -> new ReceivablesAgeing(AS_OF, CNY, negative)));
    Map<AgeingBucket, Money> dollars = buckets(cny(0));
    dollars.put(AgeingBucket.OVER_90, Money.of(USD, 1));
    assertEquals(
        "bucket OVER_90 is in USD, not the ageing's CNY (DESIGN §2)",
        refused(() -> new ReceivablesAgeing(AS_OF, CNY, dollars)));
    assertEquals(
        "an ageing in CNY never adds USD silently (DESIGN §2)",
        refused(() -> ReceivablesAgeing.zero(AS_OF, CNY).plus(ReceivablesAgeing.zero(AS_OF, USD))));
  }
}
