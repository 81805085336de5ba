package org.leadtocash.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer confirmed an invoice, which may now be paid (DOMAIN D5.3).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param invoice the invoice
 * @param confirmedOn the date of the confirmation
 * @param occurredAt when
 */
public record InvoiceConfirmed(
    ContractId contract, long version, InvoiceId invoice, LocalDate confirmedOn, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.invoice-confirmed}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.invoice-confirmed", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param invoice the invoice
   * @param confirmedOn the date of the confirmation
   * @param occurredAt when
   */
  public InvoiceConfirmed {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(confirmedOn, "confirmedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
