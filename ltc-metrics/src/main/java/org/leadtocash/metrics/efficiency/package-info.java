/**
 * Sales-efficiency KPIs (DOMAIN D12, D11.5, D11.6, D2.2): customer visits per employee per week
 * against the target of six, the revenue-generating share of sales time, and the sales-loss
 * waterfall. {@link org.leadtocash.metrics.efficiency.EfficiencyKpis} lists their definitions.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.efficiency;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
