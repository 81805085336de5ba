/**
 * The KPIs of DOMAIN D12 with the accumulators they reach over generated records and the results
 * they compute, the records they count, and the dashboards of the four things watched.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.metrics;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
