package org.leadtocash.domain.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;

/**
 * Opportunities taken through their gates by the domain's own commands (DOMAIN D3.2), for tests
 * that need a fact only an opportunity can establish — above all the approved ATC decision a
 * contract is signed under (D5.1). A gate decision cannot be built by hand.
 */
public final class Opportunities {

  /** The office head who decides the gates of a grade-A customer under the standard policy. */
  public static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");

  private static final EmployeeId AR = EmployeeId.of("E-AR");
  private static final EmployeeId SR = EmployeeId.of("E-SR");
  private static final EmployeeId FR = EmployeeId.of("E-FR");
  private static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");

  private Opportunities() {}

  /**
   * Opens an opportunity of a grade-A customer and makes it ready for ATI: forecast, delivery's
   * participation, a complete project triangle. Each step is a day after the previous one.
   *
   * @param id the opportunity's id
   * @param customer the customer
   * @param amount the amount
   * @param start when it opens
   * @return the opportunity's whole transition
   */
  public static Transition<Opportunity, OpportunityEvent> readyForAti(
      OpportunityId id, CustomerId customer, Money amount, Instant start) {
    ProjectTriangle triangle =
        ProjectTriangle.of(id, SPONSOR)
            .assign(CoreRole.AR, ProjectMember.dedicated(AR, customer))
            .assign(CoreRole.SR, ProjectMember.pooled(SR, OrganisationLevel.REGION))
            .assign(CoreRole.FR, ProjectMember.pooled(FR, OrganisationLevel.REPRESENTATIVE_OFFICE));
    return Opportunity.open(
            id,
            OpportunityProfile.builder()
                .customer(customer)
                .name("opportunity " + id)
                .owner(AR)
                .amount(amount)
                .build(),
            Grades.attested(customer, CustomerGrade.A),
            start)
        .then(o -> o.forecast(amount, dateOf(start, 120), Probability.ofPercent(40), next(o)))
        .then(o -> o.recordDeliveryParticipation(FR, next(o)))
        .then(o -> o.assignTriangle(triangle, next(o)));
  }

  /**
   * Takes an opportunity from ready for ATI through ATI and ATB, each approved by the office head,
   * with the integrated estimate; it is bidding, open, ATC still to come.
   *
   * @param id the opportunity's id
   * @param customer the customer
   * @param amount the amount
   * @param start when it opens
   * @return the opportunity's whole transition
   */
  public static Transition<Opportunity, OpportunityEvent> throughAtb(
      OpportunityId id, CustomerId customer, Money amount, Instant start) {
    return readyForAti(id, customer, amount, start)
        .then(o -> o.decide(ruling(o, Gate.ATI, Verdict.APPROVED), next(o)))
        .then(o -> o.recordEstimate(estimate(o, amount), next(o)))
        .then(o -> o.decide(ruling(o, Gate.ATB, Verdict.APPROVED), next(o)));
  }

  /**
   * Takes an opportunity from ready for ATI through ATI, ATB and ATC, each approved by the office
   * head, with the integrated and the refreshed estimates; it stays open, awaiting the award.
   *
   * @param id the opportunity's id
   * @param customer the customer
   * @param amount the amount
   * @param start when it opens
   * @return the opportunity's whole transition; its {@link Opportunity#contractApproval()} is
   *     present
   */
  public static Transition<Opportunity, OpportunityEvent> throughAtc(
      OpportunityId id, CustomerId customer, Money amount, Instant start) {
    return readyForAti(id, customer, amount, start)
        .then(o -> o.decide(ruling(o, Gate.ATI, Verdict.APPROVED), next(o)))
        .then(o -> o.recordEstimate(estimate(o, amount), next(o)))
        .then(o -> o.decide(ruling(o, Gate.ATB, Verdict.APPROVED), next(o)))
        .then(o -> o.moveTo(SalesPhase.NEGOTIATE, next(o)))
        .then(o -> o.recordEstimate(estimate(o, amount), next(o)))
        .then(o -> o.decide(ruling(o, Gate.ATC, Verdict.APPROVED), next(o)));
  }

  /**
   * Returns the passage of ATC issued by an opportunity of 10 M CNY with the customer CU-1, taken
   * through its gates.
   *
   * @param id the opportunity's id
   * @return the evidence a contract of this opportunity is signed with
   */
  public static GatePassage atc(OpportunityId id) {
    return atc(id, CustomerId.of("CU-1"));
  }

