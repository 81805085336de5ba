package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * The risk of a flagged clause was accepted before signature (DOMAIN D5.4).
 *
 * @param contract the contract
 * @param acceptance who accepted which clause, and why
 */
public record RiskAccepted(ContractId contract, RiskAcceptance acceptance)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param acceptance who accepted which clause, and why
   */
  public RiskAccepted {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(acceptance, "acceptance");
  }

  /** {@return when the risk was accepted; never null} */
  @Override
  public Instant occurredAt() {
    return acceptance.at();
  }
}
