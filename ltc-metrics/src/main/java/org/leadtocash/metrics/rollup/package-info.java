/**
 * Roll-ups along our sales organisation (DOMAIN D9.5, D12): representative office → region → area,
 * merging the KPIs' accumulators upward.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.rollup;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
