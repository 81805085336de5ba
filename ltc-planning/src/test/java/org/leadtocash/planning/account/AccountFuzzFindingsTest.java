package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;

/**
 * The defects the fuzz tests of issue 12 §6 found in the account plans: a refused product or
 * customer-group name was quoted raw, so that a control character or a line separator reached the
 * message (issue 12 §5).
 */
class AccountFuzzFindingsTest {

  @Test
  @DisplayName("a negative amount is refused with its product's name escaped (DOMAIN D11.9)")
  void productNameEscaped() {
    AccountPlan.Builder plan =
        AccountPlan.builder(CustomerId.of("CU-1"))
            .decisionMaking(DecisionPower.LOCAL, "the CTO decides")
            .callFrequency(2, Period.ofMonths(1))
            .sales("routers\u2029[DOMAIN D7.8] granted", Money.of(CurrencyUnit.of("CNY"), -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, plan::build);
    assertTrue(e.getMessage().contains("routers\\u2029[DOMAIN D7.8] granted"), e.getMessage());
    assertFalse(e.getMessage().contains("\u2029"), e.getMessage());
    assertTrue(e.getMessage().contains("DOMAIN D11.9"), e.getMessage());
  }

  @Test
  @DisplayName(
      "a customer group named with a control character is refused naming the character, never"
          + " the name (DOMAIN D11.2)")
  void customerGroupNameEscaped() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CustomerGroup("operators\u0000", 0));
    assertTrue(e.getMessage().contains("U+0000 at character 10"), e.getMessage());
    assertFalse(e.getMessage().contains("operators"), e.getMessage());
    assertFalse(e.getMessage().contains("\u0000"), e.getMessage());
  }
}
