package org.leadtocash.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.opportunity.OpportunityStatus;

@DisplayName("the benchmarks' book of business")
class BookOfBusinessTest {

  @Test
  @DisplayName("the same seed and size give the same book; another seed another")
  void deterministic() {
    BookOfBusiness one = BookOfBusiness.generate(7, 300);
    BookOfBusiness again = BookOfBusiness.generate(7, 300);
    assertEquals(one.opportunities(), again.opportunities());
    assertEquals(one.activities(), again.activities());
    assertEquals(one.contracts(), again.contracts());
    assertNotEquals(one.opportunities(), BookOfBusiness.generate(8, 300).opportunities());
  }

  @Test
  @DisplayName("it holds every outcome, ten activities per opportunity and executing contracts")
  void realistic() {
    BookOfBusiness book = BookOfBusiness.generate(42, 500);
    assertEquals(500, book.opportunities().size());
    assertEquals(5_000, book.activities().size());
    for (OpportunityStatus status : OpportunityStatus.values()) {
      assertTrue(
          book.opportunities().stream().anyMatch(o -> o.status() == status),
          "no opportunity is " + status);
    }
    assertFalse(book.contracts().isEmpty());
    assertTrue(book.contracts().stream().allMatch(c -> c.status() == ContractStatus.EXECUTING));
    assertEquals(24, book.offices().size());
  }

  @Test
  @DisplayName("a size that is not positive is refused, naming the argument")
  void refusesEmpty() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> BookOfBusiness.generate(1, 0));
    assertTrue(refused.getMessage().contains("size"), refused.getMessage());
  }
}
