package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue was accepted (受理) with its description (DOMAIN D8.2); a critical one is a major
 * complaint from now.
 *
 * @param issue the issue
 * @param description what it is
 * @param occurredAt when
 */
public record IssueAccepted(IssueId issue, IssueDescription description, Instant occurredAt)
    implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param description what it is
   * @param occurredAt when
   */
  public IssueAccepted {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
