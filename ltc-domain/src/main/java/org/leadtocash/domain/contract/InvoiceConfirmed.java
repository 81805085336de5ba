package org.leadtocash.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The customer confirmed an invoice, which may now be paid (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param invoice the invoice
 * @param confirmedOn the date of the confirmation
 * @param occurredAt when
 */
public record InvoiceConfirmed(
    ContractId contract, InvoiceId invoice, LocalDate confirmedOn, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param invoice the invoice
   * @param confirmedOn the date of the confirmation
   * @param occurredAt when
   */
  public InvoiceConfirmed {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(confirmedOn, "confirmedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
