package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The contract was registered (合同注册), which triggers its delivery project (DOMAIN D5.1).
 *
 * @param contract the contract
 * @param deliveryProject the delivery project triggered
 * @param occurredAt when
 */
public record ContractRegistered(
    ContractId contract, DeliveryProjectId deliveryProject, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param deliveryProject the delivery project triggered
   * @param occurredAt when
   */
  public ContractRegistered {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(deliveryProject, "deliveryProject");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
