package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;

/**
 * A step of developing the plan, completed (DOMAIN D11.10).
 *
 * @param step the step; not null
 * @param completedAt when it was completed; not null
 */
public record CompletedStep(DevelopmentStep step, Instant completedAt) {

  /**
   * Checks that no part is null.
   *
   * @param step the step; not null
   * @param completedAt when; not null
   */
  public CompletedStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
