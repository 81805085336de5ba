package org.leadtocash.planning.history;

import java.util.List;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.planning.cycle.DevelopmentStarted;
import org.leadtocash.planning.cycle.DevelopmentStepCompleted;
import org.leadtocash.planning.cycle.ImplementationStarted;
import org.leadtocash.planning.cycle.PlanAdjusted;
import org.leadtocash.planning.cycle.PlanningCycleOpened;
import org.leadtocash.planning.cycle.PreparationRecorded;
import org.leadtocash.planning.cycle.ReviewHeld;
import org.leadtocash.planning.cycle.ReviewQuestionAnswered;
import org.leadtocash.planning.relationship.MarketTargetsInherited;
import org.leadtocash.planning.relationship.MarketTargetsRevised;
import org.leadtocash.planning.relationship.MonitoringRecorded;
import org.leadtocash.planning.relationship.PlanExecutionStarted;
import org.leadtocash.planning.relationship.RelationshipPlanOpened;
import org.leadtocash.planning.relationship.RelationshipTargetsSet;
import org.leadtocash.planning.relationship.RelationshipsAnalysed;
import org.leadtocash.planning.relationship.StrategyAdopted;

/**
 * The event types of {@code ltc-planning}'s plans, so that a host stores and reads them like the
 * domain's (DESIGN §2, "Events are a public, stored contract"; DOMAIN D10, D11).
 *
 * <p>{@link #catalogue()} lists the planning events, plan by plan; {@link #all()} is the domain's
 * catalogue followed by it, the catalogue a host that embeds both modules maps its stored rows
 * with. The committed page {@code docs/planning-events.md} records each event's shape, and a test
 * fails the build when an event changes shape without a new schema version.
 */
public final class PlanningEvents {

  private static final EventCatalogue PLANNING =
      EventCatalogue.of(
          List.of(
              // the relationship plan (DOMAIN D10.1, D10.4)
              new EventCatalogue.Entry(RelationshipPlanOpened.TYPE, RelationshipPlanOpened.class),
              new EventCatalogue.Entry(MarketTargetsInherited.TYPE, MarketTargetsInherited.class),
              new EventCatalogue.Entry(RelationshipsAnalysed.TYPE, RelationshipsAnalysed.class),
              new EventCatalogue.Entry(RelationshipTargetsSet.TYPE, RelationshipTargetsSet.class),
              new EventCatalogue.Entry(StrategyAdopted.TYPE, StrategyAdopted.class),
              new EventCatalogue.Entry(PlanExecutionStarted.TYPE, PlanExecutionStarted.class),
              new EventCatalogue.Entry(MonitoringRecorded.TYPE, MonitoringRecorded.class),
              new EventCatalogue.Entry(MarketTargetsRevised.TYPE, MarketTargetsRevised.class),
              // the rolling planning cycle (DOMAIN D11.10)
              new EventCatalogue.Entry(PlanningCycleOpened.TYPE, PlanningCycleOpened.class),
              new EventCatalogue.Entry(PreparationRecorded.TYPE, PreparationRecorded.class),
              new EventCatalogue.Entry(DevelopmentStarted.TYPE, DevelopmentStarted.class),
              new EventCatalogue.Entry(
                  DevelopmentStepCompleted.TYPE, DevelopmentStepCompleted.class),
              new EventCatalogue.Entry(ReviewQuestionAnswered.TYPE, ReviewQuestionAnswered.class),
              new EventCatalogue.Entry(PlanAdjusted.TYPE, PlanAdjusted.class),
              new EventCatalogue.Entry(ImplementationStarted.TYPE, ImplementationStarted.class),
              new EventCatalogue.Entry(ReviewHeld.TYPE, ReviewHeld.class)));

  private static final EventCatalogue ALL = EventCatalogue.domain().plus(PLANNING);

  private PlanningEvents() {}

  /** {@return the event types of {@code ltc-planning}'s plans only; never null} */
  public static EventCatalogue catalogue() {
    return PLANNING;
  }

  /** {@return the domain's event types followed by the planning ones; never null} */
  public static EventCatalogue all() {
    return ALL;
  }
}
