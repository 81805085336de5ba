package org.leadtocash.domain.voice;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.BusinessDate;
import org.threeten.extra.LocalDateRange;

/**
 * The representative office's weekly review of non-technical issues (DOMAIN D8.2), built by {@link
 * IssueReview#weekly}: as of a day, over the seven days ending with it ({@link #period()}).
 *
 * @param asOf the last day of the week reviewed; not null
 * @param zone the time zone in which the days start and end; not null
 * @param open the issues still open at the end of {@code asOf}, major complaints first ({@link
 *     IssueReview#REVIEW_ORDER}); not null
 * @param acceptedThisWeek the issues accepted in the week; not null
 * @param closedThisWeek the issues closed in the week; not null
 */
public record WeeklyIssueReview(
    LocalDate asOf,
    ZoneId zone,
    List<CustomerIssue> open,
    List<CustomerIssue> acceptedThisWeek,
    List<CustomerIssue> closedThisWeek) {

  /**
   * Checks and copies the parts.
   *
   * @param asOf the last day of the week reviewed; not null
   * @param zone the time zone in which the days start and end; not null
   * @param open the issues still open at the end of {@code asOf}, major complaints first ({@link
   *     IssueReview#REVIEW_ORDER}); not null
   * @param acceptedThisWeek the issues accepted in the week; not null
   * @param closedThisWeek the issues closed in the week; not null
   * @throws IllegalArgumentException if {@code asOf} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D8.2)
   */
  public WeeklyIssueReview {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(acceptedThisWeek, "acceptedThisWeek");
    Objects.requireNonNull(closedThisWeek, "closedThisWeek");
    BusinessDate.checkWithinCalendar(asOf, "asOf", "D8.2");
    Objects.requireNonNull(zone, "zone");
    open = ImmutableList.copyOf(open);
    acceptedThisWeek = ImmutableList.copyOf(acceptedThisWeek);
    closedThisWeek = ImmutableList.copyOf(closedThisWeek);
  }

  /** {@return the seven days reviewed, ending with {@code asOf}; end exclusive; never null} */
  public LocalDateRange period() {
    return weekEndingOn(asOf);
  }

  /** {@return the open major complaints, in review order; never null} */
  public List<CustomerIssue> major() {
    return open.stream().filter(CustomerIssue::isMajor).collect(ImmutableList.toImmutableList());
  }

  /** {@return the open issues that were escalated, in review order; never null} */
  public List<CustomerIssue> escalated() {
    return open.stream()
        .filter(CustomerIssue::isEscalated)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return a heading and one line per open issue with its age in days} */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Weekly issue review of the week to ")
            .append(asOf)
            .append(": ")
            .append(open.size())
            .append(" open (")
            .append(major().size())
            .append(" major), ")
            .append(acceptedThisWeek.size())
            .append(" accepted and ")
            .append(closedThisWeek.size())
            .append(" closed this week");
    Instant end = period().getEnd().atStartOfDay(zone).toInstant();
    for (CustomerIssue issue : open) {
      long days = issue.age(end).toDays();
      text.append("\n  ")
          .append(days)
          .append(days == 1 ? " day open: " : " days open: ")
          .append(issue);
    }
    return text.toString();
  }

  /** {@return the seven days ending with a day, end exclusive} */
  static LocalDateRange weekEndingOn(LocalDate day) {
    return LocalDateRange.ofClosed(day.minusDays(6), day);
  }
}
