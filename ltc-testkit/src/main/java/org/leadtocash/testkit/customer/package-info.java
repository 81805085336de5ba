/**
 * Customers (DOMAIN D6) in every reachable state, their profiles and insight, and the values of
 * customer value: assessments, total values, value pyramids.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.customer;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
