package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The contract was closed: accepted, fully invoiced and every invoice settled (DOMAIN D5.1, D5.3).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param occurredAt when
 */
public record ContractClosed(ContractId contract, long version, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.closed}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.closed", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param occurredAt when
   */
  public ContractClosed {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
