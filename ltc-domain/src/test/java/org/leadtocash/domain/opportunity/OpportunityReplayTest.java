package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.CUSTOMER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.DELIVERY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.contractApproved;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.grade;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.integratedEstimate;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.openedProfile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtc;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.testing.Grades;

/**
 * A stored history is input like a command: replay rebuilds an opportunity only through the checks
 * of its commands, and refuses a broken or forged history naming the opportunity, the event and the
 * rule (DOMAIN D3.1, D3.2, D3.5).
 */
@DisplayName("Replaying an opportunity's stored events, as strictly as its commands (DOMAIN D3)")
class OpportunityReplayTest {

  private static final OpportunityId OTHER_OPPORTUNITY = OpportunityId.of("OP-2");

  /** A host's policy under which every rejection returns the opportunity for rework. */
  private static final GatePolicy RETURNING =
      new GatePolicy() {
        @Override
        public OrganisationLevel requiredAuthority(
            Gate gate, Money amount, Optional<CustomerGrade> grade) {
          return OrganisationLevel.REPRESENTATIVE_OFFICE;
        }

        @Override
        public RejectionEffect onRejection(Gate gate) {
          return RejectionEffect.RETURN;
        }
      };

  /** A host's policy under which every rejection ends the opportunity. */
  private static final GatePolicy ENDING =
      new GatePolicy() {
        @Override
        public OrganisationLevel requiredAuthority(
            Gate gate, Money amount, Optional<CustomerGrade> grade) {
          return OrganisationLevel.REPRESENTATIVE_OFFICE;
        }

        @Override
        public RejectionEffect onRejection(Gate gate) {
          return RejectionEffect.END;
        }
      };

  private static Ruling rejection(Gate gate, int day) {
    return decision(gate, Verdict.REJECTED, OrganisationLevel.REPRESENTATIVE_OFFICE, day);
  }

  /** The events of a transition, as a list a test can edit. */
  private static List<OpportunityEvent> events(Transition<Opportunity, OpportunityEvent> t) {
    return new ArrayList<>(t.events());
  }

  /** The history with one more event. */
  private static List<OpportunityEvent> with(List<OpportunityEvent> history, OpportunityEvent e) {
    List<OpportunityEvent> longer = new ArrayList<>(history);
    longer.add(e);
    return longer;
  }

