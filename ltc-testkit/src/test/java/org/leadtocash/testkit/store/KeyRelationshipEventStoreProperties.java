package org.leadtocash.testkit.store;

import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.relationship.KeyRelationships;

/** The in-memory event store keeps the event-store contract for KeyRelationship histories. */
class KeyRelationshipEventStoreProperties
    implements EventStoreContract<KeyRelationship, KeyRelationshipEvent> {

  @Override
  public AggregateModel<KeyRelationship, KeyRelationshipEvent> model() {
    return KeyRelationships.model(Settings.standard());
  }

  @Override
  public EventStore<KeyRelationshipEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
