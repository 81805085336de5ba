package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * An invoice was issued against a payment milestone (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param invoice the invoice as issued: not confirmed, nothing paid
 * @param occurredAt when
 */
public record InvoiceIssued(ContractId contract, Invoice invoice, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param invoice the invoice as issued: not confirmed, nothing paid
   * @param occurredAt when
   */
  public InvoiceIssued {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
