package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.customer.KeyEvent;
import org.leadtocash.domain.lead.LeadSubProcess;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.process.KeyDecisionPoint;
import org.leadtocash.domain.process.LtcCatalogue;
import org.leadtocash.domain.process.ProcessCard;
import org.leadtocash.domain.relationship.CustomerDepartment;

/**
 * The defects the fuzz tests of issue 12 §6 found in {@code ltc-domain}, each with the input that
 * showed it: a refusal that quoted the caller's text raw, so that a control character or a line
 * separator reached the message and could forge a log line (issue 12 §5).
 */
class FuzzFindingsTest {

  private static void assertEscaped(IllegalArgumentException e, String escaped) {
    String message = e.getMessage();
    assertTrue(message.contains(escaped), message);
    assertFalse(message.chars().anyMatch(c -> Escaping.isUnsafe((char) c)), message);
  }

  @Test
  @DisplayName("an event type's name is quoted escaped when it is refused")
  void eventTypeName() {
    assertEscaped(
        assertThrows(IllegalArgumentException.class, () -> EventType.of("lead.\nclosed", 1)),
        "'lead.\\nclosed'");
  }

  @Test
  @DisplayName("a gate's KDP named otherwise is refused with the name escaped (DOMAIN D1.4)")
  void keyDecisionPointName() {
    assertEscaped(
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new KeyDecisionPoint(
                    "ATI\u2028granted",
                    "initiate",
                    KeyDecisionPoint.GATE_AUTHORITY,
                    Optional.of(Gate.ATI))),
        "'ATI\\u2028granted'");
  }

  @Test
  @DisplayName(
      "a department name with a control character is refused naming the character, never the name")
  void customerDepartmentName() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CustomerDepartment("marketing\r", DepartmentKind.MARKETING));
    assertEscaped(refused, "U+000D at character 10");
    assertFalse(refused.getMessage().contains("marketing"), refused.getMessage());
  }

  @Test
  @DisplayName(
      "a null given to a static factory is refused naming the parameter, never with the JDK's"
          + " \"Cannot invoke\" from deep inside, as the factories' fuzzing found")
  void nullsRefusedByName() {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("day", () -> KeyEvent.on(null, "year end"));
    calls.put("level", () -> ProcessCard.fitsCard(null, "text"));
    calls.put("subProcess", () -> LtcCatalogue.subProcess((LeadSubProcess) null));
    calls.put("phase", () -> LtcCatalogue.subProcess((SalesPhase) null));
    calls.put("step", () -> LtcCatalogue.activity(null));
    calls.put("gate", () -> KeyDecisionPoint.of(null));
    calls.put("kind", () -> CustomerDepartment.of(null));
    calls.forEach(
        (parameter, call) ->
            assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage()));
  }
}
