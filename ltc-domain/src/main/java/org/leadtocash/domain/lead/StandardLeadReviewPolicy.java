package org.leadtocash.domain.lead;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/** The default {@link LeadReviewPolicy}; see {@link LeadReviewPolicy#standard()}. */
enum StandardLeadReviewPolicy implements LeadReviewPolicy {
  INSTANCE;

  @Override
  public LeadPriority priority(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    int q2 = report.passedCount(ValidationQuestion.HOW_FAR_FROM_US);
    int q3 = report.passedCount(ValidationQuestion.CAN_WE_WIN);
    if (q2 == 2 && q3 >= 6) {
      return LeadPriority.HIGH;
    }
    if (q2 >= 1 && q3 >= 4) {
      return LeadPriority.MEDIUM;
    }
    return LeadPriority.LOW;
  }

  @Override
  public ReviewOutcome recommend(ValidationReport report, Optional<Money> budget) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(budget, "budget");
    if (!report.passed()) {
      return ReviewOutcome.CLOSE;
    }
    boolean close =
        report.passedCount(ValidationQuestion.HOW_FAR_FROM_US) == 2
            && report.passedCount(ValidationQuestion.CAN_WE_WIN) >= 6;
    return budget.isPresent() && close ? ReviewOutcome.CONVERT : ReviewOutcome.NURTURE;
  }
}
