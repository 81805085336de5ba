package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.history.EventCatalogue;

/**
 * Fuzzes the JSON codec's reading (issue 12 §6): any bytes, and the golden documents mutated, read
 * as a {@link DomainEvent}, as the event class their {@code "type"} names, as each snapshot type
 * and as a history that is then replayed into its aggregate. Reading either succeeds or refuses
 * with a {@link LeadToCashJsonException} naming the type and the field — or, for what only the
 * parser sees (malformed JSON, a key twice, a number out of range, no content or trailing tokens),
 * with Jackson's own {@link StreamReadException} (inside a history, wrapped in a {@link
 * JsonMappingException} with the element's path) or {@link MismatchedInputException}, as {@link
 * LeadToCashModule#strictMapper()} documents; replaying a history that reads either succeeds or
 * refuses with the domain's {@link DomainException}, an {@link IllegalArgumentException} or a
 * {@link NullPointerException} naming the parameter. Nothing else may escape, and no message the
 * codec or the domain writes holds a raw control character or line separator (issue 12 §5).
 *
 * <p>The default test command runs the committed inputs under {@code
 * src/test/resources/org/leadtocash/jackson/CodecFuzzTestInputs/<method>/} (the golden files and
 * their mutations among them); the {@code fuzz} profile fuzzes for longer (see the parent POM).
 */
class CodecFuzzTest {

  private static final LeadToCashModule MODULE = LeadToCashModule.create();

  private static final ObjectMapper JSON = MODULE.strictMapper();

  /** A lenient mapper that only parses, to mutate documents and to find their type. */
  private static final ObjectMapper TREE = new ObjectMapper();

  /** The golden documents, in a fixed order. */
  private static final List<String> GOLDEN = golden();

  /** The aggregates with a snapshot type, in a fixed order. */
  private static final List<Class<?>> SNAPSHOTS =
      MODULE.snapshots().entries().stream()
          .filter(SnapshotCatalogue.Entry::restorable)
          .<Class<?>>map(SnapshotCatalogue.Entry::aggregateClass)
          .sorted(Comparator.comparing(Class::getName))
          .toList();

  /** Each aggregate's {@code replay(history)}, with the type of the history it reads. */
  private static final List<Replay> REPLAYS =
      MODULE.snapshots().entries().stream()
          .map(SnapshotCatalogue.Entry::aggregateClass)
          .flatMap(c -> replay(c).stream())
          .sorted(Comparator.comparing(r -> r.method.getDeclaringClass().getName()))
          .toList();

  private record Replay(Method method, JavaType history) {}

  private static Optional<Replay> replay(Class<?> aggregate) {
    for (Method m : aggregate.getMethods()) {
      if (m.getName().equals("replay")
          && m.getParameterCount() == 1
          && Modifier.isStatic(m.getModifiers())
          && List.class == m.getParameterTypes()[0]) {
        return Optional.of(
            new Replay(m, JSON.getTypeFactory().constructType(m.getGenericParameterTypes()[0])));
      }
    }
    return Optional.empty();
  }

