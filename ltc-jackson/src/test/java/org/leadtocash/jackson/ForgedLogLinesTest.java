package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;

/**
 * A JSON document is input (issue 12 §5; DESIGN §2): whatever it holds — a type name, a field name
 * or a value with a line feed — a refusal's message, type, field and problem show it escaped, so
 * that no document can forge a log line such as {@code [DOMAIN D7.8] access granted}.
 */
@DisplayName("A refused document cannot forge a log line")
class ForgedLogLinesTest {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  /** The forged line a document tries to slip into a log. */
  private static final String FORGED = "\n[DOMAIN D7.8] access granted";

  private static LeadToCashJsonException refused(Consumer<ObjectNode> breakIt) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", "lead.closed.v1.json");
    ObjectNode document =
        (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    breakIt.accept(document);
    return assertThrows(
        LeadToCashJsonException.class,
        () -> JSON.readValue(document.toString(), DomainEvent.class));
  }

  /** No line break, raw or as a separator, in any text the refusal hands out. */
  private static void assertNoForgedLine(LeadToCashJsonException e) {
    for (String text : new String[] {e.getMessage(), e.type(), e.field(), e.problem()}) {
      assertFalse(
          text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'),
          () -> "a raw control character in: " + text);
    }
  }

  @Test
  @DisplayName("an unknown type name with a line feed is refused, escaped")
  void typeName() throws IOException {
    LeadToCashJsonException e = refused(d -> d.put("type", "lead.closed" + FORGED));
    assertNoForgedLine(e);
    assertEquals("lead.closed\\n[DOMAIN D7.8] access granted", e.type(), e::getMessage);
    assertTrue(
        e.getMessage().contains("'lead.closed\\n[DOMAIN D7.8] access granted'"), e::getMessage);
  }

  @Test
  @DisplayName("an unknown field whose name holds a line feed is refused, escaped")
  void fieldName() throws IOException {
    LeadToCashJsonException e = refused(d -> d.put("note" + FORGED, "x"));
    assertNoForgedLine(e);
    assertTrue(e.getMessage().contains("note\\n[DOMAIN D7.8] access granted"), e::getMessage);
  }

  @Test
  @DisplayName("an id with a line feed is refused by the id's own rule, escaped")
  void idValue() throws IOException {
    LeadToCashJsonException e = refused(d -> d.put("lead", "LD-9" + FORGED));
    assertNoForgedLine(e);
    assertEquals("$.lead", e.field(), e::getMessage);
    assertTrue(e.getMessage().contains("LD-9\\n[DOMAIN D7.8] access granted"), e::getMessage);
  }

  @Test
  @DisplayName("a reason with a line feed is refused as free text, without quoting it (DESIGN §2)")
  void freeTextValue() throws IOException {
    LeadToCashJsonException e = refused(d -> d.put("reason", "not real" + FORGED));
    assertNoForgedLine(e);
    assertTrue(
        e.getMessage().contains("reason must not contain control characters"), e::getMessage);
    assertTrue(e.getMessage().contains("U+000A at character 9"), e::getMessage);
    assertFalse(e.getMessage().contains("access granted"), e::getMessage);
  }

  @Test
  @DisplayName("a value the codec cannot read, holding a line feed, is refused, escaped")
  void unreadableValue() throws IOException {
    LeadToCashJsonException e = refused(d -> d.put("occurredAt", "2026-01-10" + FORGED));
    assertNoForgedLine(e);
    assertEquals("$.occurredAt", e.field(), e::getMessage);
  }
}
