package org.leadtocash.testkit.relationship;

import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.Settings;

/**
 * The kit's key-relationship model keeps the contract: its chains' accepted commands keep the rules
 * of DOMAIN D7.4, D7.5 and D4.7, refused ones change nothing, and the events replay.
 */
class KeyRelationshipModelProperties
    implements AggregateContract<KeyRelationship, KeyRelationshipEvent> {

  @Override
  public AggregateModel<KeyRelationship, KeyRelationshipEvent> model() {
    return KeyRelationships.model(Settings.standard());
  }
}
