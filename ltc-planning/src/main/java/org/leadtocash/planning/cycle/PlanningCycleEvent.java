package org.leadtocash.planning.cycle;

import org.leadtocash.domain.common.DomainEvent;

/**
 * Something that happened to a planning cycle (DOMAIN D11.10); replaying a cycle's events rebuilds
 * it.
 */
public sealed interface PlanningCycleEvent extends DomainEvent
    permits PlanningCycleOpened,
        PreparationRecorded,
        DevelopmentStarted,
        DevelopmentStepCompleted,
        ReviewQuestionAnswered,
        PlanAdjusted,
        ImplementationStarted,
        ReviewHeld {

  /** {@return the cycle it happened to; never null} */
  PlanningCycleId cycle();

  /** {@return the cycle it happened to, as {@link #cycle()}; never null} */
  @Override
  default PlanningCycleId aggregate() {
    return cycle();
  }
}
