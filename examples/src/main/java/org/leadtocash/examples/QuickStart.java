package org.leadtocash.examples;

import java.time.Instant;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.ValidationAnswers;
import org.leadtocash.domain.lead.ValidationCriterion;
import org.leadtocash.domain.lead.ValidationReport;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;

/** The README's quick start: a lead is validated, converted, and its opportunity asks for ATI. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Instant monday = Instant.parse("2026-03-02T09:00:00Z"); // the library never reads the clock
    EmployeeId creator = EmployeeId.of("E-ZHANG");
    EmployeeId leadManager = EmployeeId.of("E-LI");

    // A lead from the customer's investment budget table (DOMAIN D2.2): it has a budget, so it is
    // a mature lead (D2.3). Every command returns the next state and its events.
    Lead lead =
        Lead.create(
                LeadId.of("LD-1"),
                LeadProfile.builder()
                    .customer(CustomerId.of("CU-NORTH-MOBILE"))
                    .title("Backbone upgrade")
                    .need("line 14 of the 2027 investment budget table")
                    .source(LeadSource.CUSTOMER_BUDGET_TABLE)
                    .budget(Money.parse("CNY 12000000"))
                    .build(),
                creator,
                monday)
            .then(l -> l.submit(leadManager, monday))
            .state();

    // The validation KCP (D2.5): every criterion of Q1-Q3 answered; the report says why.
    ValidationAnswers.Builder answers = ValidationAnswers.builder();
    for (ValidationCriterion criterion : ValidationCriterion.values()) {
      answers.met(criterion, "checked with the customer's CTO");
    }
    lead = lead.validate(answers.build(), leadManager, monday).state();
    ValidationReport report = lead.validation().orElseThrow();
    report.results().forEach(System.out::println); // Q1 passed: the customer's need fits ...
    System.out.println(
        "KCP passed: " + report.passed() + ", priority " + report.priority().label());

    // Conversion (D2.7) opens the opportunity, linked both ways.
    LeadConversion conversion = lead.convert(OpportunityId.of("OP-1"), creator, monday);
    Opportunity opportunity = conversion.opportunity().state();
    // What ATI still needs (D3.2, D4.1): not met: ... no project triangle assigned yet
    opportunity.readiness(Gate.ATI).checks().forEach(System.out::println);

    // A converted lead refuses every command, naming the rule it would break.
    try {
      var unused = conversion.lead().state().close("changed our mind", monday);
    } catch (DomainException refused) {
      System.out.println(refused.getMessage()); // ... [DOMAIN D2.7]
    }
  }
}
