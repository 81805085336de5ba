package org.leadtocash.testkit.store;

import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.opportunity.Opportunities;

/** The in-memory event store keeps the event-store contract for Opportunity histories. */
class OpportunityEventStoreProperties implements EventStoreContract<Opportunity, OpportunityEvent> {

  @Override
  public AggregateModel<Opportunity, OpportunityEvent> model() {
    return Opportunities.model(Settings.standard());
  }

  @Override
  public EventStore<OpportunityEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
