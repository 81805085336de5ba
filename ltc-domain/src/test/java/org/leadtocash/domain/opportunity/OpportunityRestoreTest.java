package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.CUSTOMER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.DELIVERY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OTHER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.SPONSOR;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.completeTriangle;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.contractApproved;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.grade;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.integratedEstimate;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtc;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.domain.testing.Grades;

/**
 * A stored opportunity snapshot is input like a command (DOMAIN D3): {@link Opportunity#restore()}
 * rebuilds every state the commands reach, equal to the original and continued by {@link
 * Opportunity#replay(Opportunity, List)}, and refuses a tampered snapshot with an {@link
 * IllegalArgumentException} naming the attribute and the rule it breaks.
 */
class OpportunityRestoreTest {

  private static final OpportunityId OTHER_OPPORTUNITY = OpportunityId.of("OP-2");

  private static WinAssessment assessment() {
    return WinAssessment.builder()
        .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 4)
        .putScore(WinFactor.SOLUTION, 3)
        .putScore(WinFactor.COMMERCIAL_TERMS, 3)
        .putScore(WinFactor.DELIVERY, 5)
        .build();
  }

  /**
   * An opportunity's whole life to the contract approval, with a bit of everything a snapshot
   * holds: opened (v1, day 0); its triangle, forecast, delivery's participation, a buying stage and
   * the ATI plan (v2–v6, days 2–8); ATI approved, which moves it on to develop the solution (v7–v8,
   * day 10); pre-bid guidance and the integrated estimate (v9–v10, days 12–20); ATB rejected, which
   * returns it to develop the solution (v11–v12, day 21), then approved, which moves it on to the
   * bid (v13–v14, day 25); two competitors, the hilltop mark and its light, an assessment and a new
   * grade (v15–v20, days 26–30); the award, which moves it on to negotiate (v21–v22, day 35); the
   * refreshed estimate (v23, day 40) and ATC approved, which ends it (v24, day 50).
   */
  private static List<Function<Opportunity, Transition<Opportunity, OpportunityEvent>>> commands() {
    return List.of(
        o -> o.assignTriangle(completeTriangle(), day(2)),
        o -> o.forecast(cny(8_000_000), date(120), Probability.ofPercent(30), day(5)),
        o -> o.recordDeliveryParticipation(DELIVERY, day(6)),
        o -> o.changeBuyingStage(BuyingStage.TENDER_AND_DECISION, day(7)),
        o -> o.planGate(Gate.ATI, date(10), day(8)),
        o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10)),
        o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(12)),
        o -> o.recordEstimate(integratedEstimate(20), day(20)),
        o -> o.decide(rejection(Gate.ATB, 21), POLICY, day(21)),
        o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)),
        o -> o.addCompetitor(RIVAL, day(26)),
        o -> o.addCompetitor(OTHER, day(26)),
        o -> o.markHilltop(TrafficLight.GREEN, day(27)),
        o -> o.changeTrafficLight(TrafficLight.YELLOW, day(28)),
        o -> o.assess(assessment(), day(29)),
        o -> o.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.A), day(30)),
        o ->
            o.win(
                AwardSplit.builder()
                    .ours(cny(6_000_000))
                    .putCompetitor(RIVAL, cny(2_000_000))
                    .build(),
                day(35)),
        o -> o.recordEstimate(integratedEstimate(40), day(40)),
        o -> o.decide(approval(Gate.ATC, 50), POLICY, day(50)));
  }

  /** The story: the opening, then each of its {@link #commands()}. */
  private static Transition<Opportunity, OpportunityEvent> story() {
    Transition<Opportunity, OpportunityEvent> story =
        Opportunity.open(OPPORTUNITY, profile(), grade(), day(0));
    for (Function<Opportunity, Transition<Opportunity, OpportunityEvent>> command : commands()) {
      story = story.then(command);
    }
    return story;
  }

  private static Ruling rejection(Gate gate, int day) {
    return decision(gate, Verdict.REJECTED, OrganisationLevel.REPRESENTATIVE_OFFICE, day);
  }

  /**
   * The state the story reaches after its first {@code version} events, which end one of its
   * commands.
   */
  private static Opportunity storyAt(int version) {
    return Opportunity.replay(story().events().subList(0, version));
  }

  /** Restores an opportunity by setting each of its attributes, as a codec reading one does. */
  private static Opportunity restored(Opportunity stored) {
    return Opportunity.restore()
        .id(stored.id())
        .version(stored.version())
        .profile(stored.profile())
        .openedAt(stored.openedAt())
        .amount(stored.amount())
        .expectedSigning(stored.expectedSigning())
        .probability(stored.probability())
        .phaseHistory(stored.phaseHistory())
        .buyingStageHistory(stored.buyingStageHistory())
        .deliveryParticipant(stored.deliveryParticipant())
        .triangle(stored.triangle())
        .estimates(stored.estimates())
        .plannedGates(stored.plannedGates())
        .decisions(stored.decisions())
        .trafficLight(stored.trafficLight())
        .competitors(stored.competitors())
        .assessment(stored.assessment())
        .outcome(stored.outcome())
        .customerGrade(stored.customerGrade())
        .lastEventAt(stored.lastEventAt())
        .endedAt(stored.endedAt())
        .build();
  }

  /** A snapshot of a state with some attributes tampered with. */
  private static Opportunity.Restore tampered(
      Opportunity stored, Function<Opportunity.Restore, Opportunity.Restore> tamper) {
    return tamper.apply(Opportunity.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * opportunity, the attribute and the rule, and mentions what is wrong.
   */
  private static void assertRefused(
      Opportunity.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("opportunity OP-1: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
  }

  private static List<StageEntry<SalesPhase>> phases(Opportunity o, StageEntry<SalesPhase> added) {
    List<StageEntry<SalesPhase>> phases = new ArrayList<>(o.phaseHistory());
    phases.add(added);
    return phases;
  }

  @Nested
  @DisplayName("D3 a restored snapshot is the opportunity it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same ended opportunity")
    void everyState() {
      Transition<Opportunity, OpportunityEvent> story = story();
      List<OpportunityEvent> events = story.events();
      assertEquals(24, events.size());
      assertTrue(story.state().isEnded());
      assertEquals(OpportunityStatus.WON, story.state().status());
      Transition<Opportunity, OpportunityEvent> upTo =
          Opportunity.open(OPPORTUNITY, profile(), grade(), day(0));
      List<Function<Opportunity, Transition<Opportunity, OpportunityEvent>>> commands =
          new ArrayList<>(commands());
      commands.add(0, o -> upTo);
      Opportunity state = opened();
      int version = 0;
      for (Function<Opportunity, Transition<Opportunity, OpportunityEvent>> command : commands) {
        Transition<Opportunity, OpportunityEvent> step = command.apply(state);
        state = step.state();
        version += step.events().size();
        Opportunity restored = restored(state);
        assertEquals(state, restored, "version " + version);
        assertEquals(state, storyAt(version), "version " + version);
        assertEquals(
            story.state(),
            Opportunity.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
      assertEquals(events.size(), version);
    }

    @Test
    @DisplayName("a lost, an abandoned and a cancelled opportunity restore too (D3.5)")
    void otherOutcomes() {
      Opportunity contested = readyForAtc().then(o -> o.addCompetitor(RIVAL, day(46))).state();
      List<Opportunity> ended =
          List.of(
              contested
                  .lose(
                      RIVAL,
                      "price",
                      AwardSplit.builder()
                          .ours(cny(1_000_000))
                          .putCompetitor(RIVAL, cny(7_000_000))
                          .build(),
                      day(47))
                  .state(),
              contested.abandon("no budget", day(47)).state(),
              contested.cancel("project stopped", day(47)).state(),
              readyForAti()
                  .then(
                      o ->
                          o.decide(
                              decision(
                                  Gate.ATI,
                                  Verdict.REJECTED,
                                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                                  10),
                              POLICY,
                              day(10)))
                  .state());
      for (Opportunity o : ended) {
        assertTrue(o.isEnded(), o::toString);
        assertEquals(o, restored(o));
      }
    }

    @Test
    @DisplayName("the builder's from() copies a snapshot whole")
    void copy() {
      Opportunity stored = storyAt(18);
      assertEquals(stored, Opportunity.restore().from(stored).build());
    }
  }

  @Nested
  @DisplayName("D3.5 a snapshot's forecast is checked as the commands check it")
  class TheForecast {

    @Test
    @DisplayName("an amount that is not positive is refused")
    void amountPositive() {
      assertRefused(tampered(opened(), r -> r.amount(cny(0))), "amount", "D3.5", "positive");
    }

    @Test
    @DisplayName("an amount in another currency than the opportunity was opened in is refused")
    void amountCurrency() {
      assertRefused(
          tampered(opened(), r -> r.amount(Money.of(CurrencyUnit.EUR, 1_000_000)).version(2)),
          "amount",
          "D3.5",
          "EUR",
          "CNY");
    }

    @Test
    @DisplayName("no expected signing date, though the opportunity was opened with one, is refused")
    void expectedSigningStays() {
      Opportunity o =
          Opportunity.open(
                  OPPORTUNITY,
                  OpportunityProfile.builder().from(profile()).expectedSigning(date(90)).build(),
                  day(0))
              .state();
      assertRefused(
          tampered(o, r -> r.expectedSigning(Optional.empty()).version(2)),
          "expectedSigning",
          "D3.5");
    }

    @Test
    @DisplayName("a project triangle of another opportunity is refused (D4.3)")
    void triangleOfThisOpportunity() {
      assertRefused(
          tampered(
              readyForAti().state(),
              r -> r.triangle(ProjectTriangle.of(OTHER_OPPORTUNITY, SPONSOR))),
          "triangle",
          "D4.3",
          "OP-2");
    }
  }

  @Nested
  @DisplayName("D3.1 D3.3 a snapshot's stage histories are checked as the commands check them")
  class TheStages {

    @Test
    @DisplayName("lastEventAt before openedAt is refused: time only moves forward")
    void lastEventAfterOpening() {
      assertRefused(
          tampered(opened(), r -> r.lastEventAt(day(-1))), "lastEventAt", "D3.1", "openedAt");
    }

    @Test
    @DisplayName("an empty phase history is refused")
    void phaseHistoryNotEmpty() {
      assertRefused(
          tampered(opened(), r -> r.phaseHistory(List.of())), "phaseHistory is empty", "D3.1");
    }

    @Test
    @DisplayName("a phase history that does not start with VERIFY when it opened is refused")
    void phaseHistoryStartsVerifying() {
      assertRefused(
          tampered(
              opened(), r -> r.phaseHistory(List.of(new StageEntry<>(SalesPhase.VERIFY, day(1))))),
          "phaseHistory starts with VERIFY",
          "D3.1",
          "openedAt");
    }

    @Test
    @DisplayName("a phase entered twice in a row is refused")
    void phaseChanges() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.phaseHistory(phases(o, new StageEntry<>(SalesPhase.DEVELOP_SOLUTION, day(20))))
                      .version(o.version() + 1)),
          "phaseHistory enters DEVELOP_SOLUTION at entry 3",
          "D3.1",
          "already in");
    }

    @Test
    @DisplayName("a phase entered before the one before it, or after the latest event, is refused")
    void phasesInTimeOrder() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.phaseHistory(phases(o, new StageEntry<>(SalesPhase.PRE_BID_GUIDANCE, day(9))))
                      .version(o.version() + 1)),
          "phaseHistory enters PRE_BID_GUIDANCE",
          "D3.1",
          "time only moves forward");
      assertRefused(
          tampered(
              o,
              r ->
                  r.phaseHistory(phases(o, new StageEntry<>(SalesPhase.PRE_BID_GUIDANCE, day(21))))
                      .version(o.version() + 1)),
          "phaseHistory enters PRE_BID_GUIDANCE",
          "D3.1",
          "lastEventAt");
    }

    @Test
    @DisplayName("a phase entered without its gate passed is refused: no bid before ATB (D3.2)")
    void phaseNeedsItsGate() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.phaseHistory(phases(o, new StageEntry<>(SalesPhase.BID, day(20))))
                      .version(o.version() + 1)),
          "phaseHistory enters BID",
          "D3.2",
          "ATB");
    }

    @Test
    @DisplayName("going back a phase without a rejection that returns it there is refused")
    void backOnlyOnRejection() {
      Opportunity o = readyForAtc().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.phaseHistory(phases(o, new StageEntry<>(SalesPhase.BID, day(46))))
                      .lastEventAt(day(46))
                      .version(o.version() + 1)),
          "phaseHistory goes back to BID",
          "D3.1",
          "rejection");
      Opportunity guided =
          readyForAtb().then(o2 -> o2.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21))).state();
      assertRefused(
          tampered(
              guided,
              r ->
                  r.phaseHistory(
                          phases(guided, new StageEntry<>(SalesPhase.DEVELOP_SOLUTION, day(22))))
                      .lastEventAt(day(22))
                      .version(guided.version() + 1)),
          "phaseHistory goes back to DEVELOP_SOLUTION 1 times, after 0 rejections",
          "D3.1");
    }

    @Test
    @DisplayName("a buying-stage history that does not start with the profile's stage is refused")
    void buyingStagesStartWithTheProfile() {
      assertRefused(
          tampered(
              opened(),
              r -> r.buyingStageHistory(List.of(new StageEntry<>(BuyingStage.CONTRACT, day(0))))),
          "buyingStageHistory starts with CONTRACT",
          "D3.3",
          "PROJECT_FORMATION");
    }

    @Test
    @DisplayName("a buying stage entered twice in a row is refused")
    void buyingStageChanges() {
      Opportunity o = opened();
      assertRefused(
          tampered(
              o,
              r ->
                  r.addBuyingStageHistory(new StageEntry<>(BuyingStage.PROJECT_FORMATION, day(0)))
                      .version(2)),
          "buyingStageHistory enters PROJECT_FORMATION",
          "D3.3",
          "already in");
    }
  }

  @Nested
  @DisplayName("D3.2 a snapshot's decisions are checked as the commands check them")
  class TheDecisions {

    @Test
    @DisplayName("a decision of another opportunity is refused")
    void decisionOfThisOpportunity() {
      Opportunity o = readyForAti().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.addDecision(
                          GateDecision.of(
                              OTHER_OPPORTUNITY, rejection(Gate.ATI, 8), Optional.empty()))
                      .version(o.version() + 1)),
          "decisions: decision 1",
          "D3.2",
          "OP-2");
    }

    @Test
    @DisplayName("a gate decided again after its approval is refused")
    void notDecidedAgain() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.addDecision(
                          GateDecision.of(OPPORTUNITY, approval(Gate.ATI, 11), Optional.empty()))
                      .version(o.version() + 1)),
          "decisions: decision 2 decides ATI again",
          "D3.2");
    }

    @Test
    @DisplayName("a gate decided before the gate before it is approved is refused")
    void gatesInOrder() {
      Opportunity o = readyForAti().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.addDecision(
                          GateDecision.of(OPPORTUNITY, rejection(Gate.ATB, 8), Optional.empty()))
                      .version(o.version() + 1)),
          "decisions: decision 1 decides ATB before ATI is approved",
          "D3.2");
    }

    @Test
    @DisplayName("a decision that records a plan the opportunity does not have is refused")
    void plannedDecision() {
      Opportunity o = readyForAti().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.addDecision(
                          GateDecision.of(
                              OPPORTUNITY,
                              decision(
                                  Gate.ATI,
                                  Verdict.DEFERRED,
                                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                                  8),
                              Optional.of(date(8))))
                      .version(o.version() + 1)),
          "decisions: decision 1 records ATI as planned",
          "D3.2",
          date(8).toString());
    }

    @Test
    @DisplayName("an approval that does not record the gate's plan is refused")
    void approvalRecordsThePlan() {
      Opportunity o = storyAt(10);
      assertEquals(Optional.of(date(10)), o.latestDecision(Gate.ATI).orElseThrow().plannedOn());
      assertRefused(
          tampered(o, r -> r.plannedGates(Map.of(Gate.ATI, date(11)))),
          "decisions: the approval of ATI",
          "D3.2",
          date(10).toString(),
          date(11).toString());
    }

    @Test
    @DisplayName("an estimate for ATI is refused: estimates support ATB or ATC")
    void estimatesSupportAtbAndAtc() {
      assertRefused(
          tampered(
              readyForAti().state(),
              r -> r.putEstimate(Gate.ATI, integratedEstimate(6)).version(5)),
          "estimates",
          "D3.2",
          "ATI");
    }

    @Test
    @DisplayName("an estimate for ATC before ATB is passed is refused")
    void refreshedAfterAtb() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(o, r -> r.putEstimate(Gate.ATC, integratedEstimate(20)).version(8)),
          "estimates",
          "D3.2",
          "ATC",
          "ATB is not passed");
    }

    @Test
    @DisplayName("ATI passed without delivery's participation is refused")
    void atiNeedsDelivery() {
      assertRefused(
          tampered(readyForAtb().state(), r -> r.deliveryParticipant(Optional.empty())),
          "deliveryParticipant is absent",
          "D3.2",
          "ATI");
    }

    @Test
    @DisplayName("ATI passed without an expected signing date is refused")
    void atiNeedsVerification() {
      assertRefused(
          tampered(readyForAtb().state(), r -> r.expectedSigning(Optional.empty())),
          "expectedSigning is absent",
          "D3.2",
          "ATI");
    }

    @Test
    @DisplayName("ATB passed without an integrated estimate is refused")
    void atbNeedsTheEstimate() {
      ProjectEstimate partial =
          ProjectEstimate.builder()
              .preparedOn(date(20))
              .estimatedCost(cny(5_000_000))
              .addContributors(EstimateContributor.SUPPLY)
              .build();
      assertRefused(
          tampered(
              readyForAtc().state(),
              r -> r.estimates(Map.of(Gate.ATB, partial, Gate.ATC, integratedEstimate(45)))),
          "estimates hold no integrated estimate for ATB",
          "D3.2");
      assertRefused(
          tampered(contractApproved().state(), r -> r.estimates(Map.of(Gate.ATB, partial))),
          "estimates hold no integrated estimate for ATB",
          "D3.2");
    }

    @Test
    @DisplayName("ATC passed without the refreshed estimate is refused")
    void atcNeedsTheRefreshedEstimate() {
      Opportunity o = contractApproved().state();
      assertRefused(
          tampered(o, r -> r.estimates(Map.of(Gate.ATB, o.estimates().get(Gate.ATB)))),
          "estimates hold no integrated estimate for ATC",
          "D3.2");
    }

    @Test
    @DisplayName("a phase behind a passed gate is refused: an approved ATB moves on to the bid")
    void phaseFollowsTheGates() {
      Opportunity o = readyForAtc().state();
      assertRefused(
          tampered(o, r -> r.phaseHistory(o.phaseHistory().subList(0, 2))),
          "phaseHistory ends in DEVELOP_SOLUTION, though ATB is passed",
          "D3.2",
          "BID");
    }
  }

  @Nested
  @DisplayName("D3.5 a snapshot's outcome is checked as the commands check it")
  class TheOutcome {

    private OpportunityOutcome.Won won(int day) {
      return new OpportunityOutcome.Won(Optional.empty(), day(day));
    }

    @Test
    @DisplayName("a won opportunity that did not pass ATB is refused: we win by bidding (D3.2)")
    void wonNeedsAtb() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          tampered(o, r -> r.outcome(won(20)).version(o.version() + 1)),
          "outcome is WON",
          "D3.2",
          "ATB");
    }

    @Test
    @DisplayName("a won opportunity that does not negotiate is refused")
    void wonNegotiates() {
      Opportunity o =
          readyForAtb().then(x -> x.decide(approval(Gate.ATB, 25), POLICY, day(25))).state();
      assertRefused(
          tampered(o, r -> r.outcome(won(25)).version(o.version() + 1)),
          "phaseHistory ends in BID",
          "D3.5",
          "WON");
    }

    @Test
    @DisplayName("a loss to a competitor that is not recorded is refused")
    void lostToARecordedCompetitor() {
      Opportunity o = readyForAti().state();
      assertRefused(
          tampered(
              o,
              r ->
                  r.outcome(new OpportunityOutcome.Lost(RIVAL, "price", Optional.empty(), day(6)))
                      .endedAt(day(6))
                      .version(o.version() + 1)),
          "outcome is LOST to CO-RIVAL",
          "D3.5");
    }

    @Test
    @DisplayName(
        "an award split in another currency, or naming an unrecorded competitor, is refused")
    void awardSplit() {
      Opportunity o = story().state();
      AwardSplit euros = AwardSplit.allOurs(Money.of(CurrencyUnit.EUR, 8_000_000));
      assertRefused(
          tampered(o, r -> r.outcome(new OpportunityOutcome.Won(Optional.of(euros), day(35)))),
          "outcome has an award split in EUR",
          "D3.5",
          "CNY");
      AwardSplit stranger =
          AwardSplit.builder()
              .ours(cny(6_000_000))
              .putCompetitor(CompetitorId.of("CO-STRANGER"), cny(2_000_000))
              .build();
      assertRefused(
          tampered(o, r -> r.outcome(new OpportunityOutcome.Won(Optional.of(stranger), day(35)))),
          "outcome has an award split naming CO-STRANGER",
          "D3.5");
    }

    @Test
    @DisplayName("a win that awards us nothing, or a loss whose winner got nothing, is refused")
    void winnerGetsSomething() {
      AwardSplit theirs =
          AwardSplit.builder().ours(cny(0)).putCompetitor(RIVAL, cny(8_000_000)).build();
      assertRefused(
          tampered(
              story().state(),
              r -> r.outcome(new OpportunityOutcome.Won(Optional.of(theirs), day(35)))),
          "outcome has an award split in which we got nothing",
          "D3.5");
      Opportunity contested = readyForAtc().then(o -> o.addCompetitor(RIVAL, day(46))).state();
      AwardSplit ours =
          AwardSplit.builder().ours(cny(8_000_000)).putCompetitor(RIVAL, cny(0)).build();
      assertRefused(
          tampered(
              contested,
              r ->
                  r.outcome(new OpportunityOutcome.Lost(RIVAL, "price", Optional.of(ours), day(47)))
                      .lastEventAt(day(47))
                      .endedAt(day(47))
                      .version(contested.version() + 1)),
          "outcome has an award split in which the winner CO-RIVAL got nothing",
          "D3.5");
    }

    @Test
    @DisplayName("an ended opportunity without endedAt, or an open one with it, is refused")
    void endedAtExactlyOnceEnded() {
      assertRefused(
          tampered(story().state(), r -> r.endedAt(Optional.empty())),
          "endedAt is absent",
          "D3.5",
          "WON and ATC passed");
      assertRefused(
          tampered(contractApproved().state(), r -> r.endedAt(day(50))),
          "endedAt is present",
          "D3.5",
          "OPEN");
    }

    @Test
    @DisplayName("an ended opportunity with a later event is refused")
    void nothingAfterTheEnd() {
      Opportunity o = story().state();
      assertRefused(
          tampered(o, r -> r.endedAt(day(49))), "endedAt", "D3.5", "lastEventAt", "no further");
      Opportunity abandoned = readyForAti().then(x -> x.abandon("no budget", day(7))).state();
      assertRefused(
          tampered(abandoned, r -> r.lastEventAt(day(8)).endedAt(day(8))),
          "outcome ABANDONED is recorded at",
          "D3.5",
          "lastEventAt");
    }

    @Test
    @DisplayName(
        "an outcome recorded before the latest phase change is refused: time only moves forward"
            + " (D3.1)")
    void outcomeAfterThePhases() {
      Opportunity o = story().state();
      assertRefused(
          tampered(o, r -> r.outcome(won(34))),
          "outcome is recorded at",
          "D3.1",
          "latest phase change");
    }
  }

  @Nested
  @DisplayName("D3.1 a snapshot's version counts its events")
  class TheVersion {

    @Test
    @DisplayName("a version lower than the number of recorded facts is refused")
    void versionCountsTheFacts() {
      Opportunity o = readyForAtb().state();
      assertEquals(7, o.version());
      assertRefused(tampered(o, r -> r.version(6)), "version is 6, less than 7", "D3.1");
      assertRefused(tampered(opened(), r -> r.version(0)), "version is 0, less than 1", "D3.1");
      assertRefused(
          tampered(opened(), r -> r.addCompetitor(RIVAL)), "version is 1, less than 2", "D3.1");
    }

    @Test
    @DisplayName("a forecast or a grade other than the opening's needs an event of its own")
    void changedFactsNeedEvents() {
      assertRefused(
          tampered(opened(), r -> r.probability(Probability.ofPercent(50))),
          "version is 1, less than 2",
          "D3.1");
      assertRefused(
          tampered(opened(), r -> r.customerGrade(CustomerGrade.A)),
          "version is 1, less than 2",
          "D3.1");
    }

    @Test
    @DisplayName("at version 1 the opening is the latest event")
    void versionOne() {
      assertRefused(
          tampered(opened(), r -> r.lastEventAt(day(1))), "lastEventAt", "D3.1", "version 1");
    }
  }

  @Nested
  @DisplayName("D3.1 each fact a snapshot records counts, and no date runs before the opening")
  class EachFact {

    @Test
    @DisplayName("a fact of each kind on the bare opening needs an event of its own")
    void eachFactNeedsItsEvent() {
      List<Function<Opportunity.Restore, Opportunity.Restore>> facts =
          List.of(
              r ->
                  r.addBuyingStageHistory(
                      new StageEntry<>(BuyingStage.TENDER_AND_DECISION, day(0))),
              r -> r.plannedGates(Map.of(Gate.ATI, date(10))),
              r -> r.trafficLight(TrafficLight.GREEN),
              r -> r.assessment(assessment()),
              r ->
                  r.outcome(new OpportunityOutcome.Abandoned("no budget", day(0)))
                      .endedAt(day(0)));
      for (Function<Opportunity.Restore, Opportunity.Restore> fact : facts) {
        assertRefused(tampered(opened(), fact), "version is 1, less than 2", "D3.1");
      }
      assertRefused(
          tampered(opened(), facts.get(0)),
          "the opening, 0 phase changes, 1 buying-stage changes, 0 decisions",
          "D3.1");
      assertRefused(
          tampered(readyForAtb().state(), r -> r.version(6)),
          "the opening, 1 phase changes, 0 buying-stage changes, 1 decisions",
          "D3.1");
    }

    @Test
    @DisplayName("lastEventAt before openedAt is refused at any version, not only the first")
    void lastEventAfterOpeningPastTheFirstVersion() {
      assertRefused(
          tampered(opened(), r -> r.lastEventAt(day(-1)).version(2)),
          "lastEventAt",
          "D3.1",
          "is before openedAt");
    }

    @Test
    @DisplayName("a gate planned, or an estimate prepared, before the opening is refused")
    void datesSinceTheOpening() {
      assertRefused(
          tampered(opened(), r -> r.plannedGates(Map.of(Gate.ATI, date(-2))).version(2)),
          "plannedGates: ATI is dated " + date(-2) + ", before openedAt",
          "D3.1");
      assertRefused(
          tampered(
              readyForAtb().state(), r -> r.estimates(Map.of(Gate.ATB, integratedEstimate(-2)))),
          "estimates: the estimate for ATB is dated " + date(-2) + ", before openedAt",
          "D3.1");
      assertRefused(
          tampered(
              readyForAtb().state(), r -> r.estimates(Map.of(Gate.ATB, integratedEstimate(22)))),
          "estimates: the estimate for ATB is dated " + date(22) + ", after lastEventAt",
          "D3.1");
    }
  }
}
