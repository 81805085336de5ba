package org.leadtocash.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer accepted the delivery (验收, DOMAIN D5.1).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param acceptedOn the date of the customer's acceptance
 * @param occurredAt when
 */
public record ContractAccepted(
    ContractId contract, long version, LocalDate acceptedOn, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.accepted}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.accepted", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param acceptedOn the date of the customer's acceptance
   * @param occurredAt when
   */
  public ContractAccepted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
