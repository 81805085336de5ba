package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.sales.MarketShareTest.JANUARY;
import static org.leadtocash.metrics.testing.Deals.OTHER;
import static org.leadtocash.metrics.testing.Deals.RIVAL;
import static org.leadtocash.metrics.testing.Deals.THIRD;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.testing.Deals;

/** The suppression ratio 压制比 (DOMAIN D12), by hand and by law. */
class SuppressionRatioTest {

  @Test
  @DisplayName(
      "January: we were awarded 8 M, the rival 11 M: a suppression ratio of 8/11, below 1; over"
          + " the other competitor's 1 M it is 8 (D12)")
  void workedExample() {
    List<Opportunity> january = MarketShareTest.january();
    Rate rival = SuppressionRatio.in(JANUARY, RIVAL, CNY).compute(january);
    assertEquals(Rate.of(new BigDecimal("8000000"), new BigDecimal("11000000")), rival);
    assertTrue(rival.value().orElseThrow().compareTo(BigDecimal.ONE) < 0);
    Rate other = SuppressionRatio.in(JANUARY, OTHER, CNY).compute(january);
    assertEquals(0, new BigDecimal("8").compareTo(other.value().orElseThrow()));
  }

  @Test
  @DisplayName(
      "a competitor awarded nothing: 'no data', the numerator still shows what we won; nothing"
          + " awarded at all: 'no data'")
  void noData() {
    Rate third = SuppressionRatio.in(JANUARY, THIRD, CNY).compute(MarketShareTest.january());
    assertFalse(third.isDefined());
    assertEquals(Optional.empty(), third.value());
    assertEquals(0, new BigDecimal("8000000").compareTo(third.numerator()));
    assertEquals(Rate.NO_DATA, SuppressionRatio.in(JANUARY, RIVAL, CNY).compute(List.of()));
    assertEquals("suppression-ratio", SuppressionRatio.ID.value());
  }

  @Test
  @DisplayName("a split in another currency is refused, never added silently (DESIGN §2)")
  void anotherCurrencyIsRefused() {
    Opportunity dollars =
        Deals.open(1, 0, Money.parse("USD 1000"))
            .competitors(0, RIVAL)
            .lose(
                RIVAL,
                5,
                AwardSplit.builder()
                    .ours(Money.parse("USD 0"))
                    .putCompetitor(RIVAL, Money.parse("USD 1000"))
                    .build())
            .opportunity();
    SuppressionRatio kpi = SuppressionRatio.in(JANUARY, RIVAL, CNY);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> kpi.compute(List.of(dollars)));
    assertTrue(refused.getMessage().contains("DESIGN §2"), refused.getMessage());
  }
}