  /**
   * Asserts that replay refuses the history at an event, for a rule, with a message naming the
   * opportunity, the event's type and the rule.
   */
  @CanIgnoreReturnValue
  private static RejectedHistoryException assertRejected(
      List<? extends OpportunityEvent> history, String rule, int position, EventType type) {
    RejectedHistoryException rejected =
        assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(history));
    assertRejection(rejected, rule, position, type);
    assertSame(history.get(position - 1), rejected.event(), "the offending event");
    return rejected;
  }

  private static void assertRejection(
      RejectedHistoryException rejected, String rule, int position, EventType type) {
    String message = rejected.getMessage();
    assertEquals(RuleId.of(rule), rejected.rule(), message);
    assertEquals(position, rejected.position(), message);
    assertEquals("replay", rejected.command(), message);
    assertTrue(message.contains("Opportunity " + OPPORTUNITY), "names the opportunity: " + message);
    assertTrue(message.contains(type.name()), "names the event's type: " + message);
    assertTrue(message.contains("[DOMAIN " + rule + "]"), "names the rule: " + message);
  }

  @Nested
  @DisplayName("a genuine history replays to the opportunity its commands produced")
  class Genuine {

    @Test
    @DisplayName("through every gate to the award, with the phase changes the decisions cause")
    void throughEveryGate() {
      Transition<Opportunity, OpportunityEvent> t =
          contractApproved()
              .then(o -> o.addCompetitor(RIVAL, day(51)))
              .then(o -> o.markHilltop(TrafficLight.GREEN, day(52)))
              .then(o -> o.win(AwardSplit.allOurs(cny(8_000_000)), day(60)));
      assertEquals(t.state(), Opportunity.replay(t.events()));
    }

    @Test
    @DisplayName("an award before ATC moves on to negotiate, and ATC is decided after it (D3.5)")
    void awardBeforeAtc() {
      Transition<Opportunity, OpportunityEvent> t =
          readyForAtb()
              .then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)))
              .then(o -> o.win(day(30)))
              .then(o -> o.recordEstimate(integratedEstimate(31), day(31)))
              .then(o -> o.decide(approval(Gate.ATC, 35), POLICY, day(35)));
      assertEquals(SalesPhase.NEGOTIATE, t.state().phase());
      assertEquals(t.state(), Opportunity.replay(t.events()));
    }

    @Test
    @DisplayName("a rejected ATI ends the opportunity under the standard policy (D3.2)")
    void rejectedAtiEnds() {
      Transition<Opportunity, OpportunityEvent> t =
          readyForAti().then(o -> o.decide(rejection(Gate.ATI, 10), POLICY, day(10)));
      assertEquals(OpportunityStatus.ABANDONED, t.state().status());
      assertEquals(t.state(), Opportunity.replay(t.events()));
    }

    @Test
    @DisplayName("a rejected ATB returns it from pre-bid guidance to develop the solution (D3.2)")
    void rejectedAtbReturns() {
      Transition<Opportunity, OpportunityEvent> t =
          readyForAtb()
              .then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)))
              .then(o -> o.decide(rejection(Gate.ATB, 22), POLICY, day(22)))
              .then(o -> o.decide(approval(Gate.ATB, 30), POLICY, day(30)));
      assertEquals(SalesPhase.BID, t.state().phase());
      assertEquals(t.state(), Opportunity.replay(t.events()));
    }

    @Test
    @DisplayName(
        "the host's policy is not asked again: the stored events tell what a rejection did (D3.2)")
    void rejectionAsStored() {
      // under a host's policy that returns a rejected ATI, the host abandons it later, for a reason
      Transition<Opportunity, OpportunityEvent> returned =
          readyForAti()
              .then(o -> o.decide(rejection(Gate.ATI, 10), RETURNING, day(10)))
              .then(o -> o.abandon("the customer chose to wait a year", day(11)));
      assertEquals(returned.state(), Opportunity.replay(returned.events()));
      // the same rejection, stored without the abandonment, replays to an open opportunity
      List<OpportunityEvent> openAfterRejection = returned.events().subList(0, 5);
      assertEquals(OpportunityStatus.OPEN, Opportunity.replay(openAfterRejection).status());
      // under a host's policy that ends a rejected ATB, the abandonment follows the decision
      Transition<Opportunity, OpportunityEvent> ended =
          readyForAtb().then(o -> o.decide(rejection(Gate.ATB, 25), ENDING, day(25)));
      assertEquals(OpportunityStatus.ABANDONED, ended.state().status());
      assertEquals(ended.state(), Opportunity.replay(ended.events()));
      // and under one that returns it from pre-bid guidance, the return follows it
      Transition<Opportunity, OpportunityEvent> back =
          readyForAtb()
              .then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)))
              .then(o -> o.decide(rejection(Gate.ATB, 25), RETURNING, day(25)));
      assertEquals(SalesPhase.DEVELOP_SOLUTION, back.state().phase());
      assertEquals(back.state(), Opportunity.replay(back.events()));
    }

    @Test
    @DisplayName(
        "an abandonment after a rejected ATI, for another reason, is the host's own (D3.2, D3.5)")
    void abandonmentForAnotherReason() {
      List<OpportunityEvent> genuine =
          events(readyForAti().then(o -> o.decide(rejection(Gate.ATI, 10), POLICY, day(10))));
      assertEquals(6, genuine.size());
      // read as a return under a host's policy, then an abandonment: a valid history
      List<OpportunityEvent> abandonedLater = new ArrayList<>(genuine);
      abandonedLater.set(
          5,
          new OpportunityAbandoned(
              OPPORTUNITY, 6, new OpportunityOutcome.Abandoned("no budget", day(10))));
      Opportunity abandoned = Opportunity.replay(abandonedLater);
      assertEquals(
          readyForAti()
              .then(o -> o.decide(rejection(Gate.ATI, 10), RETURNING, day(10)))
              .then(o -> o.abandon("no budget", day(10)))
              .state(),
          abandoned);
    }

    @Test
    @DisplayName("a decision's authority is the one the host's policy accepted when it was decided")
    void authorityAsDecided() {
      // the office decides ATI of a grade-S customer under a lax host policy...
      Transition<Opportunity, OpportunityEvent> t =
          readyForAti()
              .then(o -> o.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.S), day(7)))
              .then(o -> o.decide(approval(Gate.ATI, 10), RETURNING, day(10)));
      // ...which the standard policy would refuse today; the stored decision still replays
      assertThrows(
          RuleViolationException.class,
          () ->
              readyForAti()
                  .then(
                      o ->
                          o.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.S), day(7)))
                  .then(o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10))));
      assertEquals(t.state(), Opportunity.replay(t.events()));
    }
  }

  @Nested
  @DisplayName("a broken stream is refused under the opportunity's lifecycle rule (D3.1)")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no opportunity")
    void empty() {
      IllegalArgumentException empty =
          assertThrows(IllegalArgumentException.class, () -> Opportunity.replay(List.of()));
      assertTrue(empty.getMessage().contains("OpportunityOpened"), empty.getMessage());
    }

    @Test
    @DisplayName("a history starts with the opening")
    void startsWithTheOpening() {
      List<OpportunityEvent> history = events(readyForAti());
      RejectedHistoryException rejected =
          assertRejected(history.subList(1, 4), "D3.1", 1, TriangleAssigned.TYPE);
      assertTrue(rejected.getMessage().contains("starts with OpportunityOpened"));
    }

    @Test
    @DisplayName("an opportunity is opened once")
    void openedOnce() {
      List<OpportunityEvent> history =
          with(
              events(readyForAti()),
              new OpportunityOpened(OPPORTUNITY, 5, openedProfile(), day(7)));
      assertRejected(history, "D3.1", 5, OpportunityOpened.TYPE);
    }

    @Test
    @DisplayName("another opportunity's decision in the history is refused (the issue's probe)")
    void anotherOpportunitysEvent() {
      GateDecision theirs =
          GateDecision.of(OTHER_OPPORTUNITY, approval(Gate.ATI, 10), Optional.empty());
      List<OpportunityEvent> history =
          with(events(readyForAti()), new GateDecided(OTHER_OPPORTUNITY, 5, theirs, day(10)));
      RejectedHistoryException rejected = assertRejected(history, "D3.1", 5, GateDecided.TYPE);
      assertTrue(rejected.getMessage().contains("OP-2"), rejected.getMessage());
    }

    @Test
    @DisplayName("a gap: the forecast of version 3 is missing")
    void gap() {
      List<OpportunityEvent> history = events(readyForAti());
      history.remove(2);
      RejectedHistoryException rejected =
          assertRejected(history, "D3.1", 3, DeliveryParticipationRecorded.TYPE);
      assertTrue(rejected.getMessage().contains("a gap"), rejected.getMessage());
    }

    @Test
    @DisplayName("a duplicate: the competitor's event of version 5 stored again")
    void duplicate() {
      List<OpportunityEvent> history =
          events(readyForAti().then(o -> o.addCompetitor(RIVAL, day(7))));
      history.add(history.get(4));
      RejectedHistoryException rejected = assertRejected(history, "D3.1", 6, CompetitorAdded.TYPE);
      assertTrue(rejected.getMessage().contains("a duplicate"), rejected.getMessage());
    }

    @Test
    @DisplayName("events out of order: the delivery participation stored before the forecast")
    void outOfOrder() {
      List<OpportunityEvent> history = events(readyForAti());
      OpportunityEvent forecast = history.remove(2);
      history.add(forecast);
      assertRejected(history, "D3.1", 3, DeliveryParticipationRecorded.TYPE);
      // renumbered to look consecutive, the forecast now goes back in time
      List<OpportunityEvent> renumbered = new ArrayList<>(history.subList(0, 2));
      renumbered.add(new DeliveryParticipationRecorded(OPPORTUNITY, 3, DELIVERY, day(6)));
      ForecastRevised stored = (ForecastRevised) forecast;
      renumbered.add(
          new ForecastRevised(
              OPPORTUNITY,
              4,
              stored.amount(),
              stored.expectedSigning(),
              stored.probability(),
              stored.occurredAt()));
      RejectedHistoryException rejected =
          assertRejected(renumbered, "D3.1", 4, ForecastRevised.TYPE);
      assertTrue(rejected.getMessage().contains("back in time"), rejected.getMessage());
    }

    @Test
    @DisplayName("time goes back: a competitor recorded before the latest event")
    void backInTime() {
      List<OpportunityEvent> history =
          with(events(readyForAtb()), new CompetitorAdded(OPPORTUNITY, 8, RIVAL, day(19)));
      RejectedHistoryException rejected = assertRejected(history, "D3.1", 8, CompetitorAdded.TYPE);
      assertTrue(rejected.getMessage().contains("back in time"), rejected.getMessage());
    }
  }

  @Nested
  @DisplayName("an event the state does not accept is refused under the rule it breaks")
  class NotAccepted {

    @Test
    @DisplayName(
        "the phase goes back from developing the solution to verifying (D3.1, issue probe)")
    void phaseBackwards() {
      List<OpportunityEvent> history =
          with(events(readyForAtb()), new PhaseChanged(OPPORTUNITY, 8, SalesPhase.VERIFY, day(21)));
      RejectedHistoryException rejected = assertRejected(history, "D3.1", 8, PhaseChanged.TYPE);
      assertTrue(rejected.getMessage().contains("go forward"), rejected.getMessage());
    }

    @Test
    @DisplayName("the phase goes back from negotiating to the bid, ATB and ATC passed (D3.1)")
    void phaseBackwardsLate() {
      List<OpportunityEvent> history =
          with(
              events(contractApproved()),
              new PhaseChanged(OPPORTUNITY, 13, SalesPhase.BID, day(55)));
      assertRejected(history, "D3.1", 13, PhaseChanged.TYPE);
    }

    @Test
    @DisplayName("a rejected ATB returns to develop the solution, not to verify (D3.1, D3.2)")
    void onlyTheDocumentedReturn() {
      List<OpportunityEvent> genuine =
          events(
              readyForAtb()
                  .then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)))
                  .then(o -> o.decide(rejection(Gate.ATB, 22), POLICY, day(22))));
      assertEquals(10, genuine.size());
      List<OpportunityEvent> toVerify = new ArrayList<>(genuine);
      toVerify.set(9, new PhaseChanged(OPPORTUNITY, 10, SalesPhase.VERIFY, day(22)));
      assertRejected(toVerify, "D3.1", 10, PhaseChanged.TYPE);
      // stored without its return, the rejection leaves a state no command reaches
      RejectedHistoryException cut =
          assertRejected(genuine.subList(0, 9), "D3.1", 9, GateDecided.TYPE);
      assertTrue(cut.getMessage().contains("ends inside a command"), cut.getMessage());
    }

    @Test
    @DisplayName("a rejected ATI does not move on to develop the solution (D3.2)")
    void rejectedAtiStays() {
      List<OpportunityEvent> rejected =
          events(readyForAti().then(o -> o.decide(rejection(Gate.ATI, 10), POLICY, day(10))));
      List<OpportunityEvent> movedOn =
          with(
              rejected.subList(0, 5),
              new PhaseChanged(OPPORTUNITY, 6, SalesPhase.DEVELOP_SOLUTION, day(10)));
      RejectedHistoryException refused = assertRejected(movedOn, "D3.2", 6, PhaseChanged.TYPE);
      assertTrue(refused.getMessage().contains("ATI"), refused.getMessage());
    }

    @Test
    @DisplayName("the bid before ATB (D3.2)")
    void bidBeforeAtb() {
      List<OpportunityEvent> history =
          with(events(readyForAtb()), new PhaseChanged(OPPORTUNITY, 8, SalesPhase.BID, day(21)));
      assertRejected(history, "D3.2", 8, PhaseChanged.TYPE);
    }

    @Test
    @DisplayName("another opportunity's ATC recorded as this one's (D3.2, the issue's probe)")
    void anotherOpportunitysAtc() {
      GateDecision theirs =
          GateDecision.of(OTHER_OPPORTUNITY, approval(Gate.ATC, 50), Optional.empty());
      List<OpportunityEvent> history =
          with(events(readyForAtc()), new GateDecided(OPPORTUNITY, 12, theirs, day(50)));
      RejectedHistoryException rejected = assertRejected(history, "D3.2", 12, GateDecided.TYPE);
      assertTrue(rejected.getMessage().contains("OP-2"), rejected.getMessage());
    }

    @Test
    @DisplayName("ATC approved before ATB: gates pass in order (D3.2)")
    void gatesInOrder() {
      GateDecision atc = GateDecision.of(OPPORTUNITY, approval(Gate.ATC, 21), Optional.empty());
      List<OpportunityEvent> history =
          with(events(readyForAtb()), new GateDecided(OPPORTUNITY, 8, atc, day(21)));
      RejectedHistoryException rejected = assertRejected(history, "D3.2", 8, GateDecided.TYPE);
      assertTrue(rejected.getMessage().contains("in order"), rejected.getMessage());
    }

    @Test
    @DisplayName("ATI approved before delivery took part in the verification (D3.2)")
    void approvalNeedsItsPrerequisites() {
      List<OpportunityEvent> history = new ArrayList<>(events(readyForAtb()).subList(0, 6));
      history.remove(3);
      // renumber the decision and its phase change to follow on
      GateDecided ati = (GateDecided) history.get(3);
      PhaseChanged solution = (PhaseChanged) history.get(4);
      history.set(3, new GateDecided(OPPORTUNITY, 4, ati.decision(), ati.occurredAt()));
      history.set(4, new PhaseChanged(OPPORTUNITY, 5, solution.phase(), solution.occurredAt()));
      RejectedHistoryException rejected = assertRejected(history, "D3.2", 4, GateDecided.TYPE);
      assertTrue(rejected.getMessage().contains("delivery"), rejected.getMessage());
    }

    @Test
    @DisplayName("ATB approved twice (D3.2)")
    void passedOnce() {
      GateDecision again = GateDecision.of(OPPORTUNITY, approval(Gate.ATB, 46), Optional.empty());
      List<OpportunityEvent> history =
          with(events(readyForAtc()), new GateDecided(OPPORTUNITY, 12, again, day(46)));
      assertRejected(history, "D3.2", 12, GateDecided.TYPE);
    }

    @Test
    @DisplayName("a competitor recorded after the opportunity ended, won with ATC approved (D3.5)")
    void nothingAfterTheEnd() {
      List<OpportunityEvent> history =
          with(
              events(contractApproved().then(o -> o.win(day(60)))),
              new CompetitorAdded(OPPORTUNITY, 14, RIVAL, day(61)));
      assertRejected(history, "D3.5", 14, CompetitorAdded.TYPE);
    }

    @Test
    @DisplayName("a loss after the award: the award is recorded once (D3.5)")
    void awardedOnce() {
      List<OpportunityEvent> history =
          with(
              events(
                  readyForAtc()
                      .then(o -> o.addCompetitor(RIVAL, day(46)))
                      .then(o -> o.win(day(47)))),
              new OpportunityLost(
                  OPPORTUNITY,
                  14,
                  new OpportunityOutcome.Lost(RIVAL, "price", Optional.empty(), day(48))));
      assertRejected(history, "D3.5", 14, OpportunityLost.TYPE);
    }

    @Test
    @DisplayName("a forecast in another currency (D3.5)")
    void forecastInItsCurrency() {
      List<OpportunityEvent> history =
          with(
              events(readyForAti()),
              new ForecastRevised(
                  OPPORTUNITY,
                  5,
                  Money.of(CurrencyUnit.EUR, 1_000_000),
                  date(150),
                  Probability.ofPercent(40),
                  day(8)));
      assertRejected(history, "D3.5", 5, ForecastRevised.TYPE);
    }
  }

  @Nested
  @DisplayName("a forged or tampered event is not what its command produces (D3.1)")
  class Forged {

    @Test
    @DisplayName("an estimate stored as supporting ATC before ATB is passed")
    void estimateSupportsItsGate() {
      List<OpportunityEvent> history = events(readyForAtb());
      EstimateRecorded stored = (EstimateRecorded) history.get(6);
      history.set(
          6,
          new EstimateRecorded(OPPORTUNITY, 7, stored.estimate(), Gate.ATC, stored.occurredAt()));
      RejectedHistoryException rejected = assertRejected(history, "D3.1", 7, EstimateRecorded.TYPE);
      assertTrue(rejected.getMessage().contains("not what the state produces"));
    }

    @Test
    @DisplayName("ATI's approval moved on to pre-bid guidance instead of developing the solution")
    void approvalMovesAsDecided() {
      List<OpportunityEvent> history = new ArrayList<>(events(readyForAtb()).subList(0, 6));
      history.set(5, new PhaseChanged(OPPORTUNITY, 6, SalesPhase.PRE_BID_GUIDANCE, day(10)));
      assertRejected(history, "D3.1", 6, PhaseChanged.TYPE);
    }

    @Test
    @DisplayName("ATB's rejection stored with an abandonment where its return was caused (D3.2)")
    void rejectionEffectAsCaused() {
      List<OpportunityEvent> genuine =
          events(
              readyForAtb()
                  .then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)))
                  .then(o -> o.decide(rejection(Gate.ATB, 22), POLICY, day(22))));
      List<OpportunityEvent> tampered = new ArrayList<>(genuine);
      tampered.set(
          9,
          new OpportunityAbandoned(
              OPPORTUNITY, 10, new OpportunityOutcome.Abandoned("too risky", day(22))));
      RejectedHistoryException rejected =
          assertRejected(tampered, "D3.1", 10, OpportunityAbandoned.TYPE);
      assertTrue(rejected.getMessage().contains(PhaseChanged.TYPE.name()), rejected.getMessage());
    }

    @Test
    @DisplayName("a decision that records another planned date than the gate's")
    void plannedDateAsPlanned() {
      Transition<Opportunity, OpportunityEvent> planned =
          readyForAti()
              .then(o -> o.planGate(Gate.ATI, date(9), day(7)))
              .then(o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10)));
      List<OpportunityEvent> history = events(planned);
      GateDecided stored = (GateDecided) history.get(5);
      history.set(
          5,
          new GateDecided(
              OPPORTUNITY,
              6,
              GateDecision.of(OPPORTUNITY, stored.decision().ruling(), Optional.of(date(12))),
              stored.occurredAt()));
      RejectedHistoryException rejected = assertRejected(history, "D3.2", 6, GateDecided.TYPE);
      assertTrue(rejected.getMessage().contains("planned"), rejected.getMessage());
    }

    @Test
    @DisplayName("a win stored without the move on to negotiate it causes (D3.5)")
    void winMovesOnToNegotiate() {
      List<OpportunityEvent> genuine =
          events(
              readyForAtb()
                  .then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)))
                  .then(o -> o.win(day(30))));
      assertEquals(11, genuine.size());
      assertRejected(genuine.subList(0, 10), "D3.1", 10, OpportunityWon.TYPE);
    }
  }

  @Nested
  @DisplayName("a snapshot and the events after it replay to the whole history's opportunity")
  class Snapshots {

    private List<Transition<Opportunity, OpportunityEvent>> commands() {
      List<Transition<Opportunity, OpportunityEvent>> steps = new ArrayList<>();
      Transition<Opportunity, OpportunityEvent> t = readyForAti();
      steps.add(t);
      t = t.then(o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10)));
      steps.add(t);
      t = t.then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(12)));
      steps.add(t);
      t = t.then(o -> o.recordEstimate(integratedEstimate(20), day(20)));
      steps.add(t);
      t = t.then(o -> o.decide(rejection(Gate.ATB, 22), POLICY, day(22)));
      steps.add(t);
      t = t.then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)));
      steps.add(t);
      t = t.then(o -> o.addCompetitor(RIVAL, day(26)));
      steps.add(t);
      t = t.then(o -> o.win(day(30)));
      steps.add(t);
      return steps;
    }

    @Test
    @DisplayName("from a snapshot after any command, the tail replays to the same opportunity")
    void snapshotPlusTail() {
      List<Transition<Opportunity, OpportunityEvent>> steps = commands();
      Transition<Opportunity, OpportunityEvent> whole = steps.get(steps.size() - 1);
      List<OpportunityEvent> history = whole.events();
      for (Transition<Opportunity, OpportunityEvent> step : steps) {
        Opportunity snapshot = Opportunity.replay(step.events());
        assertEquals(step.state(), snapshot);
        List<OpportunityEvent> tail = history.subList(step.events().size(), history.size());
        assertEquals(
            whole.state(), Opportunity.replay(snapshot, tail), "from " + snapshot.version());
      }
      assertSame(whole.state(), Opportunity.replay(whole.state(), List.of()), "no tail");
    }

    @Test
    @DisplayName("a tail tells what a rejection did, as a whole history does (D3.2)")
    void rejectionInTheTail() {
      Transition<Opportunity, OpportunityEvent> ready = readyForAti();
      Transition<Opportunity, OpportunityEvent> rejected =
          ready.then(o -> o.decide(rejection(Gate.ATI, 10), POLICY, day(10)));
      List<OpportunityEvent> tail = rejected.events().subList(4, 6);
      assertEquals(rejected.state(), Opportunity.replay(ready.state(), tail));
      assertEquals(OpportunityStatus.ABANDONED, Opportunity.replay(ready.state(), tail).status());
    }

    @Test
    @DisplayName("a tail that does not start right after the snapshot is refused")
    void tailStartsAfterTheSnapshot() {
      List<OpportunityEvent> history = events(readyForAtb());
      Opportunity snapshot = Opportunity.replay(history.subList(0, 4));
      RejectedHistoryException gap =
          assertThrows(
              RejectedHistoryException.class,
              () -> Opportunity.replay(snapshot, history.subList(5, 7)));
      assertRejection(gap, "D3.1", 1, PhaseChanged.TYPE);
      RejectedHistoryException overlap =
          assertThrows(
              RejectedHistoryException.class,
              () -> Opportunity.replay(snapshot, history.subList(3, 7)));
      assertRejection(overlap, "D3.1", 1, DeliveryParticipationRecorded.TYPE);
    }

    @Test
    @DisplayName("a tail about another opportunity is refused")
    void tailOfAnotherOpportunity() {
      Opportunity snapshot = readyForAti().state();
      List<OpportunityEvent> theirs =
          Opportunity.open(OTHER_OPPORTUNITY, profile(), grade(), day(0))
              .then(o -> o.addCompetitor(RIVAL, day(1)))
              .then(o -> o.addCompetitor(OpportunityFixtures.OTHER, day(7)))
              .events()
              .subList(1, 3);
      RejectedHistoryException rejected =
          assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(snapshot, theirs));
      assertRejection(rejected, "D3.1", 1, CompetitorAdded.TYPE);
      assertTrue(rejected.getMessage().contains("OP-2"), rejected.getMessage());
    }

    @Test
    @DisplayName("a tail is checked as strictly: no award after the end (D3.5)")
    void tailAsStrict() {
      Transition<Opportunity, OpportunityEvent> lost =
          readyForAti()
              .then(o -> o.addCompetitor(RIVAL, day(7)))
              .then(o -> o.lose(RIVAL, "price", day(8)));
      List<OpportunityEvent> tail =
          List.of(
              new OpportunityWon(
                  OPPORTUNITY, 7, new OpportunityOutcome.Won(Optional.empty(), day(9))));
      RejectedHistoryException rejected =
          assertThrows(
              RejectedHistoryException.class, () -> Opportunity.replay(lost.state(), tail));
      assertRejection(rejected, "D3.5", 1, OpportunityWon.TYPE);
    }
  }

  @Nested
  @DisplayName("D3.2 what a rejection did is read from the event stored after it")
  class FollowUp {

    @Test
    @DisplayName(
        "a rejected ATB the host's policy ended from pre-bid guidance replays as the end, not as"
            + " the return to develop the solution, from the opening or from a snapshot")
    void endedFromPreBidGuidance() {
      Transition<Opportunity, OpportunityEvent> guided =
          readyForAtb().then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)));
      Transition<Opportunity, OpportunityEvent> ended =
          guided.then(o -> o.decide(rejection(Gate.ATB, 25), ENDING, day(25)));
      assertEquals(OpportunityStatus.ABANDONED, ended.state().status());
      assertEquals(SalesPhase.PRE_BID_GUIDANCE, ended.state().phase());
      assertEquals(ended.state(), Opportunity.replay(ended.events()));
      List<OpportunityEvent> tail =
          ended.events().subList(guided.events().size(), ended.events().size());
      assertEquals(2, tail.size());
      assertEquals(ended.state(), Opportunity.replay(guided.state(), tail));
    }
  }
}
