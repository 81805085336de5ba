package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.planning.history.PlanningEvents;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * For generated events of every type: a stored document without one of its fields, with one field
 * more, or with a field set to a JSON value of the wrong kind is refused, naming that field — no
 * field is ever dropped, defaulted or ignored.
 */
@Label("Generated events: a missing, extra or mistyped field is always refused, by name")
class StrictnessProperties {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  @Provide
  Arbitrary<DomainEvent> events() {
    List<Arbitrary<? extends DomainEvent>> all = new ArrayList<>();
    for (EventCatalogue.Entry entry : PlanningEvents.all().entries()) {
      all.add(LeadToCashArbitraries.of(entry.eventClass()));
    }
    return Arbitraries.oneOf(all);
  }

  private static ObjectNode document(DomainEvent event) throws Exception {
    return (ObjectNode) JSON.valueToTree(event);
  }

  private static String field(ObjectNode document, int index) {
    List<String> names = new ArrayList<>();
    document.fieldNames().forEachRemaining(names::add);
    return names.get(index % names.size());
  }

  private static LeadToCashJsonException refused(ObjectNode document) {
    return assertThrows(
        LeadToCashJsonException.class,
        () -> JSON.readValue(document.toString(), DomainEvent.class),
        document::toString);
  }

  @Property(tries = 150)
  @Label("a document without one of its fields is refused, naming it")
  void missingFieldIsRefused(
      @ForAll("events") DomainEvent event, @ForAll @IntRange(min = 0, max = 50) int which)
      throws Exception {
    ObjectNode document = document(event);
    String name = field(document, which);
    document.remove(name);
    LeadToCashJsonException e = refused(document);
    assertEquals("$." + name, e.field(), e::getMessage);
    assertTrue(e.problem().contains("missing required field '" + name + "'"), e::getMessage);
  }

  @Property(tries = 150)
  @Label("a document with a field more is refused, naming it")
  void extraFieldIsRefused(@ForAll("events") DomainEvent event, @ForAll("names") String name)
      throws Exception {
    ObjectNode document = document(event);
    document.put(name, "surplus");
    LeadToCashJsonException e = refused(document);
    assertEquals("$." + name, e.field(), e::getMessage);
    assertTrue(e.problem().contains("unknown field '" + name + "'"), e::getMessage);
    assertEquals(event.type().toString(), e.type(), e::getMessage);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> "x" + s);
  }

  @Property(tries = 150)
  @Label("a field set to a JSON array, which no event component is, is refused, naming it")
  void mistypedFieldIsRefused(
      @ForAll("events") DomainEvent event, @ForAll @IntRange(min = 0, max = 50) int which)
      throws Exception {
    ObjectNode document = document(event);
    String name = field(document, which);
    if (document.get(name).isArray()) {
      document.putObject(name); // a list component: an object is the wrong kind
    } else {
      document.putArray(name).add(1);
    }
    LeadToCashJsonException e = refused(document);
    assertEquals("$." + name, e.field(), e::getMessage);
    assertTrue(e.problem().contains("expected"), e::getMessage);
  }
}
