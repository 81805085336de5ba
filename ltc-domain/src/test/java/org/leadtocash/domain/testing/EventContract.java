package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.history.EventCatalogue;

/**
 * The stored event contract of one module's events (DESIGN §2, "Events are a public, stored
 * contract"): its catalogue lists every event of its families once, with the event's own {@code
 * TYPE}, and a committed markdown page records the shape of every schema version, so that an event
 * cannot change shape without a new schema version.
 *
 * <p>Used by {@code ltc-domain}'s {@code EventContractTest} for {@code docs/events.md} and by
 * {@code ltc-planning}'s for {@code docs/planning-events.md}. Writing the page (the system property
 * {@link #WRITE} set to {@code true}) keeps every recorded version and never changes the shape
 * recorded for an existing one.
 */
public final class EventContract {

  /** The system property that, set to {@code true}, writes the missing versions to the page. */
  public static final String WRITE = "ltc.events.write";

  private static final Pattern ENUM = Pattern.compile("(\\S+) = \\{(.*)\\}");

  private static final Pattern BLOCK =
      Pattern.compile("```text\\n([a-z.-]+) v(\\d+)\\n(.*?)\\n```", Pattern.DOTALL);

  private final EventCatalogue catalogue;
  private final List<Class<? extends DomainEvent>> families;
  private final String page;
  private final String title;
  private final String writeCommand;

  private EventContract(
      EventCatalogue catalogue,
      List<Class<? extends DomainEvent>> families,
      String page,
      String title,
      String writeCommand) {
    this.catalogue = catalogue;
    this.families = List.copyOf(families);
    this.page = page;
    this.title = title;
    this.writeCommand = writeCommand;
  }

  /**
   * Returns the contract of one module's events.
   *
   * @param catalogue the module's catalogue
   * @param families the sealed event interfaces whose permitted classes the catalogue must list
   * @param page the page's path from the repository root, such as {@code docs/events.md}
   * @param title the page's title, such as {@code Events}
   * @param writeCommand the command that writes the page, quoted when a version is missing
   * @return the contract
   */
  public static EventContract of(
      EventCatalogue catalogue,
      List<Class<? extends DomainEvent>> families,
      String page,
      String title,
      String writeCommand) {
    return new EventContract(
        Objects.requireNonNull(catalogue, "catalogue"),
        families,
        Objects.requireNonNull(page, "page"),
        Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(writeCommand, "writeCommand"));
  }

  /**
   * Checks that the catalogue lists every event class of every family once, that each entry's type
   * is its class's {@code TYPE}, and that every event carries its aggregate version as its second
   * component.
   *
   * @throws ReflectiveOperationException if a class has no readable {@code TYPE}
   */
  public void catalogueIsComplete() throws ReflectiveOperationException {
    List<Class<?>> permitted = new ArrayList<>();
    for (Class<?> family : families) {
      permitted.addAll(List.of(family.getPermittedSubclasses()));
    }
    List<Class<?>> catalogued = new ArrayList<>();
    for (EventCatalogue.Entry entry : catalogue.entries()) {
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

  /**
   * Checks that the page records the current shape of every event's current schema version, and
   * that no recorded shape changed; writes the missing versions first when {@link #WRITE} is set.
   *
   * @throws IOException if the page cannot be read or written
   */
  public void pageRecordsEveryShape() throws IOException {
    Path file = repository().resolve(page);
    Map<String, String> recorded = Files.isRegularFile(file) ? recorded(file) : Map.of();
    Map<String, String> current = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (EventCatalogue.Entry entry : catalogue.entries()) {
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
      Files.writeString(file, markdown(all), StandardCharsets.UTF_8);
      recorded = recorded(file);
    }
    List<String> missing = without(List.copyOf(current.keySet()), List.copyOf(recorded.keySet()));
    assertEquals(
        List.of(),
        missing,
        page + " does not record these event versions; add them with " + writeCommand);
  }

  /**
   * Whether a current shape still reads every document of a recorded one: the same lines, except
   * that an enum may have gained constants (an old document never holds the new ones). Removing,
   * renaming or reordering anything else needs a new schema version.
   *
   * @param recorded the recorded shape
   * @param current the current shape
   * @return whether every document of the recorded shape reads with the current one
   */
  public static boolean compatible(String recorded, String current) {
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

  private static Map<String, String> recorded(Path page) throws IOException {
    Map<String, String> shapes = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (m.find()) {
      shapes.put(m.group(1) + " v" + m.group(2), m.group(3));
    }
    return shapes;
  }

  private String markdown(Map<String, String> shapes) {
    StringBuilder text = new StringBuilder();
    text.append("# ")
        .append(title)
        .append("\n\n")
        .append(
            "Every event type of the module, by its stable stored name and schema version, with")
        .append(" the shape of\nevery version: the event's components, then every library value it")
        .append(" carries. Generated and\nchecked by the module's `EventContractTest`: a version's")
        .append(" shape never changes; a changed event gets a new\nschema version, and an upcaster")
        .append(" reads the old one (see the README, \"Storing aggregates\").\n\n")
        .append("| type | schema version | class |\n|---|---|---|\n");
    for (EventCatalogue.Entry entry : catalogue.entries()) {
      text.append("| `")
          .append(entry.type().name())
          .append("` | ")
          .append(entry.type().schemaVersion())
          .append(" | `")
          .append(entry.eventClass().getName())
          .append("` |\n");
    }
    text.append("\n## Shapes\n");
    for (Map.Entry<String, String> shape : shapes.entrySet()) {
      text.append("\n```text\n").append(shape.getKey()).append('\n');
      text.append(shape.getValue()).append("\n```\n");
    }
    return text.toString();
  }

  private static <T> List<T> without(List<T> all, List<T> some) {
    List<T> rest = new ArrayList<>(all);
    rest.removeAll(some);
    return rest;
  }

  /** The repository root: the parent of the module the tests run in. */
  private static Path repository() {
    Path module = Path.of("").toAbsolutePath();
    Path root = module.getParent();
    assertTrue(
        root != null
            && Files.isRegularFile(root.resolve("pom.xml"))
            && Files.isDirectory(root.resolve("docs")),
        () -> "the tests run in a module of the repository, not in " + module);
    return root;
  }
}
