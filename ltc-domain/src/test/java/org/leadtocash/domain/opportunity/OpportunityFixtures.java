package org.leadtocash.domain.opportunity;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.domain.testing.Grades;

/** Opportunities at each gate, for the opportunity tests. */
final class OpportunityFixtures {

  static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-1");
  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final EmployeeId AR = EmployeeId.of("E-AR");
  static final EmployeeId DELIVERY = EmployeeId.of("E-FR");
  static final EmployeeId SOLUTION = EmployeeId.of("E-SR");
  static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");
  static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");
  static final EmployeeId REGION_HEAD = EmployeeId.of("E-REGION");
  static final CompetitorId RIVAL = CompetitorId.of("CO-RIVAL");
  static final CompetitorId OTHER = CompetitorId.of("CO-OTHER");

  /** Region decides from 10 M, headquarters from 50 M. */
  static final GatePolicy POLICY = GatePolicy.standard(cny(10_000_000), cny(50_000_000));

  private OpportunityFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  static OpportunityProfile profile() {
    return OpportunityProfile.builder()
        .customer(CUSTOMER)
        .name("5G core expansion")
        .owner(AR)
        .amount(cny(8_000_000))
        .build();
  }

  /** The evidence of the customer's grade B, issued by the customer (DOMAIN D6.2). */
  static GradeAttestation grade() {
    return Grades.attested(CUSTOMER, CustomerGrade.B);
  }

  /** The profile the opened opportunity and its stored opening hold: with the attested grade B. */
  static OpportunityProfile openedProfile() {
    return OpportunityProfile.builder().from(profile()).customerGrade(CustomerGrade.B).build();
  }

  static Opportunity opened() {
    return Opportunity.open(OPPORTUNITY, profile(), grade(), day(0)).state();
  }

  static Ruling decision(Gate gate, Verdict verdict, OrganisationLevel level, int day) {
    Ruling.Builder b =
        Ruling.builder()
            .gate(gate)
            .authority(
                DecisionAuthority.of(
                    level == OrganisationLevel.REPRESENTATIVE_OFFICE ? OFFICE_HEAD : REGION_HEAD,
                    level))
            .decidedOn(date(day))
            .verdict(verdict)
            .rationale(gate + " " + verdict + ": reasons given");
    if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
      b.addCondition("advance payment of at least 20%");
    }
    return b.build();
  }

  static Ruling approval(Gate gate, int day) {
    return decision(gate, Verdict.APPROVED, OrganisationLevel.REPRESENTATIVE_OFFICE, day);
  }

  static ProjectEstimate integratedEstimate(int day) {
    return ProjectEstimate.builder()
        .preparedOn(date(day))
        .estimatedCost(cny(5_600_000))
        .contributors(EnumSet.allOf(EstimateContributor.class))
        .build();
  }

  /** The project triangle with an AR and an SR but no FR yet. */
  static ProjectTriangle triangleWithoutFr() {
    return ProjectTriangle.of(OPPORTUNITY, SPONSOR)
        .assign(CoreRole.AR, ProjectMember.dedicated(AR, CUSTOMER))
        .assign(CoreRole.SR, ProjectMember.pooled(SOLUTION, OrganisationLevel.REGION));
  }

  /** The complete project triangle: AR from the customer group, SR and FR from the pools. */
  static ProjectTriangle completeTriangle() {
    return triangleWithoutFr()
        .assign(
            CoreRole.FR, ProjectMember.pooled(DELIVERY, OrganisationLevel.REPRESENTATIVE_OFFICE));
  }

  /** Verified, with delivery's participation and a complete triangle: ready for ATI. */
  static Transition<Opportunity, OpportunityEvent> readyForAti() {
    return Opportunity.open(OPPORTUNITY, profile(), grade(), day(0))
        .then(o -> o.assignTriangle(completeTriangle(), day(2)))
        .then(o -> o.forecast(cny(8_000_000), date(120), Probability.ofPercent(30), day(5)))
        .then(o -> o.recordDeliveryParticipation(DELIVERY, day(6)));
  }

  /** ATI passed, which moves it on to develop the solution; integrated estimate: ready for ATB. */
  static Transition<Opportunity, OpportunityEvent> readyForAtb() {
    return readyForAti()
        .then(o -> o.decide(approval(Gate.ATI, 10), POLICY, day(10)))
        .then(o -> o.recordEstimate(integratedEstimate(20), day(20)));
  }

  /** ATB passed, which moves it on to the bid; in negotiation with a refreshed estimate. */
  static Transition<Opportunity, OpportunityEvent> readyForAtc() {
    return readyForAtb()
        .then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)))
        .then(o -> o.moveTo(SalesPhase.NEGOTIATE, day(40)))
        .then(o -> o.recordEstimate(integratedEstimate(45), day(45)));
  }

  /** ATC passed. */
  static Transition<Opportunity, OpportunityEvent> contractApproved() {
    return readyForAtc().then(o -> o.decide(approval(Gate.ATC, 50), POLICY, day(50)));
  }
}
