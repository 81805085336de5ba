package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;

/**
 * Someone of ours started handling an accepted issue (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param handler who handles it
 * @param occurredAt when
 */
public record HandlingStarted(IssueId issue, long version, EmployeeId handler, Instant occurredAt)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.handling-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.handling-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param handler who handles it
   * @param occurredAt when
   */
  public HandlingStarted {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
