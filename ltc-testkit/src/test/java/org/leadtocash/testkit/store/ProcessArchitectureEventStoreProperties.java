package org.leadtocash.testkit.store;

import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.process.ProcessArchitectures;

/** The in-memory event store keeps the event-store contract for ProcessArchitecture histories. */
class ProcessArchitectureEventStoreProperties
    implements EventStoreContract<ProcessArchitecture, ProcessArchitectureEvent> {

  @Override
  public AggregateModel<ProcessArchitecture, ProcessArchitectureEvent> model() {
    return ProcessArchitectures.model(Settings.standard());
  }

  @Override
  public EventStore<ProcessArchitectureEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
