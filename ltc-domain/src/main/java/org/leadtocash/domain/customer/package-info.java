/**
 * Customers (DOMAIN D6): for now their grade, which the default authorisation policy of the gate
 * decisions reads (D3.2). The customer aggregate, grading and value follow in the customer issue.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.customer;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
