package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The report of the lead validation KCP (DOMAIN D2.5): every criterion of Q1–Q3 with pass or fail
 * and its reason, in the order of {@link ValidationCriterion}, and the priority the answers give.
 *
 * <p>The KCP {@link #passed() passes} only if every Q1 criterion passes; Q2 and Q3 set the priority
 * and the choice between nurturing and converting. A report is produced by {@link
 * LeadValidation#evaluate}, and recorded on a lead by {@link Lead#validate}, which requires it to
 * be {@link #isComplete() complete}.
 *
 * @param results one result per criterion, in the criteria's order; not null
 * @param priority the priority set by Q2 and Q3; not null
 */
public record ValidationReport(List<CriterionResult> results, LeadPriority priority) {

  /**
   * Checks that there is exactly one result per criterion, in order.
   *
   * @param results one result per criterion, in the criteria's order; not null
   * @param priority the priority set by Q2 and Q3; not null
   * @throws IllegalArgumentException if a criterion is missing, repeated or out of order
   */
  public ValidationReport {
    Objects.requireNonNull(results, "results");
    results = ImmutableList.copyOf(results);
    Objects.requireNonNull(priority, "priority");
    ValidationCriterion[] criteria = ValidationCriterion.values();
    checkArgument(
        results.size() == criteria.length,
        "a validation report lists all %s criteria of Q1-Q3 (DOMAIN D2.5), not %s",
        criteria.length,
        results.size());
    for (int i = 0; i < criteria.length; i++) {
      checkArgument(
          results.get(i).criterion() == criteria[i],
          "a validation report lists the criteria in order; expected %s at %s",
          criteria[i],
          i);
    }
  }

  /** {@return whether the KCP passed: every Q1 ("is it a lead?") criterion passed} */
  public boolean passed() {
    return results(ValidationQuestion.IS_IT_A_LEAD).stream().allMatch(CriterionResult::passed);
  }

  /** {@return whether every criterion was answered} */
  public boolean isComplete() {
    return results.stream().allMatch(CriterionResult::answered);
  }

  /**
   * Returns the results of one question, in order.
   *
   * @param question the question; not null
   * @return its results, never null
   */
  public List<CriterionResult> results(ValidationQuestion question) {
    Objects.requireNonNull(question, "question");
    return results.stream()
        .filter(r -> r.criterion().question() == question)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many criteria of a question passed.
   *
   * @param question the question; not null
   * @return the number passed, from 0 to the question's number of criteria
   */
  public int passedCount(ValidationQuestion question) {
    return (int) results(question).stream().filter(CriterionResult::passed).count();
  }

  /** {@return the criteria that did not pass (failed or unanswered), in order; never null} */
  public List<CriterionResult> shortfalls() {
    return results.stream().filter(r -> !r.passed()).collect(ImmutableList.toImmutableList());
  }
}
