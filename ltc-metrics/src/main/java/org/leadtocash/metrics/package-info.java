/**
 * KPI definitions and their calculations (DOMAIN D12): every KPI a mergeable accumulator over the
 * domain's own values and events.
 *
 * <p>This module depends on {@code ltc-domain} only; its KPIs arrive with the KPI issue.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
