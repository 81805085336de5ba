package org.leadtocash.domain.lead;

import java.util.Optional;
import org.joda.money.Money;

/**
 * How the answers of the validation KCP set a lead's priority and the review's recommendation
 * (DOMAIN D2.5). The sources say only that Q2 and Q3 decide both; a host with its own scoring
 * replaces {@link #standard()}.
 */
public interface LeadReviewPolicy {

  /**
   * Returns the priority the report's Q2 and Q3 answers give.
   *
   * @param report the KCP's report; not null
   * @return the priority, never null
   */
  LeadPriority priority(ValidationReport report);

  /**
   * Returns the outcome the weekly review is advised to choose.
   *
   * @param report the KCP's report; not null
   * @param budget the customer's budget, if it has one; not null
   * @return {@link ReviewOutcome#CLOSE}, {@link ReviewOutcome#NURTURE} or {@link
   *     ReviewOutcome#CONVERT}; never null
   */
  ReviewOutcome recommend(ValidationReport report, Optional<Money> budget);

  /**
   * Returns the default policy. With {@code q2} the number of Q2 criteria passed (of 2) and {@code
   * q3} the number of Q3 criteria passed (of 8):
   *
   * <ul>
   *   <li>priority {@code HIGH} if {@code q2 = 2} and {@code q3 ≥ 6}; {@code MEDIUM} if {@code q2 ≥
   *       1} and {@code q3 ≥ 4}; {@code LOW} otherwise;
   *   <li>recommend {@code CLOSE} if the KCP failed (a Q1 criterion did not pass); {@code CONVERT}
   *       if the customer has a budget, {@code q2 = 2} and {@code q3 ≥ 6}; {@code NURTURE}
   *       otherwise.
   * </ul>
   *
   * @return the default policy, never null
   */
  static LeadReviewPolicy standard() {
    return StandardLeadReviewPolicy.INSTANCE;
  }
}
