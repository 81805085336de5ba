package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.grade;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.integratedEstimate;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * Time only moves forward inside an opportunity (DOMAIN D3.1): a command dated before the latest
 * event is refused before anything else, even once the opportunity has ended; the signing a
 * forecast or the opening expects is not before the opportunity was opened (D3.5); a gate is not
 * planned for before the opening, and a ruling or an estimate is dated neither before the opening
 * nor after the command recording it (D3.1). Replay and a restored snapshot are held to the same.
 * The opportunity opens on day 0 (09:00 UTC).
 */
class OpportunityDatesTest {

  @Test
  @DisplayName(
      "a forecast expecting the signing ten years before the opportunity opened is refused (DOMAIN"
          + " D3.5)")
  void signingBeforeOpening() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.5",
            opened(),
            o ->
                o.forecast(
                    cny(8_000_000), date(0).minusYears(10), Probability.ofPercent(30), day(1)));
    assertTrue(
        refused.getMessage().contains("the expected signing date " + date(0).minusYears(10)),
        refused.getMessage());
  }

  @Test
  @DisplayName(
      "a command dated before the latest event is refused for its time, naming D3.1, even once the"
          + " opportunity has ended")
  void timeFirstEvenWhenEnded() {
    Opportunity abandoned = opened().abandon("no budget this year", day(3)).state();
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            abandoned,
            o -> o.cancel("the customer withdrew", day(3).minus(Duration.ofNanos(1))));
    assertTrue(refused.getMessage().contains("time only moves forward"), refused.getMessage());
  }

  @Test
  @DisplayName("a gate planned for before the opportunity opened is refused (DOMAIN D3.1)")
  void gatePlannedBeforeOpening() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            opened(),
            o -> o.planGate(Gate.ATI, date(-2), day(1)));
    assertTrue(
        refused.getMessage().contains("ATI is planned on " + date(-2) + ", before the opportunity"),
        refused.getMessage());
    assertEquals(
        date(-1),
        opened().planGate(Gate.ATI, date(-1), day(1)).state().plannedGates().get(Gate.ATI),
        "opened at 09:00 UTC, the day before is still the opening's date at UTC-18:00");
    assertEquals(
        date(400),
        opened().planGate(Gate.ATI, date(400), day(1)).state().plannedGates().get(Gate.ATI),
        "a plan is for later than the command that makes it");
  }

  @Test
  @DisplayName(
      "a ruling dated before the opportunity opened, or after the decision is recorded, is refused"
          + " (DOMAIN D3.1)")
  void rulingDatedOutsideTheOpportunity() {
    Opportunity ready = readyForAti().state();
    RuleViolationException early =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            ready,
            o -> o.decide(approval(Gate.ATI, -365), POLICY, day(10)));
    assertTrue(
        early.getMessage().contains("ATI is decided on " + date(-365) + ", before the opportunity"),
        early.getMessage());
    RuleViolationException late =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            ready,
            o -> o.decide(approval(Gate.ATI, 12), POLICY, day(10)));
    assertTrue(
        late.getMessage().contains("ATI is decided on " + date(12) + ", after the command"),
        late.getMessage());
    assertEquals(
        date(10),
        ready
            .decide(approval(Gate.ATI, 10), POLICY, day(10))
            .state()
            .decisions()
            .get(0)
            .decidedOn());
  }

  @Test
  @DisplayName(
      "an estimate prepared before the opportunity opened, or after it is recorded, is refused"
          + " (DOMAIN D3.1)")
  void estimateDatedOutsideTheOpportunity() {
    Opportunity ati =
        readyForAti().then(o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10))).state();
    RuleViolationException early =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            ati,
            o -> o.recordEstimate(integratedEstimate(-30), day(20)));
    assertTrue(
        early.getMessage().contains("the estimate is prepared on " + date(-30)),
        early.getMessage());
    assertRefused(
        RuleViolationException.class,
        "D3.1",
        ati,
        o -> o.recordEstimate(integratedEstimate(25), day(20)));
  }

  @Test
  @DisplayName(
      "an opportunity opened expecting its signing before the opening is refused (DOMAIN D3.5)")
  void openedExpectingAnEarlierSigning() {
    OpportunityProfile signedBefore =
        OpportunityProfile.builder().from(profile()).expectedSigning(date(-30)).build();
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> Opportunity.open(OPPORTUNITY, signedBefore, grade(), day(0)));
    assertEquals(RuleId.D3_5, refused.rule(), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("the expected signing date " + date(-30)),
        refused.getMessage());
    assertEquals(
        Optional.of(date(30)),
        Opportunity.open(
                OPPORTUNITY,
                OpportunityProfile.builder().from(profile()).expectedSigning(date(30)).build(),
                grade(),
                day(0))
            .state()
            .expectedSigning());
  }

  @Test
  @DisplayName(
      "a stored history with a ruling dated before the opening is rejected at replay (D3.1)")
  void replayedRulingBeforeOpening() {
    List<OpportunityEvent> history = new ArrayList<>(readyForAti().events());
    Opportunity ready = readyForAti().state();
    history.add(
        new GateDecided(
            OPPORTUNITY,
            ready.version() + 1,
            GateDecision.of(OPPORTUNITY, approval(Gate.ATI, -365), Optional.empty()),
            day(10)));
    RejectedHistoryException rejected =
        assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(history));
    assertEquals(RuleId.D3_1, rejected.rule(), rejected.getMessage());
    assertTrue(
        rejected.getMessage().contains("ATI is decided on " + date(-365)), rejected.getMessage());
  }

  @Test
  @DisplayName(
      "a snapshot with a gate planned before the opening, or a decision dated after its latest"
          + " event, is refused (D3.1)")
  void snapshotDatesOutsideTheOpportunity() {
    Opportunity atb = readyForAtb().state();
    IllegalArgumentException planned =
        assertThrows(
            IllegalArgumentException.class,
            () -> Opportunity.restore().from(atb).putPlannedGate(Gate.ATB, date(-30)).build());
    assertTrue(
        planned
            .getMessage()
            .contains("plannedGates: ATB is dated " + date(-30) + ", before openedAt"),
        planned.getMessage());
    assertTrue(planned.getMessage().endsWith("(DOMAIN D3.1)"), planned.getMessage());
    GateDecision late = GateDecision.of(OPPORTUNITY, approval(Gate.ATI, 60), Optional.empty());
    IllegalArgumentException decided =
        assertThrows(
            IllegalArgumentException.class,
            () -> Opportunity.restore().from(atb).decisions(List.of(late)).build());
    assertTrue(
        decided.getMessage().contains("decisions: decision 1 is dated " + date(60) + ", after"),
        decided.getMessage());
    IllegalArgumentException signing =
        assertThrows(
            IllegalArgumentException.class,
            () -> Opportunity.restore().from(atb).expectedSigning(date(-1000)).build());
    assertTrue(signing.getMessage().endsWith("(DOMAIN D3.5)"), signing.getMessage());
    assertEquals(
        atb, Opportunity.restore().from(atb).build(), "the snapshot as it was is restored");
  }
}
