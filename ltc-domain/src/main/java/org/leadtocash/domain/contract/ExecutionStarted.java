package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * Delivery of the contract started (DOMAIN D5.1).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param occurredAt when
 */
public record ExecutionStarted(ContractId contract, long version, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.execution-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.execution-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param occurredAt when
   */
  public ExecutionStarted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
