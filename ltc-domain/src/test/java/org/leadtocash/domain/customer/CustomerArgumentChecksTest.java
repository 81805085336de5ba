package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;

/** A customer is registered under a name (DOMAIN D6.1). */
class CustomerArgumentChecksTest {

  @Test
  @DisplayName("DOMAIN D6.1: a customer with a blank name is refused; a one-letter name is fine")
  void registeredUnderAName() {
    CustomerId id = CustomerId.of("CU-1");
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> Customer.register(id, " ", CustomerFixtures.segment(), at));
    assertEquals("a customer has a name", blank.getMessage());
    assertEquals("X", Customer.register(id, "X", CustomerFixtures.segment(), at).state().name());
  }
}
