package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.strategy.Screening;
import org.leadtocash.planning.strategy.ScreeningPolicy;

/**
 * The defects the fuzz tests of issue 12 §6 found in the account plans: a refused product or
 * customer-group name was quoted raw, so that a control character or a line separator reached the
 * message (issue 12 §5); a null list reached the plans' static factories unchecked.
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

  @Test
  @DisplayName(
      "a null list given to a plan's static factory is refused naming the parameter, never with"
          + " Guava's \"Cannot invoke\" from deep inside, as the factories' fuzzing found with"
          + " Screening.of (DOMAIN D9, D11.3, D11.4, D11.6)")
  void nullListsRefusedByName() {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("opportunities", () -> Screening.of(null, ScreeningPolicy.standard()));
    calls.put("options", () -> GrowthMatrix.of(null, GrowthMatrixPolicy.standard()));
    calls.put("segments", () -> Penetration.of(null));
    calls.put(
        "salespeople",
        () -> Allocation.of(List.of(), null, ReturnPolicy.standard(), BigDecimal.ONE));
    calls.forEach(
        (parameter, call) ->
            assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage()));
  }
}
