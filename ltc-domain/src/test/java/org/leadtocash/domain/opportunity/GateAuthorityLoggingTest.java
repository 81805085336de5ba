package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OFFICE_HEAD;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.testing.LogCapture;
import org.leadtocash.domain.testing.LogCapture.LogEvent;
import org.slf4j.event.Level;

/**
 * The DEBUG record of a gate decision (DOMAIN D3.2): which policy decided the authority, the level
 * it requires and what that rests on, the ruling's level and whether the ruling was accepted or
 * refused, by which rule. Ids and enum values only: never the opportunity's name, the ruling's
 * rationale or conditions, or the decider.
 */
class GateAuthorityLoggingTest {

  private static final String LOGGER = Opportunity.class.getName();

  @Test
  @DisplayName("D3.2: an accepted decision logs the policy, the level it requires and why")
  void acceptedDecisionIsLogged() {
    Opportunity ready = readyForAti().state();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertTrue(ready.decide(approval(Gate.ATI, 10), POLICY, day(10)).state().passed(Gate.ATI));

      LogEvent event = only(logs);
      assertEquals(Level.DEBUG, event.level());
      assertEquals(
          "Opportunity OP-1 decide ATI: policy GatePolicy.standard(CNY 10,000,000.00, CNY"
              + " 50,000,000.00) requires REPRESENTATIVE_OFFICE for ATI of CNY 8,000,000.00 for a"
              + " grade-B customer; the ruling (APPROVED) at REPRESENTATIVE_OFFICE is accepted",
          event.message());
    }
  }

  @Test
  @DisplayName("D3.2: a ruling below the required authority logs the refusal and its rule")
  void authorityTooLowIsLogged() {
    Opportunity ready = readyForAti().state();
    GatePolicy regionFromOneMillion = GatePolicy.standard(cny(1_000_000), cny(50_000_000));
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> ready.decide(approval(Gate.ATI, 10), regionFromOneMillion, day(10)));

      assertEquals("D3.2", refused.rule().section());
      assertEquals(
          "Opportunity OP-1 decide ATI: policy GatePolicy.standard(CNY 1,000,000.00, CNY"
              + " 50,000,000.00) requires REGION for ATI of CNY 8,000,000.00 for a grade-B customer;"
              + " the ruling (APPROVED) at REPRESENTATIVE_OFFICE is refused [DOMAIN D3.2]",
          only(logs).message());
    }
  }

  @Test
  @DisplayName("D3.2, D4.1: an approval with an unmet prerequisite logs the prerequisite's rule")
  void unmetPrerequisiteIsLogged() {
    Opportunity notReady = opened();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> notReady.decide(approval(Gate.ATI, 1), POLICY, day(1)));

      String message = only(logs).message();
      assertEquals(
          "Opportunity OP-1 decide ATI: policy GatePolicy.standard(CNY 10,000,000.00, CNY"
              + " 50,000,000.00) requires REPRESENTATIVE_OFFICE for ATI of CNY 8,000,000.00 for a"
              + " grade-B customer; the ruling (APPROVED) at REPRESENTATIVE_OFFICE is refused ["
              + refused.rule()
              + "]",
          message);
    }
  }

  @Test
  @DisplayName("D3.2: a rejection under the standard policy names it and its verdict")
  void rejectionUnderTheStandardPolicyIsLogged() {
    Opportunity ready = readyForAti().state();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      Opportunity rejected =
          ready
              .decide(decision(Gate.ATI, Verdict.REJECTED, OrganisationLevel.REGION, 10), day(10))
              .state();
      assertFalse(rejected.passed(Gate.ATI));

      assertEquals(
          "Opportunity OP-1 decide ATI: policy GatePolicy.standard() requires"
              + " REPRESENTATIVE_OFFICE for ATI of CNY 8,000,000.00 for a grade-B customer; the"
              + " ruling (REJECTED) at REGION is accepted",
          only(logs).message());
    }
  }

  @Test
  @DisplayName("a decision refused before the authority check logs nothing")
  void refusalBeforeTheAuthorityCheckLogsNothing() {
    Opportunity passedAti = readyForAtb().state();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertThrows(
          IllegalTransitionException.class,
          () -> passedAti.decide(approval(Gate.ATI, 21), POLICY, day(21)));

      assertEquals(List.of(), logs.events(), logs::toString);
    }
  }

  @Test
  @DisplayName("nothing is logged at INFO: the library logs at DEBUG only")
  void nothingAtInfo() {
    Opportunity ready = readyForAti().state();
    Opportunity notReady = opened();
    try (LogCapture logs = LogCapture.start(Level.INFO)) {
      assertTrue(ready.decide(approval(Gate.ATI, 10), POLICY, day(10)).state().passed(Gate.ATI));
      assertThrows(
          DomainException.class, () -> notReady.decide(approval(Gate.ATI, 1), POLICY, day(1)));

      assertEquals(List.of(), logs.events(), logs::toString);
    }
  }

  @Test
  @DisplayName("D7.8: the record holds ids and levels, not names, rationale, conditions or decider")
  void noFreeTextAndNoPerson() {
    Opportunity ready = readyForAti().state();
    Ruling ruling =
        decision(Gate.ATI, Verdict.APPROVED_WITH_CONDITIONS, OrganisationLevel.REGION, 10);
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertTrue(ready.decide(ruling, POLICY, day(10)).state().passed(Gate.ATI));

      String message = only(logs).message();
      assertFalse(message.contains(profile().name()), message);
      assertFalse(message.contains(ruling.rationale()), message);
      assertFalse(message.contains(ruling.conditions().get(0)), message);
      assertFalse(message.contains(ruling.authority().decider().toString()), message);
      assertFalse(message.contains(OFFICE_HEAD.toString()), message);
    }
  }

  private static LogEvent only(LogCapture logs) {
    List<LogEvent> events = logs.events();
    assertEquals(1, events.size(), logs::toString);
    assertEquals(LOGGER, events.get(0).logger());
    return events.get(0);
  }
}
