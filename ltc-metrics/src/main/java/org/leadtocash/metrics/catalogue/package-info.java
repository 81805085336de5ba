/** The catalogue of every KPI definition by id (DOMAIN D12, D1.3). */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.catalogue;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
