package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The strict mapper's parser is Jackson's, step for step: each way of reading a token (the
 * streaming calls that skip {@code nextToken()}: {@code nextValue()}, {@code nextFieldName()},
 * {@code nextTextValue()}, the text buffer, the number accessors) answers as Jackson's does on
 * good input, and on hostile input whose refusal would quote a raw control character refuses it
 * escaped, with no cause (issue 12 §5).
 */
@DisplayName("The strict mapper's parser reads as Jackson's and refuses hostile text escaped")
class EscapingParserTest {

  private static final JsonFactory FACTORY =
      LeadToCashModule.create().strictMapper().getFactory();

  /** A token Jackson refuses by quoting it, with a raw NUL inside. */
  private static final String HOSTILE = "le\u0000osed";

  private static JsonParser parser(String json) throws IOException {
    JsonParser parser = FACTORY.createParser(json);
    assertTrue(parser instanceof EscapingJsonFactory.EscapingParser, parser::toString);
    return parser;
  }

  private static JsonParser parser(byte[] json) throws IOException {
    InputStream in = new ByteArrayInputStream(json);
    JsonParser parser = FACTORY.createParser(in);
    assertTrue(parser instanceof EscapingJsonFactory.EscapingParser, parser::toString);
    return parser;
  }

  /** The refusal of a step on hostile input: escaped, without the raw character or a cause. */
  private static void assertRefusedEscaped(Executable step) {
    LeadToCashJsonException e = assertThrows(LeadToCashJsonException.class, step);
    assertEquals("$", e.field(), e::getMessage);
    assertTrue(e.problem().startsWith("malformed JSON: "), e::getMessage);
    assertTrue(e.problem().contains("le\\u0000osed"), e::getMessage);
    assertFalse(e.getMessage().contains("\u0000"), e::getMessage);
    assertEquals(null, e.getCause(), e::getMessage);
  }

  @Test
  @DisplayName("nextValue() and nextFieldName() walk a document as Jackson's parser does")
  void walksFieldsAndValues() throws IOException {
    try (JsonParser p = parser("{\"lead\":\"LD-7\",\"version\":4,\"open\":true}")) {
      assertEquals(JsonToken.START_OBJECT, p.nextValue());
      assertEquals("lead", p.nextFieldName());
      assertEquals("LD-7", p.nextTextValue());
      assertTrue(p.nextFieldName(new SerializedString("version")));
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextValue());
      assertEquals(4, p.getIntValue());
      assertFalse(p.nextFieldName(new SerializedString("closed")));
      assertEquals("open", p.currentName());
      assertEquals(JsonToken.VALUE_TRUE, p.nextValue());
      assertEquals(JsonToken.END_OBJECT, p.nextValue());
      assertEquals(null, p.nextValue());
    }
  }

  @Test
  @DisplayName("a string's text, offset and length, and a value as text, are Jackson's")
  void text() throws IOException {
    try (JsonParser p = parser("{\"reason\":\"no budget\",\"version\":12}")) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      assertEquals("reason", p.nextFieldName());
      assertEquals(JsonToken.VALUE_STRING, p.nextToken());
      char[] buffer = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      assertEquals(9, length);
      assertEquals("no budget", new String(buffer, offset, length));
      assertEquals("no budget", p.getValueAsString());
      assertEquals("no budget", p.getValueAsString("none"));
      assertEquals("version", p.nextFieldName());
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
      assertEquals("12", p.getValueAsString());
      assertEquals("12", p.getValueAsString("none"));
      assertEquals(JsonToken.END_OBJECT, p.nextToken());
      assertEquals(null, p.getValueAsString());
      assertEquals("none", p.getValueAsString("none"));
    }
  }

  @Test
  @DisplayName("a long and a float are read as Jackson reads them")
  void numbers() throws IOException {
    try (JsonParser p = parser("[12345678901, 2.5]")) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
      assertEquals(12_345_678_901L, p.getLongValue());
      assertEquals(JsonToken.VALUE_NUMBER_FLOAT, p.nextToken());
      assertEquals(2.5f, p.getFloatValue());
      assertEquals(2.5d, p.getDoubleValue());
    }
  }

  @Test
  @DisplayName("finishToken() reads the rest of a string, refusing a raw control character in it")
  void finishToken() throws IOException {
    try (JsonParser p = parser("[\"no\u0001budget\"]".getBytes(StandardCharsets.UTF_8))) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      assertEquals(JsonToken.VALUE_STRING, p.nextToken());
      StreamReadException e = assertThrows(StreamReadException.class, p::finishToken);
      assertTrue(e.getOriginalMessage().contains("CTRL-CHAR, code 1"), e::getMessage);
    }
    try (JsonParser p = parser("[\"no budget\"]")) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      assertEquals(JsonToken.VALUE_STRING, p.nextToken());
      p.finishToken();
      assertEquals("no budget", p.getText());
    }
  }

  @Test
  @DisplayName("each way of reading the next token refuses a raw control character escaped")
  void hostileText() throws IOException {
    String array = "[" + HOSTILE + "]";
    String object = "{\"reason\":" + HOSTILE + "}";
    JsonParser values = parser(array);
    assertEquals(JsonToken.START_ARRAY, values.nextValue());
    assertRefusedEscaped(values::nextValue);
    JsonParser texts = parser(array);
    assertEquals(null, texts.nextTextValue()); // the start of the array has no text
    assertRefusedEscaped(texts::nextTextValue);
    JsonParser names = parser(array); // in an array, the next token is a value, not a name
    assertEquals(JsonToken.START_ARRAY, names.nextToken());
    assertRefusedEscaped(names::nextFieldName);
    JsonParser matched = parser(array);
    assertEquals(JsonToken.START_ARRAY, matched.nextToken());
    assertRefusedEscaped(() -> matched.nextFieldName(new SerializedString("reason")));
    JsonParser fields = parser(object);
    assertEquals(JsonToken.START_OBJECT, fields.nextToken());
    // Jackson reads the value with its name
    assertRefusedEscaped(fields::nextFieldName);
  }
}
