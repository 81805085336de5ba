package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.domain.lead.LeadClosed;

/**
 * An event stored at an older schema version is read through the host's upcasters, one version at a
 * time, before it is bound (DESIGN §2, "Events are a public, stored contract"). Here {@code
 * lead.closed} is pretended to be at schema version 3: v1 stored the reason as {@code why}, v2
 * stored the time as {@code closedAt}.
 */
@DisplayName("Upcasters read older schema versions one step at a time")
class UpcasterTest {

  private static final EventCatalogue AT_V3 =
      EventCatalogue.of(
          List.of(new EventCatalogue.Entry(EventType.of("lead.closed", 3), LeadClosed.class)));

  private static final Upcaster WHY_TO_REASON =
      Upcaster.of(
          "lead.closed",
          1,
          d -> {
            d.set("reason", d.remove("why"));
            d.set("closedAt", d.remove("occurredAt"));
            return d;
          });

  private static final Upcaster CLOSED_AT_TO_OCCURRED_AT =
      Upcaster.of(
          "lead.closed",
          2,
          d -> {
            d.set("occurredAt", d.remove("closedAt"));
            return d;
          });

  private static final ObjectMapper JSON =
      LeadToCashModule.builder()
          .catalogue(AT_V3)
          .upcaster(CLOSED_AT_TO_OCCURRED_AT)
          .upcaster(WHY_TO_REASON)
          .build()
          .strictMapper();

  private static final LeadClosed CLOSED =
      new LeadClosed(
          LeadId.of("L-7"), 4, "no budget this year", Instant.parse("2026-03-02T10:00:00Z"));

  private static final String V1 =
      "{\"type\":\"lead.closed\",\"schemaVersion\":1,\"lead\":\"L-7\",\"version\":4,"
          + "\"why\":\"no budget this year\",\"occurredAt\":\"2026-03-02T10:00:00Z\"}";

  private static final String V2 =
      "{\"type\":\"lead.closed\",\"schemaVersion\":2,\"lead\":\"L-7\",\"version\":4,"
          + "\"reason\":\"no budget this year\",\"closedAt\":\"2026-03-02T10:00:00Z\"}";

  @Test
  @DisplayName("a v1 document is read through both steps, a v2 document through the second")
  void olderVersionsAreUpcast() throws Exception {
    assertEquals(CLOSED, JSON.readValue(V1, DomainEvent.class));
    assertEquals(CLOSED, JSON.readValue(V2, LeadClosed.class));
  }

  @Test
  @DisplayName("the current version is written, and read without a step")
  void currentVersionIsWritten() throws Exception {
    String json = JSON.writeValueAsString(CLOSED);
    JsonNode tree = JSON.readTree(json);
    assertEquals("lead.closed", tree.get("type").textValue());
    assertEquals(3, tree.get("schemaVersion").intValue());
    assertEquals(CLOSED, JSON.readValue(json, DomainEvent.class));
  }

  @Test
  @DisplayName("a missing step is refused, naming it")
  void missingStepIsRefused() {
    ObjectMapper withoutSecondStep =
        LeadToCashModule.builder().catalogue(AT_V3).upcaster(WHY_TO_REASON).build().strictMapper();
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class,
            () -> withoutSecondStep.readValue(V1, DomainEvent.class));
    assertEquals("lead.closed v1", e.type(), e::getMessage);
    assertEquals("$.schemaVersion", e.field(), e::getMessage);
    assertTrue(e.problem().contains("no upcaster reads lead.closed v2 into v3"), e::getMessage);
  }

  @Test
  @DisplayName("what a step leaves wrong is refused as strictly as a stored document")
  void upcastDocumentIsReadStrictly() {
    ObjectMapper forgetful =
        LeadToCashModule.builder()
            .catalogue(AT_V3)
            .upcaster(Upcaster.of("lead.closed", 1, d -> d)) // forgets to rename anything
            .upcaster(CLOSED_AT_TO_OCCURRED_AT)
            .build()
            .strictMapper();
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> forgetful.readValue(V1, DomainEvent.class));
    assertEquals("lead.closed v1 (as lead.closed v3)", e.type(), e::getMessage);
    assertEquals("$.why", e.field(), e::getMessage);
    assertTrue(e.problem().contains("unknown field 'why'"), e::getMessage);
  }

  @Test
  @DisplayName("each step gets its own copy of the document")
  void stepsGetACopy() throws Exception {
    ObjectNode[] seen = new ObjectNode[1];
    ObjectMapper json =
        LeadToCashModule.builder()
            .catalogue(AT_V3)
            .upcaster(
                Upcaster.of(
                    "lead.closed",
                    1,
                    d -> {
                      seen[0] = d.deepCopy();
                      return WHY_TO_REASON.upcast(d);
                    }))
            .upcaster(CLOSED_AT_TO_OCCURRED_AT)
            .build()
            .strictMapper();
    assertEquals(CLOSED, json.readValue(V1, DomainEvent.class));
    assertEquals(JSON.readTree(V1), seen[0], "the step saw the stored document, type and version");
  }

  @Test
  @DisplayName("two steps from one version, and a step with a bad name or version, are refused")
  void badUpcasters() {
    LeadToCashModule.Builder twice =
        LeadToCashModule.builder().upcaster(WHY_TO_REASON).upcaster(WHY_TO_REASON);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, twice::build);
    assertTrue(e.getMessage().contains("two upcasters read lead.closed v1"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Upcaster.of("LeadClosed", 1, d -> d));
    assertThrows(IllegalArgumentException.class, () -> Upcaster.of("lead.closed", 0, d -> d));
  }

  @Test
  @DisplayName("the next step gets the document at the version the step before wrote")
  void nextStepSeesTheNextVersion() throws Exception {
    ObjectNode[] seen = new ObjectNode[1];
    ObjectMapper json =
        LeadToCashModule.builder()
            .catalogue(AT_V3)
            .upcaster(WHY_TO_REASON)
            .upcaster(
                Upcaster.of(
                    "lead.closed",
                    2,
                    d -> {
                      seen[0] = d.deepCopy();
                      return CLOSED_AT_TO_OCCURRED_AT.upcast(d);
                    }))
            .build()
            .strictMapper();
    assertEquals(CLOSED, json.readValue(V1, DomainEvent.class));
    assertEquals(JSON.readTree(V2), seen[0], "the second step saw a v2 document");
  }

  @Test
  @DisplayName("an upcaster names its type and the versions it reads and writes")
  void upcasterToString() {
    assertEquals("Upcaster[lead.closed v1 -> v2]", WHY_TO_REASON.toString());
    assertEquals("Upcaster[contract v3 -> v4]", Upcaster.of("contract", 3, d -> d).toString());
  }
}
