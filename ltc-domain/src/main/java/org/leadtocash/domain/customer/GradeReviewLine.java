package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;

/**
 * One customer's line of a {@link GradeReviewReport} (DOMAIN D6.2).
 *
 * @param customer the customer; not null
 * @param grading its current grading, if graded; not null
 * @param status where its yearly review stands on the report's date; not null, {@link
 *     ReviewStatus#NOT_GRADED} exactly when there is no grading
 * @param daysOverdue how many days past the due date the review is; 0 unless overdue (and 0 on the
 *     due date itself)
 */
public record GradeReviewLine(
    CustomerId customer, Optional<Grading> grading, ReviewStatus status, long daysOverdue) {

  /**
   * Checks the parts.
   *
   * @param customer the customer; not null
   * @param grading its current grading, if graded; not null
   * @param status where its yearly review stands on the report's date; not null, {@link
   *     ReviewStatus#NOT_GRADED} exactly when there is no grading
   * @param daysOverdue how many days past the due date the review is; 0 unless overdue (and 0 on
   *     the due date itself)
   * @throws IllegalArgumentException if the status does not match the grading, or the days are
   *     negative, or positive for a review that is not overdue
   */
  public GradeReviewLine {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(status, "status");
    checkArgument(
        grading.isEmpty() == (status == ReviewStatus.NOT_GRADED),
        "a line is NOT_GRADED exactly when the customer has no grading");
    checkArgument(
        daysOverdue >= 0 && (status == ReviewStatus.OVERDUE || daysOverdue == 0),
        "only an overdue review has days overdue, never negative: %s",
        daysOverdue);
  }

  /**
   * Returns the line of a customer on a date.
   *
   * @param customer the customer; not null
   * @param asOf the date; not null
   * @return the line, never null
   */
  public static GradeReviewLine of(Customer customer, LocalDate asOf) {
    Objects.requireNonNull(customer, "customer");
    ReviewStatus status = customer.reviewStatus(asOf);
    long days =
        status == ReviewStatus.OVERDUE
            ? ChronoUnit.DAYS.between(customer.reviewDueOn().orElseThrow(), asOf)
            : 0;
    return new GradeReviewLine(customer.id(), customer.grading(), status, days);
  }

  /** {@return what to do next about the customer, the {@link ReviewStatus#action() status's}} */
  public String action() {
    return status.action();
  }

  /** {@return when the review is (or was) due, if graded; never null} */
  public Optional<LocalDate> reviewDueOn() {
    return grading.map(Grading::reviewDueOn);
  }

  /**
   * {@return e.g. {@code CU-2 grade B (general) from 2025-01-10: review overdue since 2026-01-10 (5
   * days) → review the grade, category and policy (Customer.reviewGrade)}}
   */
  @Override
  public String toString() {
    return customer
        + " "
        + grading.map(g -> g + ": " + status.label()).orElse(status.label())
        + (status == ReviewStatus.OVERDUE
            ? " since " + reviewDueOn().orElseThrow() + " (" + daysOverdue + " days)"
            : reviewDueOn().map(d -> ", due " + d).orElse(""))
        + (status == ReviewStatus.UP_TO_DATE ? "" : " → " + action());
  }
}
