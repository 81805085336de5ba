package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The customer evaluated the handling of a closed issue (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param evaluation the customer's evaluation
 * @param occurredAt when
 */
public record IssueEvaluated(
    IssueId issue, long version, IssueEvaluation evaluation, Instant occurredAt)
    implements IssueEvent {

  /** The stored type: {@code customer-issue.evaluated}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer-issue.evaluated", 1);

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param evaluation the customer's evaluation
   * @param occurredAt when
   */
  public IssueEvaluated {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
