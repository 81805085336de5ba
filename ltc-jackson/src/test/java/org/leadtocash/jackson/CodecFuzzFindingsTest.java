package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.customer.CustomerEvent;

/**
 * The defects the fuzz tests of issue 12 §6 found in the codec: a field name read from the document
 * was quoted raw in the refusal's message, its field and its problem, so that a control character
 * reached a log line (issue 12 §5); bytes read as UTF-32 that hold no character escaped as
 * Jackson's bare {@code CharConversionException}.
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

  @Test
  @DisplayName(
      "a date the JDK cannot parse is refused without the JDK's exception, which quotes it raw, as"
          + " the cause")
  void unparsableInstantQuotedEscapedAlongTheCauseChain() {
    String document =
        "{\"type\":\"lead.closed\",\"schemaVersion\":1,\"lead\":\"LD-9\",\"version\":4,"
            + "\"reason\":\"not real\",\"occurredAt\":\"\\u0000\\u0000\"}";
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> JSON.readValue(document, DomainEvent.class));
    assertEquals("$.occurredAt", e.field());
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(message.contains("\u0000"), t + ": " + message);
    }
    assertTrue(e.getOriginalMessage().contains("\\u0000"), e.getOriginalMessage());
  }

  @Test
  @DisplayName(
      "a document that is not JSON and quotes a control character in Jackson's refusal is refused"
          + " with the text escaped, as the codec's fuzzing found")
  void malformedTokenEscaped() {
    for (String document : List.of("le\u0000osed", "[le\u0000osed]", "{\"type\":le\u0000os}")) {
      LeadToCashJsonException e =
          assertThrows(
              LeadToCashJsonException.class, () -> JSON.readValue(document, DomainEvent.class));
      for (Throwable t = e; t != null; t = t.getCause()) {
        String message = String.valueOf(t.getMessage());
        assertFalse(message.contains("\u0000"), t + ": " + message);
      }
      assertTrue(e.problem().contains("le\\u0000os"), e.problem());
    }
  }

  @Test
  @DisplayName("a document that is not JSON, without a control character, is Jackson's refusal")
  void malformedTokenOtherwiseJacksons() {
    assertThrows(StreamReadException.class, () -> JSON.readValue("leosed", DomainEvent.class));
  }

  @Test
  @DisplayName(
      "bytes read as UTF-32 that hold no character are refused as malformed JSON, not with a bare"
          + " CharConversionException, as the codec's fuzzing found")
  void utf32WithoutCharacters() {
    byte[] document = Base64.getDecoder().decode("CgAAAAAAAAAAXV0qIF1dXQ==");
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> JSON.readValue(document, DomainEvent.class));
    assertTrue(e.problem().startsWith("malformed JSON: Invalid UTF-32 character"), e.problem());
  }
}
