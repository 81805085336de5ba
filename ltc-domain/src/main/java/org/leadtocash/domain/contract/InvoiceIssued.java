package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * An invoice was issued against a payment milestone (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param invoice the invoice as issued: not confirmed, nothing paid
 * @param occurredAt when
 */
public record InvoiceIssued(ContractId contract, long version, Invoice invoice, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.invoice-issued}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.invoice-issued", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param invoice the invoice as issued: not confirmed, nothing paid
   * @param occurredAt when
   */
  public InvoiceIssued {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