  private static List<String> golden() {
    Path directory = Path.of("src", "test", "resources", "golden");
    try (Stream<Path> files = Files.list(directory)) {
      List<String> documents = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        documents.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return List.copyOf(documents);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("the fuzz test reads every golden document, each snapshot type and each history")
  void findsItsTargets() throws IOException {
    assertTrue(GOLDEN.size() > 80, "found " + GOLDEN.size());
    assertTrue(SNAPSHOTS.size() >= 7, SNAPSHOTS::toString);
    assertTrue(REPLAYS.size() >= 7, REPLAYS::toString);
    for (String document : GOLDEN) {
      read(document.getBytes(StandardCharsets.UTF_8)); // none refused, and each a target
    }
  }

  /** Any bytes, read as everything the codec reads. */
  @FuzzTest(maxDuration = "2m")
  void documents(byte[] input) {
    read(input);
  }

  /** A golden document, with a few of its fields broken in ways the fuzzer picks. */
  @FuzzTest(maxDuration = "2m")
  void mutatedGoldenFiles(FuzzedDataProvider data) throws IOException {
    JsonNode document = TREE.readTree(data.pickValue(GOLDEN));
    int mutations = data.consumeInt(1, 4);
    for (int i = 0; i < mutations; i++) {
      document = mutate(document, data);
    }
    if (data.consumeInt(0, 3) == 0) {
      ArrayNode history = JsonNodeFactory.instance.arrayNode();
      history.add(document);
      history.add(TREE.readTree(data.pickValue(GOLDEN)));
      document = history;
    }
    read(TREE.writeValueAsBytes(document));
  }

  private static void read(byte[] input) {
    attempt("DomainEvent", () -> JSON.readValue(input, DomainEvent.class));
    Optional<String> type = typeOf(input);
    if (type.isPresent()) {
      Optional<EventCatalogue.Entry> entry = MODULE.catalogue().entry(type.get());
      if (entry.isPresent()) {
        attempt(type.get(), () -> JSON.readValue(input, entry.get().eventClass()));
      }
      Optional<SnapshotCatalogue.Entry> snapshot = MODULE.snapshots().entry(type.get());
      if (snapshot.isPresent() && snapshot.get().restorable()) {
        attempt(
            "snapshot " + type.get(), () -> JSON.readValue(input, snapshot.get().aggregateClass()));
      }
    } else {
      for (Class<?> aggregate : SNAPSHOTS) {
        attempt("snapshot " + aggregate.getSimpleName(), () -> JSON.readValue(input, aggregate));
      }
    }
    if (input.length > 0 && isArray(input)) {
      for (Replay replay : REPLAYS) {
        Optional<Object> history =
            attempt("history " + replay.history, () -> JSON.readValue(input, replay.history));
        history.ifPresent(h -> replayed(replay, (List<?>) h));
      }
    }
  }

  private interface Reading {
    Object read() throws IOException;
  }

  /** Reads, and returns what was read; a refusal the codec documents gives empty. */
  @CanIgnoreReturnValue
  private static Optional<Object> attempt(String what, Reading reading) {
    try {
      Object read = reading.read();
      return Optional.ofNullable(read);
    } catch (LeadToCashJsonException e) {
      checkMessage(what, e.getOriginalMessage(), e);
      checkMessage(what, e.problem(), e);
      if (e.getCause() != null) {
        checkMessage(what, e.getCause().getMessage(), e);
      }
      return Optional.empty();
    } catch (StreamReadException e) {
      checkMessage(what, e.getOriginalMessage(), e);
      return Optional.empty(); // malformed JSON, a key twice, a number out of range
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException parsing
          && !(e instanceof MismatchedInputException)) {
        // Jackson's collection reading wraps the parser's refusal of an element with its path
        checkMessage(what, parsing.getOriginalMessage(), parsing);
        return Optional.empty();
      }
      if (e instanceof MismatchedInputException) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("No content to map due to end-of-input")
            || message.startsWith("Trailing token")) {
          return Optional.empty();
        }
      }
      throw new AssertionError("reading " + what + ": Jackson's own refusal: " + e, e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new AssertionError("reading " + what + ": an undocumented " + e, e);
    }
  }

