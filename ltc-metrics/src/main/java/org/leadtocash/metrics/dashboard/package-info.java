/**
 * The "four things watched" dashboard of the LTC operating rhythm (DOMAIN D1.6, D12): sales
 * management health, KPI progress and gap, hilltop-project traffic lights, risks and open legacy
 * issues; with the opportunity funnel, printable as text and drawable as Mermaid.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.dashboard;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
