package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.lead.LeadFixtures.budgetTableProfile;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.submitted;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A lead's commands refuse a blank reason or a budget of nothing before they look at the state, and
 * a validation report lists every criterion in order (DOMAIN D2.5).
 */
class LeadArgumentChecksTest {

  private static String refused(Executable command) {
    return assertThrows(IllegalArgumentException.class, command).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D2.5: a budget of one fen is recorded; a budget of nothing is refused")
  void budgetIsPositive() {
    Lead lead = submitted(budgetTableProfile());
    assertEquals(
        "a budget is a positive amount, not CNY 0.00",
        refused(() -> lead.recordBudget(cny(0), day(3))));
    assertEquals(
        Money.parse("CNY 0.01"),
        lead.recordBudget(Money.parse("CNY 0.01"), day(3)).state().budget().orElseThrow());
  }

  @Test
  @DisplayName("DOMAIN D2.5: closing and suspending a lead state why; a blank reason is refused")
  void reasonsAreStated() {
    Lead lead = submitted(budgetTableProfile());
    assertEquals("closing a lead states why (DOMAIN D2.5)", refused(() -> lead.close(" ", day(3))));
    assertEquals(
        "suspending a lead states why (DOMAIN D2.5)", refused(() -> lead.suspend(" ", day(3))));
  }

  @Test
  @DisplayName("DOMAIN D2.5: a validation report lists all twelve criteria, in order")
  void reportListsEveryCriterion() {
    ValidationReport full = LeadValidation.standard().evaluate(LeadFixtures.answers(true, 2, 8));
    List<CriterionResult> eleven = full.results().subList(0, 11);
    assertEquals(
        "a validation report lists all 12 criteria of Q1-Q3 (DOMAIN D2.5), not 11",
        refused(() -> new ValidationReport(eleven, LeadPriority.HIGH)));
    List<CriterionResult> swapped = new java.util.ArrayList<>(full.results());
    java.util.Collections.swap(swapped, 0, 1);
    assertEquals(
        "a validation report lists the criteria in order; expected NEED_FITS_STRATEGY at 0",
        refused(() -> new ValidationReport(swapped, LeadPriority.HIGH)));
    assertEquals(0, full.shortfalls().size(), "a lead meeting every criterion has no shortfall");
    assertEquals(
        1,
        LeadValidation.standard().evaluate(LeadFixtures.answers(true, 2, 7)).shortfalls().size());
  }

  @Test
  @DisplayName("DOMAIN D2.1, D2.2, D2.4: a profile has a title, a need, and a positive budget")
  void profileChecks() {
    LeadProfile early = LeadFixtures.earlyProfile();
    assertEquals(
        "a lead profile has a title (DOMAIN D2.4)",
        refused(() -> LeadProfile.builder().from(early).title(" ").build()));
    assertEquals(
        "a lead profile states the customer's need (DOMAIN D2.1)",
        refused(() -> LeadProfile.builder().from(early).need(" ").build()));
    assertEquals(
        "a budget is a positive amount, not CNY 0.00",
        refused(() -> LeadProfile.builder().from(early).budget(cny(0)).build()));
    assertEquals(
        Money.parse("CNY 0.01"),
        LeadProfile.builder()
            .from(early)
            .budget(Money.parse("CNY 0.01"))
            .build()
            .budget()
            .orElseThrow());
    assertEquals(
        "a lead from the customer's budget table carries its budget (DOMAIN D2.2)",
        refused(
            () ->
                LeadProfile.builder()
                    .from(early)
                    .source(LeadSource.CUSTOMER_BUDGET_TABLE)
                    .build()));
  }
}
