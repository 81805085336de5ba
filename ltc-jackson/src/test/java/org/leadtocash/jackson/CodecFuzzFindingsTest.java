package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.customer.CustomerEvent;

/**
 * The defect the fuzz tests of issue 12 §6 found in the codec: a field name read from the document
 * was quoted raw in the refusal's message, its field and its problem, so that a control character
 * reached a log line (issue 12 §5).
 */
class CodecFuzzFindingsTest {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  private static final String FORGED =
      "{\"type\":\"lead.closed\",\"schemaVersion\":1,\"lead\":\"LD-9\",\"version\":4,"
          + "\"reason\":\"not real\",\"occurredAt\":\"2026-01-10T01:00:00Z\","
          + "\"x\\n[DOMAIN D7.8] granted\\u0000\":1}";

  @Test
  @DisplayName("an unknown field's name is quoted escaped, in the message and in field()")
  void unknownFieldNameEscaped() {
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> JSON.readValue(FORGED, DomainEvent.class));
    assertEquals("$.x\\n[DOMAIN D7.8] granted\\u0000", e.field());
    assertTrue(
        e.problem().contains("unknown field 'x\\n[DOMAIN D7.8] granted\\u0000'"), e.problem());
    assertFalse(e.getOriginalMessage().contains("\n"), e.getOriginalMessage());
    assertFalse(e.getOriginalMessage().contains("\u0000"), e.getOriginalMessage());
  }

  @Test
  @DisplayName("in a history too, as the fuzzer found it in a customer's events")
  void inAHistory() {
    String history = "[{\"type\":\"customer.registered\",\"schemaVersion\":1,\"/\\u0000\":1}]";
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class,
            () ->
                JSON.readValue(
                    history,
                    JSON.getTypeFactory()
                        .constructCollectionType(List.class, CustomerEvent.class)));
    assertFalse(e.getOriginalMessage().contains("\u0000"), e.getOriginalMessage());
    assertTrue(e.getOriginalMessage().contains("/\\u0000"), e.getOriginalMessage());
  }
}
