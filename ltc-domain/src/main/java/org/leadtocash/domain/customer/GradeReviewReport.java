package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.CustomerId;

/**
 * Which customers of a portfolio are due for the yearly review of their grade and policy on a date
 * (DOMAIN D6.2): a question's answer, one line per customer, listing the overdue ones and those not
 * graded at all.
 *
 * @param asOf the date of the report; not null
 * @param lines one line per customer, in the order given; not null, no customer twice
 */
public record GradeReviewReport(LocalDate asOf, List<GradeReviewLine> lines) {

  /**
   * Checks and copies the lines.
   *
   * @param asOf the date of the report; not null
   * @param lines one line per customer, in the order given; not null, no customer twice
   * @throws IllegalArgumentException if a customer has two lines
   */
  public GradeReviewReport {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(asOf, "asOf");
    lines = ImmutableList.copyOf(lines);
    checkArgument(
        lines.stream().map(GradeReviewLine::customer).distinct().count() == lines.size(),
        "a review report lists each customer once");
  }

  /**
   * Returns the report of a portfolio on a date.
   *
   * @param customers the customers; not null, no customer twice
   * @param asOf the date; not null
   * @return the report, never null
   * @throws IllegalArgumentException if a customer appears twice
   */
  public static GradeReviewReport of(Collection<Customer> customers, LocalDate asOf) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(asOf, "asOf");
    return new GradeReviewReport(
        asOf,
        customers.stream()
            .map(c -> GradeReviewLine.of(c, asOf))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the customers overdue for review, the longest overdue first (then by id).
   *
   * @return the overdue lines, never null
   */
  public List<GradeReviewLine> overdue() {
    return lines.stream()
        .filter(l -> l.status() == ReviewStatus.OVERDUE)
        .sorted(
            Comparator.comparingLong(GradeReviewLine::daysOverdue)
                .reversed()
                .thenComparing(l -> l.customer().value()))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the customers not graded yet, in the order given; never null} */
  public List<CustomerId> notGraded() {
    return lines.stream()
        .filter(l -> l.status() == ReviewStatus.NOT_GRADED)
        .map(GradeReviewLine::customer)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether every graded customer is up to date and every customer is graded} */
  public boolean isClear() {
    return lines.stream().allMatch(l -> l.status() == ReviewStatus.UP_TO_DATE);
  }

  /** {@return the date and every line, each on its own line} */
  @Override
  public String toString() {
    return "grade reviews as of "
        + asOf
        + ":\n"
        + lines.stream().map(l -> "  " + l).collect(Collectors.joining("\n"));
  }
}
