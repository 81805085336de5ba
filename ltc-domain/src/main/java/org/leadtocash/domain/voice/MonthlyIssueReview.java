package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.OrganisationLevel;
import org.threeten.extra.LocalDateRange;

/**
 * The monthly quality review of non-technical issues at region and headquarters (DOMAIN D8.2),
 * built by {@link IssueReview#monthly}. Every list is in {@link IssueReview#REVIEW_ORDER}.
 *
 * @param month the month reviewed; not null
 * @param zone the time zone in which its days start and end; not null
 * @param accepted the issues accepted during the month; not null
 * @param escalated the issues escalated during the month; not null
 * @param closed the issues closed during the month; not null
 * @param major the major complaints open at some time during the month; not null
 * @param openAtMonthEnd the issues still open when the month ended; not null
 * @param dissatisfied the issues whose handling the customer evaluated as dissatisfied during the
 *     month; not null
 */
public record MonthlyIssueReview(
    YearMonth month,
    ZoneId zone,
    List<CustomerIssue> accepted,
    List<CustomerIssue> escalated,
    List<CustomerIssue> closed,
    List<CustomerIssue> major,
    List<CustomerIssue> openAtMonthEnd,
    List<CustomerIssue> dissatisfied) {

  /**
   * Checks and copies the parts.
   *
   * @param month the month reviewed; not null
   * @param zone the time zone in which its days start and end; not null
   * @param accepted the issues accepted during the month; not null
   * @param escalated the issues escalated during the month; not null
   * @param closed the issues closed during the month; not null
   * @param major the major complaints open at some time during the month; not null
   * @param openAtMonthEnd the issues still open when the month ended; not null
   * @param dissatisfied the issues whose handling the customer evaluated as dissatisfied during the
   *     month; not null
   * @throws IllegalArgumentException if a list holds two issues with the same id, an issue listed as
   *     closed is not closed, or the month is
   *     outside the library's calendar ({@link BusinessDate#EARLIEST} to {@link
   *     BusinessDate#LATEST}) (DOMAIN D8.2)
   */
  public MonthlyIssueReview {
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(escalated, "escalated");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(major, "major");
    Objects.requireNonNull(openAtMonthEnd, "openAtMonthEnd");
    Objects.requireNonNull(dissatisfied, "dissatisfied");
    BusinessDate.checkWithinCalendar(month, "month", "D8.2");
    Objects.requireNonNull(zone, "zone");
    accepted = ImmutableList.copyOf(accepted);
    escalated = ImmutableList.copyOf(escalated);
    closed = ImmutableList.copyOf(closed);
    major = ImmutableList.copyOf(major);
    openAtMonthEnd = ImmutableList.copyOf(openAtMonthEnd);
    dissatisfied = ImmutableList.copyOf(dissatisfied);
    for (List<CustomerIssue> list :
        List.of(accepted, escalated, closed, major, openAtMonthEnd, dissatisfied)) {
      Set<IssueId> seen = new HashSet<>();
      for (CustomerIssue issue : list) {
        checkArgument(
            seen.add(issue.id()),
            "a monthly review lists each issue once, and issue %s is there twice (DOMAIN D8.2)",
            issue.id());
      }
    }
    for (CustomerIssue issue : closed) {
      checkArgument(
          issue.closedAt().isPresent(),
          "a monthly review's closed issues are closed, and issue %s is %s (DOMAIN D8.2)",
          issue.id(),
          issue.status().label());
    }
  }

  /** {@return the days of the month, end exclusive; never null} */
  public LocalDateRange period() {
    return daysOf(month);
  }

  /**
   * Returns the closure time of each issue closed during the month: from acceptance to closure.
   *
   * @return the times by issue, in review order; never null
   */
  public Map<IssueId, Duration> closureTimes() {
    ImmutableMap.Builder<IssueId, Duration> times = ImmutableMap.builder();
    closed.forEach(i -> times.put(i.id(), i.timeToClose().orElseThrow()));
    return times.buildOrThrow();
  }

  /** {@return the mean closure time of the issues closed during the month, or empty if none} */
  public Optional<Duration> averageClosureTime() {
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    Duration total = closureTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
    return Optional.of(total.dividedBy(closed.size()));
  }

  /** {@return the longest closure time of the issues closed during the month, or empty if none} */
  public Optional<Duration> longestClosureTime() {
    return closureTimes().values().stream().max(Duration::compareTo);
  }

  /**
   * Returns the issues escalated during the month that are now handled at a level or above, e.g.
   * the region's share of the headquarters review.
   *
   * @param level the lowest level; not null
   * @return the issues, in review order; never null
   */
  public List<CustomerIssue> escalatedTo(OrganisationLevel level) {
    Objects.requireNonNull(level, "level");
    return escalated.stream()
        .filter(i -> i.level().isAtLeast(level))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return a heading with the counts, and one line per major complaint} */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Monthly issue quality review ")
            .append(month)
            .append(": ")
            .append(accepted.size())
            .append(" accepted, ")
            .append(escalated.size())
            .append(" escalated, ")
            .append(closed.size())
            .append(" closed")
            .append(
                averageClosureTime().map(d -> " in " + d.toHours() + " h on average").orElse(""))
            .append(", ")
            .append(openAtMonthEnd.size())
            .append(" open at month end, ")
            .append(dissatisfied.size())
            .append(" dissatisfied");
    for (CustomerIssue issue : major) {
      text.append("\n  major: ").append(issue);
    }
    return text.toString();
  }

  /** {@return the days of a month, end exclusive} */
  static LocalDateRange daysOf(YearMonth month) {
    return LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1));
  }
}
