package org.leadtocash.domain.opportunity;

import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.OpportunityId;

/** Something that happened to an opportunity (DOMAIN D3); replaying them rebuilds it. */
public sealed interface OpportunityEvent extends DomainEvent
    permits OpportunityOpened,
        ForecastRevised,
        PhaseChanged,
        BuyingStageChanged,
        DeliveryParticipationRecorded,
        CustomerGradeRecorded,
        TriangleAssigned,
        EstimateRecorded,
        GatePlanned,
        GateDecided,
        HilltopMarked,
        TrafficLightChanged,
        CompetitorAdded,
        OpportunityAssessed,
        OpportunityWon,
        OpportunityLost,
        OpportunityAbandoned,
        OpportunityCancelled {

  /** {@return the opportunity it happened to; never null} */
  OpportunityId opportunity();

  /** {@return the opportunity it happened to, as {@link #opportunity()}; never null} */
  @Override
  default OpportunityId aggregate() {
    return opportunity();
  }
}
