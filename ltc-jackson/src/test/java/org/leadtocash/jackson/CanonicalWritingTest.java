package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Rate;

/**
 * A document is written byte for byte the same way each time (DESIGN §2): a set and a map, which
 * have no order of their own, are written in one order whatever order they were built in, and a
 * decimal or a currency in one form. Each case reads a golden document with the order changed and
 * writes it back as the golden file.
 */
@DisplayName("A value is written in one canonical form, whatever order it was built in")
class CanonicalWritingTest {

  /**
   * A module of its own for each test: a module builds each codec once and keeps it, so a test that
   * shares one would not see how the codec of a set or a map is built.
   */
  private final ObjectMapper json = LeadToCashModule.create().strictMapper();

  private ObjectNode golden(String type) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", type + ".v1.json");
    return (ObjectNode) json.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Reads a document and writes the event back: the tree written. */
  private JsonNode rewritten(ObjectNode document) throws IOException {
    DomainEvent event = json.readValue(document.toString(), DomainEvent.class);
    return json.readTree(json.writeValueAsString(event));
  }

  private static void reverse(ArrayNode array) {
    List<JsonNode> elements = new ArrayList<>();
    array.forEach(elements::add);
    array.removeAll();
    for (int i = elements.size() - 1; i >= 0; i--) {
      array.add(elements.get(i));
    }
  }

  @Test
  @DisplayName("a set of ids read in another order is written in its canonical order")
  void setOrder() throws IOException {
    ObjectNode golden = golden("process-architecture.established");
    ObjectNode document = golden.deepCopy();
    ObjectNode card = (ObjectNode) document.get("standard").withArray("cards").get(0);
    ArrayNode metrics = card.withArray("metrics");
    assertEquals(2, metrics.size(), "the golden card has two metrics");
    reverse(metrics);
    assertEquals("win-rate", metrics.get(0).textValue());
    JsonNode written = rewritten(document);
    assertEquals(
        List.of("collection-rate", "win-rate"),
        List.of(
            written.get("standard").get("cards").get(0).get("metrics").get(0).textValue(),
            written.get("standard").get("cards").get(0).get("metrics").get(1).textValue()));
    assertEquals(golden, written);
  }

  @Test
  @DisplayName("a map keyed by ids read in another order is written in its canonical order")
  void mapOrder() throws IOException {
    ObjectNode document = golden("opportunity.lost");
    ObjectNode split = (ObjectNode) document.get("outcome").get("split");
    ObjectNode competitors = split.putObject("competitors");
    competitors.putObject("CO-OTHER").put("amount", "16.00").put("currency", "CNY");
    competitors.putObject("CO-ANOTHER").put("amount", "3.00").put("currency", "CNY");
    JsonNode written = rewritten(document).get("outcome").get("split").get("competitors");
    List<String> names = new ArrayList<>();
    written.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("CO-ANOTHER", "CO-OTHER"), names);
    assertEquals("3.00", written.get("CO-ANOTHER").get("amount").textValue());
  }

  @Test
  @DisplayName("an exact decimal is written plain, unless its scale is negative, and read back")
  void decimals() throws IOException {
    Rate rate = new Rate(new BigDecimal("0.0000001"), new BigDecimal("1000"));
    String written = json.writeValueAsString(rate);
    assertEquals("{\"numerator\":\"0.0000001\",\"denominator\":\"1E+3\"}", written);
    assertEquals(rate, json.readValue(written, Rate.class));
  }

  @Test
  @DisplayName("a currency is written as its ISO 4217 code, and read back")
  void currency() throws IOException {
    assertEquals("\"EUR\"", json.writeValueAsString(CurrencyUnit.EUR));
    assertEquals(CurrencyUnit.EUR, json.readValue("\"EUR\"", CurrencyUnit.class));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  @DisplayName("a map keyed by an enum read in another order is written in the enum's order")
  void enumKeyOrder() throws IOException {
    ObjectNode golden = golden("key-relationship.assessed");
    ObjectNode document = golden.deepCopy();
    ObjectNode assessment = (ObjectNode) document.get("assessment");
    List<String> declared = names(assessment.get("scores"));
    assertEquals(6, declared.size(), "the golden assessment scores six dimensions");
    ObjectNode reversed = assessment.putObject("scores");
    for (int i = declared.size() - 1; i >= 0; i--) {
      String dimension = declared.get(i);
      reversed.set(dimension, golden.get("assessment").get("scores").get(dimension));
    }
    JsonNode written = rewritten(document);
    assertEquals(declared, names(written.get("assessment").get("scores")));
    assertEquals(golden, written);
  }
}
