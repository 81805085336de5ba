package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The contract was closed: accepted, fully invoiced and every invoice settled (DOMAIN D5.1, D5.3).
 *
 * @param contract the contract
 * @param occurredAt when
 */
public record ContractClosed(ContractId contract, Instant occurredAt) implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param occurredAt when
   */
  public ContractClosed {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
