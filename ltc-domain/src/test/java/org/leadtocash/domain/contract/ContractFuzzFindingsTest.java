package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The defect the fuzz tests of issue 12 §6 found in the contract's changes: a null value or list
 * reached {@code Optional.of}, whose exception named no parameter (DESIGN §2).
 */
class ContractFuzzFindingsTest {

  @Test
  @DisplayName("a contract change refuses a null value or milestone list by name (DOMAIN D5.3)")
  void changesNameTheirNulls() {
    Money value = Money.of(CurrencyUnit.of("CNY"), 100);
    assertEquals(
        "newMilestones",
        assertThrows(NullPointerException.class, () -> ContractChange.paymentTerms(null, "net 60"))
            .getMessage());
    assertEquals(
        "newMilestones",
        assertThrows(NullPointerException.class, () -> ContractChange.dates(null, "later"))
            .getMessage());
    assertEquals(
        "newValue",
        assertThrows(NullPointerException.class, () -> ContractChange.amount(null, "more"))
            .getMessage());
    assertEquals(
        "newValue",
        assertThrows(
                NullPointerException.class, () -> ContractChange.amount(null, List.of(), "more"))
            .getMessage());
    assertEquals(
        "newMilestones",
        assertThrows(NullPointerException.class, () -> ContractChange.amount(value, null, "more"))
            .getMessage());
  }
}
