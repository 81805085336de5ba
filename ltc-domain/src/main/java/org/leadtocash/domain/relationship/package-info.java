/**
 * Relationships with the customer (DOMAIN D7): the three layers of D7.1 — key relationships with
 * the people of the decision chain, general relationships with every customer department we touch,
 * organisational relationships company to company; the decision chain and how to reach a person
 * (D7.2, D7.3, D7.10); the six {@link org.leadtocash.domain.relationship.KeyRelationshipLevel
 * key-relationship levels} and their assessment (D7.4–D7.7); and who may read relationship data
 * (D7.8).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.relationship;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
