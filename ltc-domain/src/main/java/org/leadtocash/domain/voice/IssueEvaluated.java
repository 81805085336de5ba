package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;

/**
 * The customer evaluated the handling of a closed issue (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param evaluation the customer's evaluation
 * @param occurredAt when
 */
public record IssueEvaluated(IssueId issue, IssueEvaluation evaluation, Instant occurredAt)
    implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param evaluation the customer's evaluation
   * @param occurredAt when
   */
  public IssueEvaluated {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
