/**
 * The "four things watched" dashboard of the LTC operating rhythm (DOMAIN D1.6, D12): sales
 * management health, KPI progress and gap, hilltop-project traffic lights, risks and open legacy
 * issues; with the opportunity funnel, printable as text and drawable as Mermaid. The {@link
 * org.leadtocash.metrics.dashboard.SalesWatch} computes the five sales-health KPIs together, over
 * opportunities or in one scan of a columnar {@link org.leadtocash.metrics.dashboard.SalesBook};
 * the {@link org.leadtocash.metrics.dashboard.OrganisationDashboard} rolls the four watches up
 * office → region → area (D9.5).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.dashboard;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
