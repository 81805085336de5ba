package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.CUSTOMER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.testing.EventVersions;
import org.leadtocash.domain.testing.Grades;

/** Every opportunity event carries the version it produced, 1 or more (DOMAIN D3.1). */
class OpportunityEventVersionsTest {

  @Test
  @DisplayName("DOMAIN D3.1: each type of opportunity event refuses version 0")
  void everyEventRefusesVersionZero() {
    WinAssessment assessment =
        WinAssessment.builder()
            .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 4)
            .putScore(WinFactor.SOLUTION, 3)
            .putScore(WinFactor.COMMERCIAL_TERMS, 3)
            .putScore(WinFactor.DELIVERY, 5)
            .build();
    List<OpportunityEvent> events = new ArrayList<>();
    events.addAll(
        readyForAtc()
            .then(o -> o.planGate(Gate.ATC, date(50), day(46)))
            .then(o -> o.changeBuyingStage(BuyingStage.TENDER_AND_DECISION, day(46)))
            .then(o -> o.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.A), day(46)))
            .then(o -> o.markHilltop(TrafficLight.RED, day(46)))
            .then(o -> o.changeTrafficLight(TrafficLight.GREEN, day(46)))
            .then(o -> o.addCompetitor(RIVAL, day(46)))
            .then(o -> o.assess(assessment, day(46)))
            .then(o -> o.win(day(47)))
            .events());
    events.addAll(
        opened().addCompetitor(RIVAL, day(1)).then(o -> o.lose(RIVAL, "price", day(2))).events());
    events.addAll(opened().abandon("no budget this year", day(1)).events());
    events.addAll(opened().cancel("the customer stopped the project", day(1)).events());
    EventVersions.assertEveryTypeRefusesVersionZero(OpportunityEvent.class, events);
  }

  @Test
  @DisplayName(
      "DOMAIN D3.2 D3.5: the events one command produces are numbered one after the other:"
          + " a decision and the phase it moves to or returns to, an award and the negotiation")
  void eventsOfOneCommandAreNumbered() {
    Transition<Opportunity, OpportunityEvent> bidding =
        readyForAtb().then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)));
    List<Transition<Opportunity, OpportunityEvent>> commands =
        List.of(
            readyForAti().state().decide(approval(Gate.ATI, 10), POLICY, day(10)),
            readyForAtb()
                .state()
                .moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21))
                .then(o -> o.decide(rejection(Gate.ATB, 25), POLICY, day(25))),
            readyForAti().state().decide(rejection(Gate.ATI, 10), POLICY, day(10)),
            bidding.state().win(day(30)),
            opened().addCompetitor(RIVAL, day(1)).then(o -> o.lose(RIVAL, "price", day(2))),
            bidding);
    for (Transition<Opportunity, OpportunityEvent> command : commands) {
      EventVersions.assertNumbered(command);
    }
    assertEquals(2, commands.get(0).events().size());
    assertEquals(3, commands.get(1).events().size());
    assertEquals(2, commands.get(2).events().size());
    assertEquals(2, commands.get(3).events().size());
  }

  private static Ruling rejection(Gate gate, int day) {
    return decision(gate, Verdict.REJECTED, OrganisationLevel.REPRESENTATIVE_OFFICE, day);
  }
}
