/** Leads (DOMAIN D2) in every reachable state, with their values and events. */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.lead;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
