package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;

/**
 * The sales-efficiency values at the exact edges of their own checks (DOMAIN D11.4, D11.5, D12):
 * the smallest valid value is accepted, the nearest invalid one refused with the message.
 */
class EfficiencyValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static Map<Reach, Money> parts(Money each) {
    Map<Reach, Money> parts = new EnumMap<>(Reach.class);
    for (Reach reach : Reach.values()) {
      parts.put(reach, each);
    }
    return parts;
  }

  @Test
  @DisplayName("DOMAIN D12: a visit target of 1 is accepted, 0 refused; -1 visits are refused")
  void weeklyVisitsEdges() {
    assertEquals(1, new WeeklyVisits(1, 0, 0, 0).target());
    assertEquals("a visit target is positive, not 0", refused(() -> new WeeklyVisits(0, 0, 0, 0)));
    assertEquals("visits are not negative: -1", refused(() -> new WeeklyVisits(1, -1, 1, 0)));
    assertEquals(
        "employee-weeks are not negative: -1", refused(() -> new WeeklyVisits(1, 0, -1, 0)));
  }

  @Test
  @DisplayName("DOMAIN D11.4: sales time of 0 is accepted; -1 second is refused by amount")
  void timeSplitEdges() {
    assertEquals(Duration.ZERO, new TimeSplit(Duration.ZERO, Duration.ZERO).total());
    assertEquals(
        "sales time is not negative: PT-1S",
        refused(() -> new TimeSplit(Duration.ZERO, Duration.ofSeconds(-1))));
  }

  @Test
  @DisplayName("DESIGN §2: an account's potential in yuan and its win in dollars are refused")
  void targetAccountKeepsOneCurrency() {
    assertEquals(
        "account CU-1: potential in CNY and won in USD are not mixed (DESIGN §2)",
        refused(
            () ->
                new TargetAccount(
                    CustomerId.of("CU-1"), cny(10), Reach.WON, Money.of(CurrencyUnit.USD, 5))));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.5: a waterfall of four zero parts is accepted; a missing part, a part of -0.01,"
          + " a part in USD and a sum across currencies are refused")
  void waterfallEdges() {
    assertEquals(cny(0), new Waterfall(CurrencyUnit.of("CNY"), parts(cny(0))).total());
    Map<Reach, Money> missing = parts(cny(0));
    missing.remove(Reach.WON);
    assertEquals(
        "a waterfall has every part; WON is missing",
        refused(() -> new Waterfall(CurrencyUnit.of("CNY"), missing)));
    Map<Reach, Money> negative = parts(cny(0));
    negative.put(Reach.WON, Money.of(CurrencyUnit.of("CNY"), -0.01));
    assertEquals(
        "part WON is not negative: CNY -0.01",
        refused(() -> new Waterfall(CurrencyUnit.of("CNY"), negative)));
    Map<Reach, Money> dollars = parts(cny(0));
    dollars.put(Reach.WON, Money.of(CurrencyUnit.USD, 1));
    assertEquals(
        "part WON is in USD, not the waterfall's CNY (DESIGN §2)",
        refused(() -> new Waterfall(CurrencyUnit.of("CNY"), dollars)));
    assertEquals(
        "a waterfall in CNY never adds USD silently (DESIGN §2)",
        refused(
            () -> Waterfall.zero(CurrencyUnit.of("CNY")).plus(Waterfall.zero(CurrencyUnit.USD))));
  }
}
