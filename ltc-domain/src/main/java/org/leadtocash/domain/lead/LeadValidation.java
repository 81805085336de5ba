package org.leadtocash.domain.lead;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lead validation KCP (DOMAIN D2.5): answers every criterion of Q1 ("is it a lead?"), Q2 ("how
 * far is it from us?") and Q3 ("can we win?") into a {@link ValidationReport}.
 *
 * <p>Evaluating is a question, not a command: it never throws for a failed or missing answer, it
 * reports it. Recording the report on a lead is {@link Lead#validate}.
 */
public final class LeadValidation {

  private static final LeadValidation STANDARD = new LeadValidation(LeadReviewPolicy.standard());

  private final LeadReviewPolicy policy;

  private LeadValidation(LeadReviewPolicy policy) {
    this.policy = policy;
  }

  /** {@return the KCP with the {@link LeadReviewPolicy#standard() default policy}; never null} */
  public static LeadValidation standard() {
    return STANDARD;
  }

  /**
   * Returns the KCP with the host's policy for priority and recommendation.
   *
   * @param policy the policy; not null
   * @return the KCP, never null
   */
  public static LeadValidation with(LeadReviewPolicy policy) {
    return new LeadValidation(Objects.requireNonNull(policy, "policy"));
  }

  /** {@return the policy that sets priority and recommendation; never null} */
  public LeadReviewPolicy policy() {
    return policy;
  }

  /**
   * Evaluates the answers: one result per criterion, in order, unanswered criteria reported as not
   * passed, and the priority the policy gives.
   *
   * @param answers the lead manager's answers; not null
   * @return the report, never null
   */
  public ValidationReport evaluate(ValidationAnswers answers) {
    Objects.requireNonNull(answers, "answers");
    ImmutableList<CriterionResult> results =
        Arrays.stream(ValidationCriterion.values())
            .map(c -> new CriterionResult(c, answers.answer(c)))
            .collect(ImmutableList.toImmutableList());
    ValidationReport unprioritised = new ValidationReport(results, LeadPriority.LOW);
    return new ValidationReport(results, policy.priority(unprioritised));
  }
}
