package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.draft;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.uncappedPenalty;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.testing.LogCapture;
import org.leadtocash.domain.testing.LogCapture.LogEvent;
import org.slf4j.event.Level;

/**
 * The DEBUG record of a signature (DOMAIN D5.4): which risk policy reviewed the clauses, what it
 * flagged (clause ids and kinds, accepted or open) and whether the signature was accepted or
 * refused. Never a clause's text or an acceptance's reason.
 */
class SignatureLoggingTest {

  private static final String REASON = "customer's standard; delay is unlikely";

  @Test
  @DisplayName("D5.4: a clean contract's signature logs the policy and that it flagged nothing")
  void cleanSignatureIsLogged() {
    Contract contract = drafted().state();
    GatePassage atc = atc();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertEquals(ContractStatus.SIGNED, contract.sign(atc, day(56)).state().status());

      assertEquals(
          "Contract CT-1 sign: policy ContractRiskPolicy.standard(10, 90) flagged no clause; the"
              + " signature is accepted",
          only(logs).message());
    }
  }

  @Test
  @DisplayName("D5.4: a refused signature logs the open findings and the rule")
  void refusedSignatureIsLogged() {
    Contract risky =
        draft(List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty())).state();
    GatePassage atc = atc();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertThrows(RuleViolationException.class, () -> risky.sign(atc, day(56)));

      assertEquals(
          "Contract CT-1 sign: policy ContractRiskPolicy.standard(10, 90) flagged PEN-1"
              + " UNCAPPED_PENALTY (open); the signature is refused [DOMAIN D5.4]",
          only(logs).message());
    }
  }

  @Test
  @DisplayName("D5.4: an accepted risk is logged as accepted, without its reason or approver")
  void acceptedRiskIsLogged() {
    Contract accepted =
        draft(List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty()))
            .then(c -> c.acceptRisk(PEN, LEGAL, REASON, day(55)))
            .state();
    GatePassage atc = atc();
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      assertEquals(
          ContractStatus.SIGNED,
          accepted.sign(atc, ContractRiskPolicy.standard(5, 60), day(56)).state().status());

      String message = only(logs).message();
      assertEquals(
          "Contract CT-1 sign: policy ContractRiskPolicy.standard(5, 60) flagged PEN-1"
              + " UNCAPPED_PENALTY (accepted); the signature is accepted",
          message);
      assertFalse(message.contains(REASON), message);
      assertFalse(message.contains(LEGAL.toString()), message);
      assertFalse(message.contains(uncappedPenalty().text()), message);
    }
  }

  @Test
  @DisplayName("nothing is logged at INFO: the library logs at DEBUG only")
  void nothingAtInfo() {
    Contract contract = drafted().state();
    Contract risky =
        draft(List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty())).state();
    GatePassage atc = atc();
    try (LogCapture logs = LogCapture.start(Level.INFO)) {
      assertEquals(ContractStatus.SIGNED, contract.sign(atc, day(56)).state().status());
      assertThrows(RuleViolationException.class, () -> risky.sign(atc, day(56)));

      assertEquals(List.of(), logs.events(), logs::toString);
    }
  }

  private static LogEvent only(LogCapture logs) {
    List<LogEvent> events = logs.events();
    assertEquals(1, events.size(), logs::toString);
    assertEquals(Contract.class.getName(), events.get(0).logger());
    assertEquals(Level.DEBUG, events.get(0).level());
    return events.get(0);
  }
}
