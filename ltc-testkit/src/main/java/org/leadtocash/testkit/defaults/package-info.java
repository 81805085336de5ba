/**
 * The kit's arbitraries as jqwik's defaults: {@link
 * org.leadtocash.testkit.defaults.LeadToCashArbitraryProvider}, registered as a service, makes
 * {@code @ForAll Opportunity} work anywhere the kit is on the class path, and {@link
 * org.leadtocash.testkit.defaults.LeadToCashDomain} gives the same arbitraries under other
 * settings.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.defaults;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
