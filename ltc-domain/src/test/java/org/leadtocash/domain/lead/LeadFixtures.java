package org.leadtocash.domain.lead;

import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.Transition;

/** Leads and answers for the lead tests. */
final class LeadFixtures {

  static final LeadId LEAD = LeadId.of("LD-1");
  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final EmployeeId CREATOR = EmployeeId.of("E-ZHANG");
  static final EmployeeId MANAGER = EmployeeId.of("E-LI");
  static final EmployeeId OWNER = EmployeeId.of("E-WANG");
  static final EmployeeId STRANGER = EmployeeId.of("E-ZHAO");

  private LeadFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static LeadProfile earlyProfile() {
    return LeadProfile.builder()
        .customer(CUSTOMER)
        .title("5G core expansion")
        .need("the core network runs out of capacity next year")
        .source(LeadSource.TECHNICAL_STAFF)
        .build();
  }

  static LeadProfile budgetTableProfile() {
    return LeadProfile.builder()
        .customer(CUSTOMER)
        .title("Backbone upgrade")
        .need("line 14 of the 2027 investment budget table")
        .source(LeadSource.CUSTOMER_BUDGET_TABLE)
        .budget(cny(12_000_000))
        .build();
  }

  /**
   * Answers every criterion: Q1 as given, the first {@code q2} Q2 criteria and the first {@code q3}
   * Q3 criteria met, the others not.
   */
  static ValidationAnswers answers(boolean q1, int q2, int q3) {
    ValidationAnswers.Builder builder = ValidationAnswers.builder();
    int seenQ2 = 0;
    int seenQ3 = 0;
    for (ValidationCriterion c : ValidationCriterion.values()) {
      boolean met;
      switch (c.question()) {
        case IS_IT_A_LEAD:
          met = q1;
          break;
        case HOW_FAR_FROM_US:
          met = seenQ2++ < q2;
          break;
        default:
          met = seenQ3++ < q3;
      }
      if (met) {
        builder.met(c, "evidence for " + c.name());
      } else {
        builder.notMet(c, "no evidence for " + c.name());
      }
    }
    return builder.build();
  }

  static ValidationAnswers strongAnswers() {
    return answers(true, 2, 8);
  }

  static Lead created(LeadProfile profile) {
    return Lead.create(LEAD, profile, CREATOR, day(0)).state();
  }

  static Lead submitted(LeadProfile profile) {
    return created(profile).submit(MANAGER, day(1)).state();
  }

  static Lead validated(LeadProfile profile, ValidationAnswers answers) {
    return submitted(profile).validate(answers, MANAGER, day(2)).state();
  }

  static Lead nurturing(LeadProfile profile) {
    return validated(profile, strongAnswers()).nurture(OWNER, day(3)).state();
  }

  static Transition<Lead, LeadEvent> walkWholePath(Lead lead) {
    Transition<Lead, LeadEvent> t =
        lead.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "pain chain", OWNER, day(4));
    for (NurturingStep step :
        new NurturingStep[] {
          NurturingStep.AROUSE_KDM_INTEREST,
          NurturingStep.GUIDE_KDM_TO_PAIN,
          NurturingStep.DECIDE_COMPETITIVE_STRATEGY,
          NurturingStep.SHAPE_KDM_VISION
        }) {
      t = t.then(l -> l.recordNurturingStep(step, "done: " + step, OWNER, day(5)));
    }
    return t.then(l -> l.recordKdmResponse(true, "the CTO agrees", OWNER, day(6)))
        .then(
            l ->
                l.recordNurturingStep(
                    NurturingStep.GUIDE_BUDGET_AND_FINANCING, "budget line", OWNER, day(7)))
        .then(l -> l.recordNurturingStep(NurturingStep.HAND_OVER, "handed over", OWNER, day(8)));
  }
}