  /**
   * Returns the passage of ATC issued by an opportunity of 10 M CNY for a customer, taken through
   * its gates.
   *
   * @param id the opportunity's id
   * @param customer the opportunity's customer
   * @return the evidence a contract of this opportunity with this customer is signed with
   */
  public static GatePassage atc(OpportunityId id, CustomerId customer) {
    return throughAtc(id, customer, DomainTesters.cny(10_000_000), DomainTesters.T0)
        .state()
        .contractApproval()
        .orElseThrow();
  }

  /**
   * Returns a decision of a gate with a verdict, as an opportunity recorded it after passing the
   * gates before it: the facts a contract must refuse unless it is an approved ATC of its own
   * opportunity.
   *
   * @param id the opportunity's id
   * @param gate the gate decided
   * @param verdict the verdict
   * @return the recorded decision
   */
  public static GateDecision decision(OpportunityId id, Gate gate, Verdict verdict) {
    return decided(id, gate, verdict).latestDecision(gate).orElseThrow();
  }

  /**
   * Returns an opportunity of 10 M CNY with the customer CU-1 just after a decision of a gate with
   * a verdict, the gates before it passed: it issues the passage of the gate exactly when the
   * verdict passes it.
   *
   * @param id the opportunity's id
   * @param gate the gate decided
   * @param verdict the verdict
   * @return the opportunity after the decision
   */
  public static Opportunity decided(OpportunityId id, Gate gate, Verdict verdict) {
    return decided(id, CustomerId.of("CU-1"), gate, verdict);
  }

  /**
   * Returns an opportunity of 10 M CNY for a customer just after a decision of a gate with a
   * verdict, the gates before it passed: it issues the passage of the gate exactly when the verdict
   * passes it.
   *
   * @param id the opportunity's id
   * @param customer the opportunity's customer
   * @param gate the gate decided
   * @param verdict the verdict
   * @return the opportunity after the decision
   */
  public static Opportunity decided(
      OpportunityId id, CustomerId customer, Gate gate, Verdict verdict) {
    Money amount = DomainTesters.cny(10_000_000);
    Transition<Opportunity, OpportunityEvent> story =
        readyForAti(id, customer, amount, DomainTesters.T0);
    if (gate != Gate.ATI) {
      story =
          story
              .then(o -> o.decide(ruling(o, Gate.ATI, Verdict.APPROVED), next(o)))
              .then(o -> o.recordEstimate(estimate(o, amount), next(o)));
    }
    if (gate == Gate.ATC) {
      story =
          story
              .then(o -> o.decide(ruling(o, Gate.ATB, Verdict.APPROVED), next(o)))
              .then(o -> o.recordEstimate(estimate(o, amount), next(o)));
    }
    return story.then(o -> o.decide(ruling(o, gate, verdict), next(o))).state();
  }

  /** A ruling of the office head, taken on the day of the opportunity's next step. */
  private static Ruling ruling(Opportunity o, Gate gate, Verdict verdict) {
    Ruling.Builder ruling =
        Ruling.builder()
            .gate(gate)
            .authority(DecisionAuthority.of(OFFICE_HEAD, OrganisationLevel.REPRESENTATIVE_OFFICE))
            .decidedOn(LocalDate.ofInstant(next(o), ZoneOffset.UTC))
            .verdict(verdict)
            .rationale(gate + " " + verdict + ": reasons given");
    if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
      ruling.addCondition("advance payment of at least 20%");
    }
    return ruling.build();
  }

  private static ProjectEstimate estimate(Opportunity o, Money amount) {
    return ProjectEstimate.builder()
        .preparedOn(LocalDate.ofInstant(next(o), ZoneOffset.UTC))
        .estimatedCost(amount.multipliedBy(7).dividedBy(10, java.math.RoundingMode.HALF_EVEN))
        .contributors(EnumSet.allOf(EstimateContributor.class))
        .build();
  }

  private static Instant next(Opportunity o) {
    return o.lastEventAt().plus(Duration.ofDays(1));
  }

  private static LocalDate dateOf(Instant start, int days) {
    return LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(days);
  }
}
