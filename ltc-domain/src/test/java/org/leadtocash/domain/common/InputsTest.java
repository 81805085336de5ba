package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.SalesPhase;

/** Inputs cannot forge log lines nor reach a mutable collection (issue 12 §5, DESIGN §2). */
class InputsTest {

  @Test
  @DisplayName("an id with a newline is refused, and the refusal shows the newline escaped")
  void anIdCannotForgeALogLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EmployeeId.of("E-1\n[DOMAIN D7.8] access granted"));
    assertEquals(
        "EmployeeId must not contain control characters or line separators: "
            + "'E-1\\n[DOMAIN D7.8] access granted' ("
            + Identifier.RULE
            + ")",
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  @DisplayName("every control character and the line and paragraph separators are refused")
  void controlCharactersAreRefused() {
    for (String bad : new String[] {"LD-1\r", "LD\t1", "LD\u00001", "LD\u20281", "LD\u20291"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LeadId.of(bad), bad);
      assertTrue(e.getMessage().startsWith("LeadId must not contain control characters"));
      assertTrue(e.getMessage().contains("DESIGN §2"), e.getMessage());
      assertTrue(e.getMessage().chars().noneMatch(c -> Escaping.isUnsafe((char) c)));
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LeadId.of("LD\u20281"))
            .getMessage()
            .contains("'LD\\u20281'"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LeadId.of("LD-1\r"))
            .getMessage()
            .contains("'LD-1\\r'"));
  }

  @Test
  @DisplayName(
      "a refusal quotes an escaped id of up to 200 characters whole, and cuts a longer one with an"
          + " ellipsis")
  void quotedIdsAreShortened() {
    String controls = "\u0001".repeat(20);
    String exactly = "E-" + "a".repeat(78) + controls;
    String escaped = "E-" + "a".repeat(78) + "\\u0001".repeat(20);
    assertEquals(200, escaped.length());
    assertEquals(
        "EmployeeId must not contain control characters or line separators: '"
            + escaped
            + "' ("
            + Identifier.RULE
            + ")",
        assertThrows(IllegalArgumentException.class, () -> EmployeeId.of(exactly)).getMessage());
    String longer = "E-" + "a".repeat(79) + controls;
    assertEquals(
        "EmployeeId must not contain control characters or line separators: '"
            + ("E-" + "a".repeat(79) + "\\u0001".repeat(20)).substring(0, 200)
            + "…' ("
            + Identifier.RULE
            + ")",
        assertThrows(IllegalArgumentException.class, () -> EmployeeId.of(longer)).getMessage());
  }

  @Test
  @DisplayName("an id is non-blank and at most 128 characters")
  void blankAndOverlongIdsAreRefused() {
    assertEquals(
        "CustomerId must not be blank (" + Identifier.RULE + ")",
        assertThrows(IllegalArgumentException.class, () -> CustomerId.of(" \n ")).getMessage());
    String longest = "C".repeat(Identifier.MAX_LENGTH);
    assertEquals(longest, CustomerId.of(longest).value());
    assertEquals(
        "CustomerId must be at most 128 characters, was 129 (" + Identifier.RULE + ")",
        assertThrows(IllegalArgumentException.class, () -> CustomerId.of(longest + "C"))
            .getMessage());
    // the null refusal names the parameter the caller left null (issue 12 §5)
    assertEquals(
        "value", assertThrows(NullPointerException.class, () -> PersonId.of(null)).getMessage());
  }

  @Test
  @DisplayName("a refusal escapes control characters that came with its aggregate, state or reason")
  void aRefusalCannotForgeALogLine() {
    Guard guard = Guard.of("Lead LD-7\r\n[DOMAIN D7.8]", "SUBMITTED\n", "close\u2028");
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> guard.require(false, RuleId.D2_5, "the reason was '%s'", "a\nb"));
    assertEquals(
        "Lead LD-7\\r\\n[DOMAIN D7.8] (SUBMITTED\\n) refused 'close\\u2028': "
            + "the reason was 'a\\nb' ["
            + RuleId.D2_5
            + "]",
        e.getMessage());
    assertEquals("the reason was 'a\\nb'", e.reason());
    assertEquals("Lead LD-7\\r\\n[DOMAIN D7.8]", e.aggregate());
    assertEquals(RuleId.D2_5, e.rule());
  }

  @Test
  @DisplayName("a gate's phases cannot be changed by the caller (DOMAIN D3.2)")
  void gatePhasesAreImmutable() {
    Set<SalesPhase> phases = Gate.ATB.decidedIn();
    assertEquals(Set.of(SalesPhase.DEVELOP_SOLUTION, SalesPhase.PRE_BID_GUIDANCE), phases);
    assertThrows(UnsupportedOperationException.class, phases::clear);
    assertThrows(UnsupportedOperationException.class, () -> phases.add(SalesPhase.BID));
    assertEquals(
        Set.of(SalesPhase.DEVELOP_SOLUTION, SalesPhase.PRE_BID_GUIDANCE), Gate.ATB.decidedIn());
  }
}