  private static void replayed(Replay replay, List<?> history) {
    try {
      Object aggregate = replay.method.invoke(null, history);
      assertTrue(aggregate instanceof Aggregate<?, ?>, String.valueOf(aggregate));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String what = replay.method.getDeclaringClass().getSimpleName() + ".replay";
      boolean namedNull =
          cause instanceof NullPointerException
              && cause.getMessage() != null
              && !cause.getMessage().contains(" because ");
      if (cause instanceof DomainException
          || cause instanceof IllegalArgumentException
          || namedNull) {
        checkMessage(what, cause.getMessage(), cause);
        return;
      }
      throw new AssertionError(what + ": an undocumented " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new LinkageError(replay.toString(), e);
    }
  }

  private static void checkMessage(String what, String message, Throwable thrown) {
    if (message == null) {
      return;
    }
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new AssertionError(
            what + ": a message holds the raw character U+" + String.format("%04X", (int) c),
            thrown);
      }
    }
  }

  private static Optional<String> typeOf(byte[] input) {
    try {
      JsonNode node = TREE.readTree(input);
      if (node != null && node.path("type").isTextual()) {
        return Optional.of(node.get("type").asText());
      }
    } catch (IOException e) {
      // not JSON: the codec's reading says so
    }
    return Optional.empty();
  }

  private static boolean isArray(byte[] input) {
    for (byte b : input) {
      if (!Character.isWhitespace(b)) {
        return b == '[';
      }
    }
    return false;
  }

  /** Replaces, removes or adds one field somewhere in the document. */
  private static JsonNode mutate(JsonNode document, FuzzedDataProvider data) {
    List<ObjectNode> objects = new ArrayList<>();
    List<ArrayNode> arrays = new ArrayList<>();
    collect(document, objects, arrays);
    if (!arrays.isEmpty() && data.consumeInt(0, 4) == 0) {
      ArrayNode array = data.pickValue(arrays);
      switch (data.consumeInt(0, 2)) {
        case 0 -> array.removeAll();
        case 1 -> {
          if (!array.isEmpty()) {
            array.add(array.get(0).deepCopy());
          }
        }
        default -> array.add(scalar(data));
      }
      return document;
    }
    if (objects.isEmpty()) {
      return document;
    }
    ObjectNode object = data.pickValue(objects);
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty() || data.consumeInt(0, 9) == 0) {
      object.set(data.consumeString(12), scalar(data));
      return document;
    }
    String name = data.pickValue(names);
    switch (data.consumeInt(0, 3)) {
      case 0 -> object.remove(name);
      case 1 -> object.set(name, JsonNodeFactory.instance.nullNode());
      default -> object.set(name, scalar(data));
    }
    return document;
  }

  private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        collect(it.next().getValue(), objects, arrays);
      }
    } else if (node instanceof ArrayNode array) {
      arrays.add(array);
      array.forEach(element -> collect(element, objects, arrays));
    }
  }

  private static JsonNode scalar(FuzzedDataProvider data) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (data.consumeInt(0, 11)) {
      case 0 -> f.textNode(data.consumeString(40));
      case 1 -> f.textNode(data.pickValue(SPECIAL));
      case 2 -> f.numberNode(data.consumeLong());
      case 3 -> f.numberNode(data.consumeInt(-3, 3));
      case 4 -> f.numberNode(new BigDecimal("1E+400"));
      case 5 -> f.numberNode(new BigInteger("9".repeat(40)));
      case 6 -> f.numberNode(data.consumeDouble());
      case 7 -> f.booleanNode(data.consumeBoolean());
      case 8 -> f.objectNode();
      case 9 -> f.arrayNode();
      case 10 -> f.textNode(data.consumeAsciiString(40));
      default -> f.nullNode();
    };
  }

  /** Strings that earlier sessions found, or that the issue names, and edges of the formats. */
  private static final List<String> SPECIAL =
      List.of(
          "",
          " ",
          "E-1\n[DOMAIN D7.8] access granted",
          "\u2028",
          "\u0000",
          "x".repeat(129),
          "-1",
          "1e400",
          "NaN",
          "12.345",
          "CNY",
          "XXX",
          "cny",
          "+999999999-12-31",
          "-999999999-01-01",
          "2026-02-30",
          "2026-01-05T09:00:00Z",
          "+1000000000-01-01T00:00:00Z",
          "P-1D",
          "P999999999Y",
          "2026-01-05/2026-01-01",
          "lead.closed",
          "contract",
          "LD-1");
}
