/**
 * Books of business: deterministic, realistic sets of opportunities, activities and contracts over
 * a sales organisation, for KPI properties and benchmarks.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.book;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
