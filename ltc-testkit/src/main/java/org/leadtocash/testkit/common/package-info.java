/**
 * Arbitraries of the shared values (ids, money, probabilities, rates) and of the instants, dates
 * and texts every other generator uses.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.common;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
