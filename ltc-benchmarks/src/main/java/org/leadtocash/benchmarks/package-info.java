/**
 * JMH benchmarks of the KPI accumulators (DOMAIN D12) against hand-written Java-streams baselines
 * (and, for the sales dashboard, SQL over DuckDB), over a deterministic {@link
 * org.leadtocash.benchmarks.BookOfBusiness book of business}; built only in the {@code benchmarks}
 * profile.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
