/**
 * Customer relationships (DOMAIN D7): key relationships in every reachable state, decision chains,
 * connection networks, general and organisational relationships, relationship cards.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.relationship;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
