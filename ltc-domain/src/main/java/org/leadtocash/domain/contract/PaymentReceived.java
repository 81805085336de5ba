package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * A payment was received against a confirmed invoice; partial payments are allowed (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param invoice the invoice
 * @param payment the payment
 * @param occurredAt when
 */
public record PaymentReceived(
    ContractId contract, long version, InvoiceId invoice, Payment payment, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.payment-received}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.payment-received", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param invoice the invoice
   * @param payment the payment
   * @param occurredAt when
   */
  public PaymentReceived {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
