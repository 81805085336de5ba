package org.leadtocash.planning.cycle;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A planning cycle was opened for a period and its accounts, in its first stage, plan and prepare
 * (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param period the period it plans for
 * @param accounts the accounts it plans for, with their importance
 * @param occurredAt when
 */
public record PlanningCycleOpened(
    PlanningCycleId cycle,
    long version,
    PlanningPeriod period,
    List<PlannedAccount> accounts,
    Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.opened}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.opened", 1);

  /**
   * Checks that no part is null.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param period the period it plans for
   * @param accounts the accounts it plans for, with their importance
   * @param occurredAt when
   */
  public PlanningCycleOpened {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(period, "period");
    accounts = ImmutableList.copyOf(accounts);
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
