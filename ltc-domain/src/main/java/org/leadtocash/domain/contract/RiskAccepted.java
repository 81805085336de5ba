package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * The risk of a flagged clause was accepted before signature (DOMAIN D5.4).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param acceptance who accepted which clause, and why
 */
public record RiskAccepted(ContractId contract, long version, RiskAcceptance acceptance)
    implements ContractEvent {

  /** The stored type: {@code contract.risk-accepted}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.risk-accepted", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param acceptance who accepted which clause, and why
   */
  public RiskAccepted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(acceptance, "acceptance");
    EventType.checkVersion(version);
  }

  /** {@return when the risk was accepted; never null} */
  @Override
  public Instant occurredAt() {
    return acceptance.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
