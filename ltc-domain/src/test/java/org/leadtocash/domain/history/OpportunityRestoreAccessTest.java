package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.BuyingStage;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.opportunity.WinAssessment;
import org.leadtocash.domain.opportunity.WinFactor;
import org.leadtocash.domain.testing.Grades;
import org.leadtocash.domain.testing.Opportunities;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the opportunity package restores a stored opportunity snapshot through
 * {@link Opportunity#restore()}: every attribute's setter is public, called directly or by
 * reflection (as a codec does), and the restored opportunity equals the stored one (DOMAIN D3,
 * DESIGN §2).
 */
class OpportunityRestoreAccessTest {

  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-7");
  private static final CompetitorId RIVAL = CompetitorId.of("CO-7");

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  /**
   * An opportunity, built through its public commands, in which every attribute holds something:
   * through ATB, then the ATC plan, a buying stage, a competitor, the hilltop mark, an assessment,
   * a new grade, the refreshed estimate, the award with its split, and ATC approved, which ends it.
   */
  private static Opportunity everyAttributeSet() {
    return Opportunities.throughAtb(OPPORTUNITY, CustomerId.of("CU-7"), cny(10_000_000), T0)
        .then(o -> o.planGate(Gate.ATC, date(40), day(20)))
        .then(o -> o.changeBuyingStage(BuyingStage.TENDER_AND_DECISION, day(21)))
        .then(o -> o.addCompetitor(RIVAL, day(22)))
        .then(o -> o.markHilltop(TrafficLight.GREEN, day(23)))
        .then(
            o ->
                o.assess(
                    WinAssessment.builder()
                        .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 4)
                        .putScore(WinFactor.SOLUTION, 4)
                        .putScore(WinFactor.COMMERCIAL_TERMS, 3)
                        .putScore(WinFactor.DELIVERY, 5)
                        .build(),
                    day(24)))
        .then(
            o ->
                o.recordCustomerGrade(
                    Grades.attested(CustomerId.of("CU-7"), CustomerGrade.B), day(25)))
        .then(
            o ->
                o.recordEstimate(
                    ProjectEstimate.builder()
                        .preparedOn(date(26))
                        .estimatedCost(cny(7_000_000))
                        .contributors(Set.of(EstimateContributor.values()))
                        .build(),
                    day(26)))
        .then(
            o ->
                o.win(
                    AwardSplit.builder()
                        .ours(cny(8_000_000))
                        .putCompetitor(RIVAL, cny(2_000_000))
                        .build(),
                    day(30)))
        .then(
            o ->
                o.decide(
                    Ruling.builder()
                        .gate(Gate.ATC)
                        .authority(
                            DecisionAuthority.of(
                                Opportunities.OFFICE_HEAD, OrganisationLevel.REPRESENTATIVE_OFFICE))
                        .decidedOn(date(40))
                        .verdict(Verdict.APPROVED)
                        .rationale("the terms hold")
                        .build(),
                    day(40)))
        .state();
  }

  @Test
  @DisplayName("D3 every attribute of the stored opportunity holds something")
  void everyAttributeHoldsSomething() {
    Opportunity stored = everyAttributeSet();
    assertTrue(stored.isEnded());
    assertTrue(stored.endedAt().isPresent());
    assertTrue(stored.outcome().isPresent());
    assertTrue(stored.deliveryParticipant().isPresent());
    assertTrue(stored.triangle().isPresent());
    assertTrue(stored.trafficLight().isPresent());
    assertTrue(stored.assessment().isPresent());
    assertTrue(stored.expectedSigning().isPresent());
    assertTrue(stored.customerGrade().isPresent());
    assertEquals(2, stored.estimates().size());
    assertEquals(1, stored.plannedGates().size());
    assertEquals(3, stored.decisions().size());
    assertEquals(Set.of(RIVAL), stored.competitors());
    assertEquals(2, stored.buyingStageHistory().size());
  }

  @Test
  @DisplayName(
      "D3 a host restores every attribute of a stored opportunity directly, from any package")
  void direct() {
    Opportunity stored = everyAttributeSet();
    Opportunity restored =
        Opportunity.restore()
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
    assertEquals(stored, restored);
    assertEquals(stored, Opportunity.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D3 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    Opportunity stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(Opportunity.class);
    assertEquals(21, attributes.size(), attributes::toString);
    Opportunity.Restore restore = Opportunity.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * Opportunity.Restore}; javac emits no public bridge for a final method, so reflection finds them
   * declared in the package-private {@code ImmutableOpportunity}'s nested {@code Builder}. That
   * class is public in its class file, so reflection may call its public methods from any package:
   * this test calls every one of them from outside the opportunity package.
   */
  @Test
  @DisplayName(
      "D3 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(Opportunity.restore(), 21);
  }

  @Test
  @DisplayName(
      "D3.2 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    Opportunity stored = everyAttributeSet();
    Opportunity.Restore restore = Opportunity.restore().from(stored);
    Opportunity.Restore.class
        .getMethod("deliveryParticipant", Optional.class)
        .invoke(restore, Optional.empty());
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("opportunity OP-7: deliveryParticipant is absent"), message);
    assertTrue(message.endsWith("(DOMAIN D3.2)"), message);
  }
}
