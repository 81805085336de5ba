package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
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

  private static final String WRITE = "ltc.events.write";

  private static final List<Class<? extends DomainEvent>> FAMILIES =
      List.of(
          LeadEvent.class,
          OpportunityEvent.class,
          ContractEvent.class,
          CustomerEvent.class,
          KeyRelationshipEvent.class,
          IssueEvent.class,
          ProcessArchitectureEvent.class);

  private static final Pattern ENUM = Pattern.compile("(\\S+) = \\{(.*)\\}");

  private static final Pattern BLOCK =
      Pattern.compile("```text\\n([a-z.-]+) v(\\d+)\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  @DisplayName("the catalogue lists every event of every family, once, with its own TYPE")
  void catalogueIsComplete() throws ReflectiveOperationException {
    List<Class<?>> permitted = new ArrayList<>();
    for (Class<?> family : FAMILIES) {
      permitted.addAll(List.of(family.getPermittedSubclasses()));
    }
    List<Class<?>> catalogued = new ArrayList<>();
    for (EventCatalogue.Entry entry : EventCatalogue.domain().entries()) {
      catalogued.add(entry.eventClass());
      assertEquals(
          entry.type(),
          entry.eventClass().getField("TYPE").get(null),
          () -> entry.eventClass() + "'s TYPE differs from its catalogue entry");
      assertEquals(
          List.of("version"),
          EventShapes.components(entry.eventClass()).subList(1, 2),
          () -> entry.eventClass() + " carries its aggregate version after the aggregate's id");
    }
    assertEquals(permitted.size(), catalogued.size(), "one entry per event class");
    assertTrue(
        catalogued.containsAll(permitted), () -> "missing: " + without(permitted, catalogued));
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
  @DisplayName("docs/events.md records the current shape of every event's current schema version")
  void eventsPageRecordsEveryShape() throws IOException {
    Path page = repository().resolve("docs/events.md");
    Map<String, String> recorded = Files.isRegularFile(page) ? recorded(page) : Map.of();
    Map<String, String> current = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (EventCatalogue.Entry entry : EventCatalogue.domain().entries()) {
      String key = entry.type().toString();
      String shape = String.join("\n", EventShapes.of(entry.eventClass()));
      current.put(key, shape);
      String before = recorded.get(key);
      if (before != null && !compatible(before, shape)) {
        changed.add(key);
      }
    }
    assertEquals(
        List.of(),
        changed,
        "these events changed shape without a new schema version: give each a new version in its"
            + " TYPE (and an upcaster for the old one) instead of changing the recorded shape");
    if (Boolean.getBoolean(WRITE)) {
      Map<String, String> all = new LinkedHashMap<>(recorded);
      all.putAll(current);
      Files.writeString(page, markdown(all), StandardCharsets.UTF_8);
      recorded = recorded(page);
    }
    List<String> missing = without(List.copyOf(current.keySet()), List.copyOf(recorded.keySet()));
    assertEquals(
        List.of(),
        missing,
        "docs/events.md does not record these event versions; add them with ./mvnw -B -ntp -pl"
            + " ltc-domain test -Dtest=EventContractTest -D"
            + WRITE
            + "=true");
  }

  /**
   * Whether a current shape still reads every document of a recorded one: the same lines, except
   * that an enum may have gained constants (an old document never holds the new ones). Removing,
   * renaming or reordering anything else needs a new schema version.
   */
  static boolean compatible(String recorded, String current) {
    List<String> before = List.of(recorded.split("\n"));
    List<String> now = List.of(current.split("\n"));
    if (before.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      String old = before.get(i);
      String line = now.get(i);
      Matcher oldEnum = ENUM.matcher(old);
      Matcher newEnum = ENUM.matcher(line);
      if (oldEnum.matches() && newEnum.matches()) {
        if (!oldEnum.group(1).equals(newEnum.group(1))
            || !List.of(newEnum.group(2).split(" \\| "))
                .containsAll(List.of(oldEnum.group(2).split(" \\| ")))) {
          return false;
        }
      } else if (!old.equals(line)) {
        return false;
      }
    }
    return true;
  }

  @Test
  @DisplayName(
      "an enum that gains a constant keeps its events' schema versions; any other change"
          + " does not")
  void compatibility() {
    String v1 = "Ruled(gate: Gate)\nGate = {ATI | ATB}";
    assertTrue(compatible(v1, "Ruled(gate: Gate)\nGate = {ATI | ATB | ATC}"));
    assertTrue(!compatible(v1, "Ruled(gate: Gate)\nGate = {ATI}"), "a constant removed");
    assertTrue(!compatible(v1, "Ruled(gate: Gate)\nGate = {ATI | BID}"), "a constant renamed");
    assertTrue(!compatible(v1, "Ruled(step: Gate)\nGate = {ATI | ATB}"), "a component renamed");
    assertTrue(!compatible(v1, "Ruled(gate: Gate, at: Instant)\nGate = {ATI | ATB}"));
  }

  private static Map<String, String> recorded(Path page) throws IOException {
    Map<String, String> shapes = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (m.find()) {
      shapes.put(m.group(1) + " v" + m.group(2), m.group(3));
    }
    return shapes;
  }

  private static String markdown(Map<String, String> shapes) {
    StringBuilder page = new StringBuilder();
    page.append("# Events\n\n")
        .append(
            "Every event type of the library, by its stable stored name and schema version, with")
        .append(" the shape of\nevery version: the event's components, then every library value it")
        .append(" carries. Generated and\nchecked by `EventContractTest`: a version's shape never")
        .append(" changes; a changed event gets a new\nschema version, and an upcaster reads the")
        .append(" old one (see the README, \"Storing aggregates\").\n\n")
        .append("| type | schema version | class |\n|---|---|---|\n");
    for (EventCatalogue.Entry entry : EventCatalogue.domain().entries()) {
      page.append("| `")
          .append(entry.type().name())
          .append("` | ")
          .append(entry.type().schemaVersion())
          .append(" | `")
          .append(entry.eventClass().getName())
          .append("` |\n");
    }
    page.append("\n## Shapes\n");
    for (Map.Entry<String, String> shape : shapes.entrySet()) {
      page.append("\n```text\n").append(shape.getKey()).append('\n');
      page.append(shape.getValue()).append("\n```\n");
    }
    return page.toString();
  }

  private static <T> List<T> without(List<T> all, List<T> some) {
    List<T> rest = new ArrayList<>(all);
    rest.removeAll(some);
    return rest;
  }

  private static Path repository() {
    Path module = Path.of("").toAbsolutePath();
    Path root = module.getParent();
    assertTrue(
        Files.isRegularFile(root.resolve("pom.xml"))
            && Files.isDirectory(root.resolve("ltc-domain")),
        () -> "the tests run in the ltc-domain module of the repository, not in " + module);
    return root;
  }
}
