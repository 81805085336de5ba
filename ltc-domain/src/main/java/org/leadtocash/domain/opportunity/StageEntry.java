package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an opportunity's stage history: the stage it entered, and when (DOMAIN D3.1, D3.3).
 * Time in a stage is the basis of the sales-cycle KPIs (D12).
 *
 * @param stage the sales phase or buying stage entered; not null
 * @param enteredAt when; not null
 * @param <T> {@link SalesPhase} or {@link BuyingStage}
 */
public record StageEntry<T extends Enum<T>>(T stage, Instant enteredAt) {

  /**
   * Checks that no part is null.
   *
   * @param stage the sales phase or buying stage entered; not null
   * @param enteredAt when; not null
   */
  public StageEntry {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }
}
