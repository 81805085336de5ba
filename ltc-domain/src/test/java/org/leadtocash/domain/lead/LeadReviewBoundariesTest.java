package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.lead.LeadFixtures.answers;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standard lead review policy at the exact edges of its thresholds (DOMAIN D2.5): a lead is
 * high priority with both Q2 criteria and at least six of the eight Q3 criteria, medium with at
 * least one Q2 and four Q3, low below; it is converted only when it is high and has a budget.
 */
class LeadReviewBoundariesTest {

  private static final LeadReviewPolicy POLICY = LeadReviewPolicy.standard();
  private static final Optional<Money> BUDGET = Optional.of(cny(2_000_000));

  private static ValidationReport report(boolean q1, int q2, int q3) {
    return LeadValidation.standard().evaluate(answers(q1, q2, q3));
  }

  @Test
  @DisplayName("DOMAIN D2.5: six Q3 criteria with both Q2 is high; five, or one Q2, is medium")
  void highPriorityNeedsSixOfEightAndBothQ2() {
    assertEquals(LeadPriority.HIGH, POLICY.priority(report(true, 2, 8)));
    assertEquals(LeadPriority.HIGH, POLICY.priority(report(true, 2, 7)));
    assertEquals(LeadPriority.HIGH, POLICY.priority(report(true, 2, 6)));
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 2, 5)));
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 1, 6)));
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 1, 8)));
  }

  @Test
  @DisplayName("DOMAIN D2.5: four Q3 criteria with one Q2 is medium; three, or no Q2, is low")
  void mediumPriorityNeedsFourAndOneQ2() {
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 1, 4)));
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 2, 4)));
    assertEquals(LeadPriority.MEDIUM, POLICY.priority(report(true, 1, 5)));
    assertEquals(LeadPriority.LOW, POLICY.priority(report(true, 1, 3)));
    assertEquals(LeadPriority.LOW, POLICY.priority(report(true, 2, 3)));
    assertEquals(LeadPriority.LOW, POLICY.priority(report(true, 0, 4)));
    assertEquals(LeadPriority.LOW, POLICY.priority(report(true, 0, 8)));
    assertEquals(LeadPriority.LOW, POLICY.priority(report(true, 0, 0)));
  }

  @Test
  @DisplayName("DOMAIN D2.5: the report carries the policy's priority, edge for edge")
  void reportCarriesThePriority() {
    assertEquals(LeadPriority.HIGH, report(true, 2, 6).priority());
    assertEquals(LeadPriority.MEDIUM, report(true, 2, 5).priority());
    assertEquals(LeadPriority.MEDIUM, report(true, 1, 4).priority());
    assertEquals(LeadPriority.LOW, report(true, 1, 3).priority());
  }

  @Test
  @DisplayName(
      "DOMAIN D2.5: convert at both Q2 and six Q3 with a budget; five Q3 or one Q2 nurtures")
  void convertAtTheEdge() {
    assertEquals(ReviewOutcome.CONVERT, POLICY.recommend(report(true, 2, 6), BUDGET));
    assertEquals(ReviewOutcome.CONVERT, POLICY.recommend(report(true, 2, 8), BUDGET));
    assertEquals(ReviewOutcome.NURTURE, POLICY.recommend(report(true, 2, 5), BUDGET));
    assertEquals(ReviewOutcome.NURTURE, POLICY.recommend(report(true, 1, 6), BUDGET));
    assertEquals(ReviewOutcome.NURTURE, POLICY.recommend(report(true, 1, 8), BUDGET));
  }

  @Test
  @DisplayName("DOMAIN D2.5: without a budget even the strongest lead is nurtured, not converted")
  void noBudgetNurtures() {
    assertEquals(ReviewOutcome.NURTURE, POLICY.recommend(report(true, 2, 8), Optional.empty()));
    assertEquals(ReviewOutcome.NURTURE, POLICY.recommend(report(true, 2, 6), Optional.empty()));
  }

  @Test
  @DisplayName("DOMAIN D2.5: a lead that fails Q1 is closed, whatever Q2, Q3 and the budget say")
  void failedQ1Closes() {
    assertEquals(ReviewOutcome.CLOSE, POLICY.recommend(report(false, 2, 8), BUDGET));
    assertEquals(ReviewOutcome.CLOSE, POLICY.recommend(report(false, 0, 0), Optional.empty()));
  }
}
