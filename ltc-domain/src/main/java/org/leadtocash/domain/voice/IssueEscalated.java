package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue was escalated up our organisation (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param escalation from which level to which, why and when
 */
public record IssueEscalated(IssueId issue, Escalation escalation) implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param escalation from which level to which, why and when
   */
  public IssueEscalated {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(escalation, "escalation");
  }

  /** {@return when the issue was escalated, the escalation's time; never null} */
  @Override
  public Instant occurredAt() {
    return escalation.at();
  }
}
