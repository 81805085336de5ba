package org.leadtocash.planning.relationship;

import org.leadtocash.domain.common.DomainEvent;

/**
 * Something that happened to a relationship plan (DOMAIN D10.1, D10.4); replaying a plan's events
 * rebuilds it.
 */
public sealed interface RelationshipPlanEvent extends DomainEvent
    permits RelationshipPlanOpened,
        MarketTargetsInherited,
        RelationshipsAnalysed,
        RelationshipTargetsSet,
        StrategyAdopted,
        PlanExecutionStarted,
        MonitoringRecorded,
        MarketTargetsRevised {

  /** {@return the plan it happened to; never null} */
  RelationshipPlanId plan();

  /** {@return the plan it happened to, as {@link #plan()}; never null} */
  @Override
  default RelationshipPlanId aggregate() {
    return plan();
  }
}
