package org.leadtocash.domain.voice;

import org.leadtocash.domain.common.DomainEvent;

/**
 * Something that happened to a customer issue (DOMAIN D8.2); replaying an issue's events rebuilds
 * it.
 */
public sealed interface IssueEvent extends DomainEvent
    permits IssueAccepted,
        HandlingStarted,
        IssueEscalated,
        IssueMarkedMajor,
        IssueClosed,
        IssueEvaluated {

  /** {@return the issue it happened to; never null} */
  IssueId issue();

  /** {@return the issue it happened to, as {@link #issue()}; never null} */
  @Override
  default IssueId aggregate() {
    return issue();
  }
}
