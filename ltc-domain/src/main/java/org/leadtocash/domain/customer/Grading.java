package org.leadtocash.domain.customer;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.BusinessDate;

/**
 * A customer's grading (DOMAIN D6.2): its grade, its category, the grade's policy, and the date
 * from which they apply. The first grading and every yearly review produce one.
 *
 * @param grade the grade; not null
 * @param category the category; not null
 * @param policy the technical, commercial and contact policy; not null
 * @param effectiveOn the date from which the grading applies; the next review is due a year later;
 *     not null
 */
public record Grading(
    CustomerGrade grade, CustomerCategory category, GradePolicy policy, LocalDate effectiveOn) {

  /**
   * Checks that no part is null and that the review a year later can be dated.
   *
   * @param grade the grade; not null
   * @param category the category; not null
   * @param policy the technical, commercial and contact policy; not null
   * @param effectiveOn the date from which the grading applies; the next review is due a year
   *     later; not null
   * @throws IllegalArgumentException if {@code effectiveOn} is outside the library's calendar
   *     ({@link BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}), where no review a year
   *     later can be dated (DOMAIN D6.2)
   */
  public Grading {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(policy, "policy");
    BusinessDate.checkWithinCalendar(effectiveOn, "effectiveOn", "D6.2");
  }

  /** {@return the date the grading is due for review: a year after it took effect (D6.2)} */
  public LocalDate reviewDueOn() {
    return effectiveOn.plus(Customer.REVIEW_PERIOD);
  }

  /** {@return e.g. {@code grade S (strategic) from 2026-01-05}} */
  @Override
  public String toString() {
    return "grade " + grade + " (" + category.label() + ") from " + effectiveOn;
  }
}
