package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * An issue was accepted (受理) with its description (DOMAIN D8.2); a critical one is a major
 * complaint from now.
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param description what it is
 * @param occurredAt when
 */
public record IssueAccepted(
    IssueId issue, long version, IssueDescription description, Instant occurredAt)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.accepted}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.accepted", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param description what it is
   * @param occurredAt when
   */
  public IssueAccepted {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
