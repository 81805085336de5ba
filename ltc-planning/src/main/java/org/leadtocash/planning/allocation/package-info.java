/**
 * Macro efficiency (DOMAIN D11.6): "good steel on the blade's edge". The team's sales hours are
 * allocated over the {@link org.leadtocash.planning.allocation.TargetAccount target accounts} by a
 * linear programme, solved with ojAlgo, so that every account gets at least its minimum visit hours
 * and at most its useful hours, no {@link org.leadtocash.planning.allocation.Salesperson
 * salesperson} works beyond capacity, and the expected return, under a replaceable {@link
 * org.leadtocash.planning.allocation.ReturnPolicy}, is maximal. The {@link
 * org.leadtocash.planning.allocation.Allocation} explains per account why it got its hours and what
 * one more hour of each salesperson's time is worth, or, when the floors do not fit, reports the
 * {@link org.leadtocash.planning.allocation.Shortfall shortfall} in hours and the headcount that
 * would close it.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.allocation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
