package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * A review of the fourth stage was held (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param kind the review
 * @param account the account, for an account review only
 * @param occurredAt when
 */
public record ReviewHeld(
    PlanningCycleId cycle,
    long version,
    ReviewKind kind,
    Optional<CustomerId> account,
    Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.review-held}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.review-held", 1);

  /**
   * Checks that no part is null, and that an account review names its account and the others none.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param kind the review
   * @param account the account, for an account review only
   * @param occurredAt when
   */
  public ReviewHeld {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
    kind.checkAccount(account);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
