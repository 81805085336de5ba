package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * Someone of ours started handling an accepted issue (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param handler who handles it
 * @param occurredAt when
 */
public record HandlingStarted(IssueId issue, EmployeeId handler, Instant occurredAt)
    implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param handler who handles it
   * @param occurredAt when
   */
  public HandlingStarted {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
