package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.KpiId;

/**
 * The shared metric values' own checks at their exact edges (DESIGN §3, DOMAIN D12): the smallest
 * valid value is accepted and the nearest invalid one refused with a message naming what is wrong.
 */
class MetricValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static KpiDefinition definition(String name, String section) {
    return new KpiDefinition(
        KpiId.of("WIN_RATE"),
        name,
        KpiUnit.RATE,
        "closed opportunities",
        "the period",
        EmptyPopulation.NO_DATA,
        "won / (won + lost)",
        section);
  }

  @Test
  @DisplayName(
      "DOMAIN D12: a tally of 0 of 0 is the smallest; a population of -1 is refused by name")
  void tallyEdges() {
    assertEquals(Tally.NONE, new Tally(0, 0));
    assertEquals(1, new Tally(1, 1).hits());
    assertEquals("a population is not negative: -1", refused(() -> new Tally(0, -1)));
    assertEquals("hits are 0 to 1, not 2", refused(() -> new Tally(2, 1)));
    assertEquals("hits are 0 to 1, not -1", refused(() -> new Tally(-1, 1)));
  }

  @Test
  @DisplayName("DOMAIN D12: a KPI definition with a blank name is refused, naming the KPI")
  void definitionHasNoBlankPart() {
    assertEquals("D12", definition("win rate", "D12").section());
    assertEquals("D7.3", definition("win rate", "D7.3").section());
    assertEquals(
        "a KPI definition has no blank part (WIN_RATE)", refused(() -> definition(" ", "D12")));
    assertEquals(
        "a KPI cites a DOMAIN section like D12, not 12", refused(() -> definition("x", "12")));
  }

  @Test
  @DisplayName("DESIGN §2: a total in yuan takes out a total in yuan; one in dollars is refused")
  void moneyTotalSubtractsOneCurrency() {
    MoneyTotal yuan = MoneyTotal.zero(CurrencyUnit.of("CNY"));
    assertEquals(yuan, yuan.minus(yuan));
    IllegalArgumentException dollars =
        assertThrows(
            IllegalArgumentException.class, () -> yuan.minus(MoneyTotal.zero(CurrencyUnit.USD)));
    assertEquals(
        "a KPI in CNY never subtracts USD 0.00 silently (DESIGN §2)", dollars.getMessage());
  }

  @Test
  @DisplayName("DESIGN §3: keyed sums read, hash and print as the map of their sums")
  void keyedSumsReadAsTheirMap() {
    KeyedSums<String, Integer> sums =
        KeyedSums.<String, Integer>empty(Integer::sum).plus("a", 1).plus("b", 2).plus("a", 3);
    assertEquals(Map.of("a", 4, "b", 2), sums.asMap());
    assertEquals(Map.of("a", 4, "b", 2).hashCode(), sums.hashCode());
    assertEquals("{a=4}", KeyedSums.<String, Integer>empty(Integer::sum).plus("a", 4).toString());
  }
}
