package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.opportunity.GateDecision;

/**
 * The contract was signed after the approved ATC decision of its opportunity, with every flagged
 * risk accepted (DOMAIN D5.1, D5.4).
 *
 * @param contract the contract
 * @param atc the ATC decision it was signed under
 * @param occurredAt when
 */
public record ContractSigned(ContractId contract, GateDecision atc, Instant occurredAt)
    implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param atc the ATC decision it was signed under
   * @param occurredAt when
   */
  public ContractSigned {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(atc, "atc");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
