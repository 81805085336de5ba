package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue was flagged as a major complaint (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param reason why it is major
 * @param occurredAt when
 */
public record IssueMarkedMajor(IssueId issue, String reason, Instant occurredAt)
    implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param reason why it is major
   * @param occurredAt when
   */
  public IssueMarkedMajor {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
