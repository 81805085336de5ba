package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * An issue was escalated up our organisation (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param escalation from which level to which, why and when
 */
public record IssueEscalated(IssueId issue, long version, Escalation escalation)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.escalated}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.escalated", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param escalation from which level to which, why and when
   */
  public IssueEscalated {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(escalation, "escalation");
    EventType.checkVersion(version);
  }

  /** {@return when the issue was escalated, the escalation's time; never null} */
  @Override
  public Instant occurredAt() {
    return escalation.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
