/**
 * Opportunities (DOMAIN D3) in every reachable state, the gate decisions only they can record, and
 * the random walk of a book of business's opportunity.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.opportunity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
