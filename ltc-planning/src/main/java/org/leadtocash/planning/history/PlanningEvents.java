package org.leadtocash.planning.history;

import java.util.List;
import org.leadtocash.domain.history.EventCatalogue;

/**
 * The event types of {@code ltc-planning}'s plans, so that a host stores and reads them like the
 * domain's (DESIGN §2, "Events are a public, stored contract"; DOMAIN D10, D11).
 *
 * <p>{@link #catalogue()} lists the planning events, plan by plan; {@link #all()} is the domain's
 * catalogue followed by it, the catalogue a host that embeds both modules maps its stored rows
 * with. The committed page {@code docs/planning-events.md} records each event's shape, and a test
 * fails the build when an event changes shape without a new schema version.
 */
public final class PlanningEvents {

  private static final EventCatalogue PLANNING = EventCatalogue.of(List.of());

  private static final EventCatalogue ALL = EventCatalogue.domain().plus(PLANNING);

  private PlanningEvents() {}

  /** {@return the event types of {@code ltc-planning}'s plans only; never null} */
  public static EventCatalogue catalogue() {
    return PLANNING;
  }

  /** {@return the domain's event types followed by the planning ones; never null} */
  public static EventCatalogue all() {
    return ALL;
  }
}
