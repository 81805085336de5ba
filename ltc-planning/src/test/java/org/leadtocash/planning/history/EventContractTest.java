package org.leadtocash.planning.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.domain.testing.EventContract;
import org.leadtocash.planning.cycle.PlanningCycleEvent;
import org.leadtocash.planning.relationship.RelationshipPlanEvent;

/**
 * The stored event contract of the plans: every planning event type is in {@link PlanningEvents}
 * with a stable name and schema version, and {@code docs/planning-events.md} records the shape of
 * every version, so that an event cannot change shape without a new schema version.
 *
 * <p>After adding an event type or a schema version, add it to the page with {@code ./mvnw -B -ntp
 * -pl ltc-planning -am test -Dtest=EventContractTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dltc.events.write=true}.
 */
@DisplayName("The stored event contract of the plans: names, schema versions and the shape page")
class EventContractTest {

  /** The sealed event interface of every plan that has events. */
  private static final List<Class<? extends DomainEvent>> FAMILIES =
      List.of(RelationshipPlanEvent.class, PlanningCycleEvent.class);

  private static final EventContract CONTRACT =
      EventContract.of(
          PlanningEvents.catalogue(),
          FAMILIES,
          "docs/planning-events.md",
          "Planning events",
          "./mvnw -B -ntp -pl ltc-planning -am test -Dtest=EventContractTest"
              + " -Dsurefire.failIfNoSpecifiedTests=false -D"
              + EventContract.WRITE
              + "=true");

  @Test
  @DisplayName("the catalogue lists every event of every plan, once, with its own TYPE")
  void catalogueIsComplete() throws ReflectiveOperationException {
    CONTRACT.catalogueIsComplete();
  }

  @Test
  @DisplayName("docs/planning-events.md records the current shape of every planning event")
  void pageRecordsEveryShape() throws IOException {
    CONTRACT.pageRecordsEveryShape();
  }

  @Test
  @DisplayName("the combined catalogue is the domain's followed by the plans', each name once")
  void combinedCatalogue() {
    EventCatalogue all = PlanningEvents.all();
    List<EventCatalogue.Entry> expected = new ArrayList<>(EventCatalogue.domain().entries());
    expected.addAll(PlanningEvents.catalogue().entries());
    assertEquals(expected, all.entries());
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> all.plus(EventCatalogue.domain()));
    assertTrue(twice.getMessage().contains("once"), twice::getMessage);
  }
}
