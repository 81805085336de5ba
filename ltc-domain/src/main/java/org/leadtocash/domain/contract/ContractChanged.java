package org.leadtocash.domain.contract;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EventType;

/**
 * An approved change was recorded with its reason (DOMAIN D5.2).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param change the recorded change
 */
public record ContractChanged(ContractId contract, long version, RecordedChange change)
    implements ContractEvent {

  /** The stored type: {@code contract.changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.changed", 1);

  /**
   * Checks that no part is null.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param change the recorded change
   */
  public ContractChanged {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(change, "change");
    EventType.checkVersion(version);
  }

  /** {@return when the change was recorded; never null} */
  @Override
  public Instant occurredAt() {
    return change.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
