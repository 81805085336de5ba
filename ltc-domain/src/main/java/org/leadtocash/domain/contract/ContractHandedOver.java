package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The contract was handed over from pre-sale to post-sale (合同交接) with its fulfilment plan (DOMAIN
 * D5.1).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param plan the fulfilment plan, with the delivery manager who took the contract over
 * @param occurredAt when
 */
public record ContractHandedOver(
    ContractId contract, long version, FulfilmentPlan plan, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.handed-over}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.handed-over", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param plan the fulfilment plan, with the delivery manager who took the contract over
   * @param occurredAt when
   */
  public ContractHandedOver {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
