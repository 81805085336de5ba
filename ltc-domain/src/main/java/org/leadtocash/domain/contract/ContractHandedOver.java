package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The contract was handed over from pre-sale to post-sale (合同交接) with its fulfilment plan (DOMAIN
 * D5.1).
 *
 * @param contract the contract
 * @param plan the fulfilment plan, with the delivery manager who took the contract over
 * @param occurredAt when
 */
public record ContractHandedOver(ContractId contract, FulfilmentPlan plan, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param plan the fulfilment plan, with the delivery manager who took the contract over
   * @param occurredAt when
   */
  public ContractHandedOver {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
