package org.leadtocash.testkit.store;

import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.lead.Leads;

/** The in-memory event store keeps the event-store contract for Lead histories. */
class LeadEventStoreProperties implements EventStoreContract<Lead, LeadEvent> {

  @Override
  public AggregateModel<Lead, LeadEvent> model() {
    return Leads.model(Settings.standard());
  }

  @Override
  public EventStore<LeadEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
