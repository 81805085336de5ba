package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.FreeText;

/**
 * An issue was closed (关闭) with its resolution (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param resolution how it was resolved
 * @param occurredAt when
 */
public record IssueClosed(IssueId issue, long version, String resolution, Instant occurredAt)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.closed}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.closed", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param resolution how it was resolved
   * @param occurredAt when
   */
  public IssueClosed {
    FreeText.note(resolution, "resolution");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
