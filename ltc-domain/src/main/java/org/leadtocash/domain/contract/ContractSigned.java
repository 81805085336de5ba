package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.opportunity.GateDecision;

/**
 * The contract was signed after the approved ATC decision of its opportunity, with every flagged
 * risk accepted (DOMAIN D5.1, D5.4).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param atc the ATC decision it was signed under
 * @param occurredAt when
 */
public record ContractSigned(
    ContractId contract, long version, GateDecision atc, Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.signed}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.signed", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param atc the ATC decision it was signed under
   * @param occurredAt when
   */
  public ContractSigned {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(atc, "atc");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
