package org.leadtocash.metrics.testing;

import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.ValidationAnswers;
import org.leadtocash.domain.lead.ValidationCriterion;

/** Leads for KPI tests, built through the domain's public API. */
public final class LeadRecords {

  private static final EmployeeId ZHANG = EmployeeId.of("E-ZHANG");

  private LeadRecords() {}

  /** A lead created on a day, converted or not. */
  public static Lead lead(int n, int day, boolean converted) {
    Instant at = T0.plus(Duration.ofDays(day));
    Lead lead =
        Lead.create(
                LeadId.of("LD-" + n),
                LeadProfile.builder()
                    .customer(CustomerId.of("CU-1"))
                    .title("lead " + n)
                    .need("a need")
                    .source(LeadSource.CUSTOMER_BUDGET_TABLE)
                    .budget(cny(1_000_000))
                    .build(),
                ZHANG,
                at)
            .then(l -> l.submit(ZHANG, at))
            .state();
    if (!converted) {
      return lead;
    }
    ValidationAnswers.Builder answers = ValidationAnswers.builder();
    for (ValidationCriterion criterion : ValidationCriterion.values()) {
      answers.met(criterion, "yes");
    }
    return lead.validate(answers.build(), ZHANG, at)
        .state()
        .convert(OpportunityId.of("OP-" + n), ZHANG, at)
        .lead()
        .state();
  }
}
