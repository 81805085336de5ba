package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The common value types' own checks at their exact edges (DESIGN §2): the smallest and largest
 * valid value is accepted, the nearest invalid one refused with a message naming what is wrong.
 */
class ValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DESIGN §2: a probability runs from 0 to 100 percent; -1 and 101 are refused")
  void probabilityBounds() {
    assertEquals(0, Probability.ofPercent(0).percent());
    assertEquals(100, Probability.ofPercent(100).percent());
    assertEquals(Probability.NONE, Probability.ofPercent(0));
    assertEquals(Probability.CERTAIN, Probability.ofPercent(100));
    assertEquals(
        "a probability is between 0 and 100 percent, not -1",
        refused(() -> Probability.ofPercent(-1)));
    assertEquals(
        "a probability is between 0 and 100 percent, not 101",
        refused(() -> Probability.ofPercent(101)));
    assertEquals(new BigDecimal("0.01"), Probability.ofPercent(1).fraction());
    assertEquals("99%", Probability.ofPercent(99).toString());
    assertTrue(Probability.ofPercent(1).compareTo(Probability.NONE) > 0);
    assertTrue(Probability.NONE.compareTo(Probability.ofPercent(1)) < 0);
    assertEquals(0, Probability.ofPercent(50).compareTo(Probability.ofPercent(50)));
  }

  @Test
  @DisplayName("DESIGN §2: an id of 128 characters is accepted, 129 refused with the length")
  void idLengthEdge() {
    assertEquals(128, LeadId.of("x".repeat(128)).toString().length());
    assertEquals(
        "LeadId must be at most 128 characters, was 129 (" + Identifier.RULE + ")",
        refused(() -> LeadId.of("x".repeat(129))));
    assertEquals(
        "LeadId must not be blank (" + Identifier.RULE + ")", refused(() -> LeadId.of("")));
    assertEquals(
        "LeadId must not start or end with whitespace: 'L-1 ' (" + Identifier.RULE + ")",
        refused(() -> LeadId.of("L-1 ")));
    assertEquals("L", LeadId.of("L").toString());
  }

  @Test
  @DisplayName("DOMAIN D12: a rate of 0 of 0 is 'no data'; a negative part is refused by name")
  void rateEdges() {
    assertEquals(Rate.NO_DATA, Rate.of(0, 0));
    assertEquals(new BigDecimal("0"), Rate.of(0, 1).value().orElseThrow().stripTrailingZeros());
    assertEquals("a rate's numerator is not negative: -1", refused(() -> Rate.of(-1, 1)));
    assertEquals("a rate's denominator is not negative: -1", refused(() -> Rate.of(0, -1)));
  }

  @Test
  @DisplayName("DESIGN §2: an event type has schema version 1 or more; events version 1 or more")
  void eventTypeEdges() {
    EventType type = EventType.of("contract.invoice-issued", 1);
    assertEquals("contract", type.family());
    assertEquals(
        "the schema version of contract.invoice-issued is 1 or more, not 0",
        refused(() -> EventType.of("contract.invoice-issued", 0)));
    assertEquals(
        "an event type is named family.event in lower-case hyphenated words, not 'Contract.Signed'",
        refused(() -> EventType.of("Contract.Signed", 1)));
    EventType.checkVersion(1);
    assertEquals(
        "an event carries the aggregate version it produced, 1 or more, not 0",
        refused(() -> EventType.checkVersion(0)));
  }
}
