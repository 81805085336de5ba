package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * Delivery of the contract started (DOMAIN D5.1).
 *
 * @param contract the contract
 * @param occurredAt when
 */
public record ExecutionStarted(ContractId contract, Instant occurredAt) implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param occurredAt when
   */
  public ExecutionStarted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
