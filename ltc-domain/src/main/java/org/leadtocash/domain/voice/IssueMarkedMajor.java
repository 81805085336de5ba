package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.FreeText;

/**
 * An issue was flagged as a major complaint (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param reason why it is major
 * @param occurredAt when
 */
public record IssueMarkedMajor(IssueId issue, long version, String reason, Instant occurredAt)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.marked-major}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.marked-major", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param reason why it is major
   * @param occurredAt when
   */
  public IssueMarkedMajor {
    FreeText.line(reason, "reason");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
