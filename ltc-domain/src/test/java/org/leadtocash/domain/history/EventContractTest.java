package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.domain.customer.CustomerRegistered;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.domain.testing.EventContract;
import org.leadtocash.domain.voice.IssueEvent;

/**
 * The stored event contract: every event type is in the catalogue with a stable name and schema
 * version, and {@code docs/events.md} records the shape of every version, so that an event cannot
 * change shape without a new schema version.
 *
 * <p>After adding an event type or a schema version, add it to the page with {@code ./mvnw -B -ntp
 * -pl ltc-domain test -Dtest=EventContractTest -Dltc.events.write=true}; the write keeps every
 * recorded version and refuses to change the shape recorded for an existing one.
 */
@DisplayName("The stored event contract: names, schema versions and docs/events.md")
class EventContractTest {

  private static final List<Class<? extends DomainEvent>> FAMILIES =
      List.of(
          LeadEvent.class,
          OpportunityEvent.class,
          ContractEvent.class,
          CustomerEvent.class,
          KeyRelationshipEvent.class,
          IssueEvent.class,
          ProcessArchitectureEvent.class);

  private static final EventContract CONTRACT =
      EventContract.of(
          EventCatalogue.domain(),
          FAMILIES,
          "docs/events.md",
          "Events",
          "./mvnw -B -ntp -pl ltc-domain test -Dtest=EventContractTest -D"
              + EventContract.WRITE
              + "=true");

  @Test
  @DisplayName("the catalogue lists every event of every family, once, with its own TYPE")
  void catalogueIsComplete() throws ReflectiveOperationException {
    CONTRACT.catalogueIsComplete();
  }

  @Test
  @DisplayName("the catalogue finds an entry by name and by class, and refuses a name twice")
  void catalogueLookups() {
    EventCatalogue domain = EventCatalogue.domain();
    EventCatalogue.Entry gateDecided = domain.entry("opportunity.gate-decided").orElseThrow();
    assertEquals(
        "GateDecided", gateDecided.eventClass().getSimpleName(), "the issue's example name");
    assertEquals(gateDecided, domain.entry(gateDecided.eventClass()).orElseThrow());
    assertTrue(domain.entry("opportunity.no-such-event").isEmpty());
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> domain.plus(domain));
    assertTrue(twice.getMessage().contains("once"), twice::getMessage);
    assertThrows(IllegalArgumentException.class, () -> EventType.of("GateDecided", 1));
    assertThrows(IllegalArgumentException.class, () -> EventType.of("opportunity.gate-decided", 0));
  }

  @Test
  @DisplayName(
      "the catalogue's types and names follow its entries; an entry's class is an event record,"
          + " not a family's interface")
  void typesAndNames() {
    EventCatalogue domain = EventCatalogue.domain();
    List<EventCatalogue.Entry> entries = domain.entries();
    assertEquals(entries.stream().map(EventCatalogue.Entry::type).toList(), domain.types());
    assertEquals(entries.size(), domain.byName().size());
    for (EventCatalogue.Entry entry : entries) {
      assertEquals(entry, domain.byName().get(entry.type().name()));
    }
    IllegalArgumentException family =
        assertThrows(
            IllegalArgumentException.class,
            () -> new EventCatalogue.Entry(CustomerRegistered.TYPE, CustomerEvent.class));
    assertEquals(
        "an event is a record, and " + CustomerEvent.class + " is not", family.getMessage());
    assertEquals(
        CustomerRegistered.class,
        new EventCatalogue.Entry(CustomerRegistered.TYPE, CustomerRegistered.class).eventClass());
  }

  @Test
  @DisplayName("docs/events.md records the current shape of every event's current schema version")
  void eventsPageRecordsEveryShape() throws IOException {
    CONTRACT.pageRecordsEveryShape();
  }

  @Test
  @DisplayName(
      "an enum that gains a constant keeps its events' schema versions; any other change"
          + " does not")
  void compatibility() {
    String v1 = "Ruled(gate: Gate)\nGate = {ATI | ATB}";
    assertTrue(EventContract.compatible(v1, "Ruled(gate: Gate)\nGate = {ATI | ATB | ATC}"));
    assertTrue(
        !EventContract.compatible(v1, "Ruled(gate: Gate)\nGate = {ATI}"), "a constant removed");
    assertTrue(
        !EventContract.compatible(v1, "Ruled(gate: Gate)\nGate = {ATI | BID}"),
        "a constant renamed");
    assertTrue(
        !EventContract.compatible(v1, "Ruled(step: Gate)\nGate = {ATI | ATB}"),
        "a component renamed");
    assertTrue(!EventContract.compatible(v1, "Ruled(gate: Gate, at: Instant)\nGate = {ATI | ATB}"));
  }
}
