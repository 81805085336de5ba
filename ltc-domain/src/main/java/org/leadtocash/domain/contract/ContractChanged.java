package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;

/**
 * An approved change was recorded with its reason (DOMAIN D5.2).
 *
 * @param contract the contract
 * @param change the recorded change
 */
public record ContractChanged(ContractId contract, RecordedChange change) implements ContractEvent {

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param change the recorded change
   */
  public ContractChanged {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(change, "change");
  }

  /** {@return when the change was recorded; never null} */
  @Override
  public Instant occurredAt() {
    return change.at();
  }
}
