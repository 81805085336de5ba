package org.leadtocash.domain.voice;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.leadtocash.domain.common.BusinessDate;
import org.threeten.extra.LocalDateRange;

/**
 * The monitoring of non-technical issues (业务管理, DOMAIN D8.2): the representative office reviews its
 * issues every week, and the region and headquarters hold a monthly quality review. Both are pure
 * functions of a collection of issues, as they stand, and a business date or month; the host passes
 * the issues of the office, region or company under review.
 *
 * <p>An issue's events carry instants, and a review covers business days: the host binds the time
 * zone in which its days start and end once, {@code IssueReview.in(ZoneId.of("Asia/Shanghai"))},
 * and asks that review for every week and month. The library guesses no zone.
 *
 * @param zone the time zone in which the reviewed days start and end; not null
 */
public record IssueReview(ZoneId zone) {

  /**
   * The order in which open issues are reviewed: major complaints first, then the higher the level
   * that handles them the earlier, then the oldest first, then by id, so that the order is total.
   */
  public static final Comparator<CustomerIssue> REVIEW_ORDER =
      Comparator.comparing((CustomerIssue i) -> !i.isMajor())
          .thenComparing(CustomerIssue::level, Comparator.reverseOrder())
          .thenComparing(CustomerIssue::acceptedAt)
          .thenComparing(i -> i.id().value());

  /**
   * Checks that no part is null.
   *
   * @param zone the time zone in which the reviewed days start and end; not null
   */
  public IssueReview {
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns the reviews of an office, region or company whose days start and end in a time zone.
   *
   * @param zone the time zone of the business days reviewed; not null
   * @return the reviews, never null
   */
  public static IssueReview in(ZoneId zone) {
    return new IssueReview(zone);
  }

  /**
   * Returns the representative office's weekly review as of a day (代表处周监控): the issues still open
   * at the end of that day in {@link #REVIEW_ORDER} (major ones first), and those accepted and
   * closed in the seven days ending with it ({@link WeeklyIssueReview#period()}).
   *
   * @param issues the office's issues; not null
   * @param asOf the last day of the week reviewed; not null
   * @return the review, never null
   * @throws IllegalArgumentException if {@code asOf} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D8.2)
   */
  public WeeklyIssueReview weekly(Collection<CustomerIssue> issues, LocalDate asOf) {
    Objects.requireNonNull(issues, "issues");
    BusinessDate.checkWithinCalendar(asOf, "asOf", "D8.2");
    LocalDateRange week = WeeklyIssueReview.weekEndingOn(asOf);
    Predicate<Instant> inWeek = within(week);
    Instant end = startOf(week.getEnd());
    return new WeeklyIssueReview(
        asOf,
        zone,
        sorted(issues, i -> i.isOpenAsOf(end.minusNanos(1))),
        sorted(issues, i -> inWeek.test(i.acceptedAt())),
        sorted(issues, i -> i.closedAt().filter(inWeek).isPresent()));
  }

  /**
   * Returns the monthly quality review of region or headquarters (地区部及公司的月度问题质量分析会议): the issues
   * accepted, escalated and closed during the month, the major complaints open at some time during
   * it, those still open at its end, the handlings the customer evaluated as dissatisfied during
   * it, and the closure time of each issue closed during it.
   *
   * @param issues the issues under review; not null
   * @param month the month; not null
   * @return the review, never null
   * @throws IllegalArgumentException if the month is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D8.2)
   */
  public MonthlyIssueReview monthly(Collection<CustomerIssue> issues, YearMonth month) {
    Objects.requireNonNull(issues, "issues");
    BusinessDate.checkWithinCalendar(month, "month", "D8.2");
    LocalDateRange days = MonthlyIssueReview.daysOf(month);
    Predicate<Instant> inMonth = within(days);
    Instant start = startOf(days.getStart());
    Instant end = startOf(days.getEnd());
    Predicate<CustomerIssue> openDuringMonth =
        i -> i.acceptedAt().isBefore(end) && i.closedAt().map(c -> !c.isBefore(start)).orElse(true);
    return new MonthlyIssueReview(
        month,
        zone,
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

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** {@return whether an instant falls on one of the days, read in the zone} */
  private Predicate<Instant> within(LocalDateRange days) {
    Instant start = startOf(days.getStart());
    Instant end = startOf(days.getEnd());
    return t -> !t.isBefore(start) && t.isBefore(end);
  }

  private static List<CustomerIssue> sorted(
      Collection<CustomerIssue> issues, Predicate<CustomerIssue> filter) {
    return issues.stream()
        .filter(filter)
        .sorted(REVIEW_ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}
