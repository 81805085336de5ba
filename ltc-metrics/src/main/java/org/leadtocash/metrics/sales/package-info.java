/**
 * Sales KPIs over leads and opportunities (DOMAIN D12): lead conversion, win rate, decision cycle
 * and timeliness, pipeline coverage, market share, share of wallet and the suppression ratio.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.sales;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
