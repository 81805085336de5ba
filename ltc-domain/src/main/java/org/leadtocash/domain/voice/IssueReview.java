package org.leadtocash.domain.voice;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The monitoring of non-technical issues (业务管理, DOMAIN D8.2): the representative office reviews its
 * issues every week, and the region and headquarters hold a monthly quality review. Both are pure
 * functions of a collection of issues, as they stand, and a date; the host passes the issues of the
 * office, region or company under review.
 */
public final class IssueReview {

  /**
   * The order in which open issues are reviewed: major complaints first, then the higher the level
   * that handles them the earlier, then the oldest first, then by id, so that the order is total.
   */
  public static final Comparator<CustomerIssue> REVIEW_ORDER =
      Comparator.comparing((CustomerIssue i) -> !i.isMajor())
          .thenComparing(CustomerIssue::level, Comparator.reverseOrder())
          .thenComparing(CustomerIssue::acceptedAt)
          .thenComparing(i -> i.id().value());

  /** The length of the weekly review's period. */
  public static final Duration WEEK = Duration.ofDays(7);

  private IssueReview() {}

  /**
   * Returns the representative office's weekly review at a moment (代表处周监控): the issues open at that
   * moment in {@link #REVIEW_ORDER} (major ones first), and those accepted and closed in the week
   * up to it — after {@code asOf − 7 days}, up to and including {@code asOf}.
   *
   * @param issues the office's issues; not null
   * @param asOf the moment of the review; not null
   * @return the review, never null
   */
  public static WeeklyIssueReview weekly(Collection<CustomerIssue> issues, Instant asOf) {
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(asOf, "asOf");
    Instant weekStart = asOf.minus(WEEK);
    Predicate<Instant> inWeek = t -> t.isAfter(weekStart) && !t.isAfter(asOf);
    return new WeeklyIssueReview(
        asOf,
        sorted(issues, i -> i.isOpenAsOf(asOf)),
        sorted(issues, i -> inWeek.test(i.acceptedAt())),
        sorted(issues, i -> i.closedAt().filter(inWeek).isPresent()));
  }

  /**
   * Returns the monthly quality review of a month, its days read in UTC; see {@link
   * #monthly(Collection, YearMonth, ZoneId)}.
   *
   * @param issues the issues under review; not null
   * @param month the month; not null
   * @return the review, never null
   */
  public static MonthlyIssueReview monthly(Collection<CustomerIssue> issues, YearMonth month) {
    return monthly(issues, month, ZoneOffset.UTC);
  }

  /**
   * Returns the monthly quality review of region or headquarters (地区部及公司的月度问题质量分析会议): the issues
   * accepted, escalated and closed during the month, the major complaints open at some time during
   * it, those still open at its end, the handlings the customer evaluated as dissatisfied during
   * it, and the closure time of each issue closed during it.
   *
   * @param issues the issues under review; not null
   * @param month the month; not null
   * @param zone the time zone in which the month's days start and end; not null
   * @return the review, never null
   */
  public static MonthlyIssueReview monthly(
      Collection<CustomerIssue> issues, YearMonth month, ZoneId zone) {
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(zone, "zone");
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Predicate<Instant> inMonth = t -> !t.isBefore(start) && t.isBefore(end);
    Predicate<CustomerIssue> openDuringMonth =
        i -> i.acceptedAt().isBefore(end) && i.closedAt().map(c -> !c.isBefore(start)).orElse(true);
    return new MonthlyIssueReview(
        month,
        sorted(issues, i -> inMonth.test(i.acceptedAt())),
        sorted(issues, i -> i.escalations().stream().anyMatch(e -> inMonth.test(e.at()))),
        sorted(issues, i -> i.closedAt().filter(inMonth).isPresent()),
        sorted(issues, i -> i.isMajor() && openDuringMonth.test(i)),
        sorted(issues, i -> i.isOpenAsOf(end.minusNanos(1))),
        sorted(
            issues,
            i ->
                i.evaluatedAt().filter(inMonth).isPresent()
                    && i.evaluation()
                        .map(e -> e.satisfaction() == IssueSatisfaction.DISSATISFIED)
                        .orElse(false)));
  }

  private static List<CustomerIssue> sorted(
      Collection<CustomerIssue> issues, Predicate<CustomerIssue> filter) {
    return issues.stream()
        .filter(filter)
        .sorted(REVIEW_ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}
