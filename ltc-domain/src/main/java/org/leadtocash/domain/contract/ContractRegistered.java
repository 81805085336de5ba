package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The contract was registered (合同注册), which triggers its delivery project (DOMAIN D5.1).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param deliveryProject the delivery project triggered
 * @param occurredAt when
 */
public record ContractRegistered(
    ContractId contract, long version, DeliveryProjectId deliveryProject, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.registered}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.registered", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param deliveryProject the delivery project triggered
   * @param occurredAt when
   */
  public ContractRegistered {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(deliveryProject, "deliveryProject");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
