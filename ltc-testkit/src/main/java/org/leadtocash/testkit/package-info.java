/**
 * The leadtocash test kit: what a tester needs to write property-based checks against the library
 * and against their own code that embeds it.
 *
 * <p>{@link org.leadtocash.testkit.Settings} says what the generators generate within; an {@link
 * org.leadtocash.testkit.AggregateModel} tells how one kind of aggregate is created, driven by
 * {@link org.leadtocash.testkit.Command commands} and checked; a {@link
 * org.leadtocash.testkit.CommandLog} is an aggregate with its history, checked at every command;
 * {@link org.leadtocash.testkit.AggregateContract} and {@link
 * org.leadtocash.testkit.EventStoreContract} are contract interfaces whose default methods are
 * jqwik properties, for a tester's class to implement. The generators themselves are in the
 * packages named after the library's concepts; {@code org.leadtocash.testkit.defaults} makes them
 * jqwik's default arbitraries.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
