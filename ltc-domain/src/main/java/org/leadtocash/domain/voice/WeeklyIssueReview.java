package org.leadtocash.domain.voice;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The representative office's weekly review of non-technical issues (DOMAIN D8.2), built by {@link
 * IssueReview#weekly}.
 *
 * @param asOf the moment of the review; not null
 * @param open the issues open at that moment, major complaints first ({@link
 *     IssueReview#REVIEW_ORDER}); not null
 * @param acceptedThisWeek the issues accepted in the week up to the review; not null
 * @param closedThisWeek the issues closed in the week up to the review; not null
 */
public record WeeklyIssueReview(
    Instant asOf,
    List<CustomerIssue> open,
    List<CustomerIssue> acceptedThisWeek,
    List<CustomerIssue> closedThisWeek) {

  /**
   * Checks and copies the parts.
   *
   * @param asOf the moment of the review; not null
   * @param open the issues open at that moment, major complaints first ({@link
   *     IssueReview#REVIEW_ORDER}); not null
   * @param acceptedThisWeek the issues accepted in the week up to the review; not null
   * @param closedThisWeek the issues closed in the week up to the review; not null
   */
  public WeeklyIssueReview {
    Objects.requireNonNull(asOf, "asOf");
    open = ImmutableList.copyOf(open);
    acceptedThisWeek = ImmutableList.copyOf(acceptedThisWeek);
    closedThisWeek = ImmutableList.copyOf(closedThisWeek);
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
        new StringBuilder("Weekly issue review at ")
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
    for (CustomerIssue issue : open) {
      long days = issue.age(asOf).toDays();
      text.append("\n  ")
          .append(days)
          .append(days == 1 ? " day open: " : " days open: ")
          .append(issue);
    }
    return text.toString();
  }
}
