package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * A payment was received against a confirmed invoice; partial payments are allowed (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param invoice the invoice
 * @param payment the payment
 * @param occurredAt when
 */
public record PaymentReceived(
    ContractId contract, InvoiceId invoice, Payment payment, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param invoice the invoice
   * @param payment the payment
   * @param occurredAt when
   */
  public PaymentReceived {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
