package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.process.ProcessFixtures.card;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The process values' own checks, each hit with the nearest invalid value (DOMAIN D1.1, D1.3). */
class ProcessValueChecksTest {

  private static final Optional<ProcessId> PARENT = Optional.of(ProcessId.of("LTC.2"));

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D1.1: process levels run from L1 to L6; 0 and 7 are refused")
  void levelNumbers() {
    assertEquals(ProcessLevel.L1, ProcessLevel.of(1));
    assertEquals(ProcessLevel.L6, ProcessLevel.of(6));
    assertEquals(
        "process levels are L1 to L6 (DOMAIN D1.1), not 0", refused(() -> ProcessLevel.of(0)));
    assertEquals(
        "process levels are L1 to L6 (DOMAIN D1.1), not 7", refused(() -> ProcessLevel.of(7)));
  }

  @Test
  @DisplayName("DOMAIN D1.3: a card has a name; it is neither its own parent nor its own child")
  void cardChecks() {
    assertEquals("Process LTC.2.1", card("LTC.2.1", ProcessLevel.L3, PARENT).build().name());
    assertEquals(
        "a process card has a name (DOMAIN D1.3)",
        refused(() -> card("LTC.2.1", ProcessLevel.L3, PARENT).name(" ").build()));
    assertEquals(
        "process LTC.2 is not its own parent (DOMAIN D1.1)",
        refused(() -> card("LTC.2", ProcessLevel.L3, PARENT).build()));
    assertEquals(
        "process LTC.2.1 is not its own child (DOMAIN D1.1)",
        refused(
            () ->
                card("LTC.2.1", ProcessLevel.L3, PARENT)
                    .addChildren(ProcessId.of("LTC.2.1"))
                    .build()));
    assertEquals(
        "process LTC.2.1 lists each child once (DOMAIN D1.1)",
        refused(
            () ->
                card("LTC.2.1", ProcessLevel.L3, PARENT)
                    .addChildren(ProcessId.of("LTC.2.1.1"), ProcessId.of("LTC.2.1.1"))
                    .build()));
  }
}
