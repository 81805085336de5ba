/**
 * The stored event contract of the plans (DESIGN §2): {@link
 * org.leadtocash.planning.history.PlanningEvents} lists every planning event type with its stable
 * name and schema version, to be combined with the domain's {@link
 * org.leadtocash.domain.history.EventCatalogue}.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.history;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
