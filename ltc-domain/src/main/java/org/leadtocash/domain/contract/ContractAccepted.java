package org.leadtocash.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The customer accepted the delivery (验收, DOMAIN D5.1).
 *
 * @param contract the contract
 * @param acceptedOn the date of the customer's acceptance
 * @param occurredAt when
 */
public record ContractAccepted(ContractId contract, LocalDate acceptedOn, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param acceptedOn the date of the customer's acceptance
   * @param occurredAt when
   */
  public ContractAccepted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
