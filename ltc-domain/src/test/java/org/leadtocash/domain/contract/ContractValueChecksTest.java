package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract's values refuse what no contract records: a blank reason, an amount in another
 * currency, an inflow of nothing (DOMAIN D5.2, D5.3, D5.4).
 */
class ContractValueChecksTest {

  private static final Money EUR = Money.of(CurrencyUnit.EUR, 100);

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D5.4: a risk is accepted, and a clause flagged, with a reason")
  void riskReasons() {
    assertEquals(
        "accepting a risk states why (DOMAIN D5.4)",
        refused(() -> new RiskAcceptance(PEN, LEGAL, " ", day(55))));
    assertEquals(
        "a risk finding states why the clause is flagged",
        refused(() -> RiskFinding.of(PEN, RiskKind.UNCAPPED_PENALTY, " ")));
  }

  @Test
  @DisplayName("DOMAIN D5.2: a change is recorded with its reason, in the contract's currency")
  void recordedChange() {
    assertEquals(
        "a contract change is recorded with its reason (DOMAIN D5.2)",
        refused(
            () ->
                new RecordedChange(
                    ContractChange.scope("two more sites"), SALES_VP, " ", cny(100), day(60))));
    assertEquals(
        "a change keeps the contract currency CNY, not EUR (DOMAIN D5.3)",
        refused(
            () ->
                new RecordedChange(
                    ContractChange.amount(EUR, "in euros"), SALES_VP, "asked", cny(100), day(60))));
    assertEquals(
        cny(120),
        new RecordedChange(
                ContractChange.amount(cny(120), "more"), SALES_VP, "asked", cny(100), day(60))
            .newValue());
  }

  @Test
  @DisplayName("DOMAIN D5.3: money expected is positive and in the plan's or report's currency")
  void plansAndReports() {
    ExpectedInflow inEuros = new ExpectedInflow(ADVANCE, Optional.empty(), EUR, date(60));
    assertEquals(
        "an expected inflow is in EUR, not the plan's CNY",
        refused(() -> new CollectionPlan(CONTRACT, CNY, List.of(inEuros))));
    assertEquals(
        "an expected inflow is positive, not CNY 0.00",
        refused(() -> new ExpectedInflow(ADVANCE, Optional.empty(), cny(0), date(60))));
    ReceivableLine line =
        new ReceivableLine(
            InvoiceId.of("INV-1"), ADVANCE, date(90), true, EUR, Money.zero(CurrencyUnit.EUR), 0);
    assertEquals(
        "receivable INV-1 is in EUR, not the report's CNY",
        refused(() -> new ReceivablesReport(CONTRACT, date(90), CNY, List.of(line))));
  }
}
