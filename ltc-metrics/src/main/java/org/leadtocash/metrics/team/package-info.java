/**
 * Iron-triangle KPIs (DOMAIN D12, D4): the role scorecards (D4.2), resource-pool utilisation and
 * chargeability (D4.4) and account-owner tenure against the rotation limit (D4.7). {@link
 * org.leadtocash.metrics.team.TeamKpis} lists their definitions.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.team;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
