package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;

/**
 * The sales KPIs' values at the exact edges of their own checks (DOMAIN D12): our part of an award
 * runs from 0 to the whole award.
 */
class SalesValueChecksTest {

  @Test
  @DisplayName(
      "DOMAIN D12: our part equal to the whole award is accepted; one yuan more is refused")
  void ourPartIsAtMostTheWhole() {
    ShareTally all = ShareTally.zero(CNY).plus(cny(1), cny(1));
    assertEquals(Rate.of(cny(1).getAmount(), cny(1).getAmount()), all.share());
    IllegalArgumentException more =
        assertThrows(
            IllegalArgumentException.class, () -> ShareTally.zero(CNY).plus(cny(2), cny(1)));
    assertEquals("our part is 0 to CNY 1.00, not CNY 2.00", more.getMessage());
  }

  @Test
  @DisplayName(
      "DOMAIN D12: each award is checked on its own — 2 of a 1 award is refused even when the"
          + " tally's totals (2 of 6) would stay in range")
  void eachAwardIsCheckedOnItsOwn() {
    ShareTally tally = ShareTally.zero(CNY).plus(cny(0), cny(5));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> tally.plus(cny(2), cny(1)));
    assertEquals("our part is 0 to CNY 1.00, not CNY 2.00", refused.getMessage());
  }
}
