package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Free text that may reach a message cannot forge a log line nor stall one (issue 12 §5; DESIGN §2,
 * bad arguments fail fast): a name, title or reason is one line of at most 1 000 characters; a note
 * may run over lines, up to 4 000 characters; a refusal names the field and never quotes the text.
 */
class FreeTextTest {

  private static final String FORGED = "not real\n[DOMAIN D7.8] access granted";

  @Test
  @DisplayName("a reason with a line feed is refused, naming the field and the character only")
  void aLineWithALineFeedIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FreeText.line(FORGED, "reason"));
    assertEquals(
        "reason must not contain control characters or line separators: U+000A at character 9 ("
            + FreeText.RULE
            + ")",
        e.getMessage());
    for (String unsafe : new String[] {"\r", "\t", "\u0000", "\u001B[31m", "\u0085", "\u2028"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> FreeText.line("a" + unsafe + "b", "name"),
          () -> "refuses U+" + Integer.toHexString(unsafe.charAt(0)));
    }
  }

  @Test
  @DisplayName("a note may run over lines, but holds no other control character")
  void aNoteKeepsItsLines() {
    String note = "first finding\r\nsecond finding\n\tindented";
    assertSame(note, FreeText.note(note, "findings"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FreeText.note("ok\n\u001B[2J", "findings"));
    assertEquals(
        "findings must not contain control characters or line separators: U+001B at character 4 ("
            + FreeText.RULE
            + ")",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FreeText.note("a\u2029b", "findings"));
  }

  @Test
  @DisplayName("a line is at most 1 000 characters, a note at most 4 000")
  void lengthsAreCapped() {
    String longestLine = "x".repeat(FreeText.MAX_LINE_LENGTH);
    assertSame(longestLine, FreeText.line(longestLine, "name"));
    assertEquals(
        "name must be at most 1000 characters, was 1001 (" + FreeText.RULE + ")",
        assertThrows(IllegalArgumentException.class, () -> FreeText.line(longestLine + "x", "name"))
            .getMessage());
    String longestNote = "y\n".repeat(FreeText.MAX_NOTE_LENGTH / 2);
    assertSame(longestNote, FreeText.note(longestNote, "summary"));
    assertEquals(
        "summary must be at most 4000 characters, was 4001 (" + FreeText.RULE + ")",
        assertThrows(
                IllegalArgumentException.class, () -> FreeText.note(longestNote + "y", "summary"))
            .getMessage());
  }

  @Test
  @DisplayName("a null text is refused by the field's name")
  void nullIsRefusedByName() {
    assertEquals(
        "reason",
        assertThrows(NullPointerException.class, () -> FreeText.line(null, "reason")).getMessage());
    assertEquals(
        "summary",
        assertThrows(NullPointerException.class, () -> FreeText.note(null, "summary"))
            .getMessage());
  }

  @Test
  @DisplayName("escaping shows every control character, so a quoted text stays on one line")
  void escaping() {
    assertEquals("not real\\n[DOMAIN D7.8] access granted", FreeText.escaped(FORGED));
    assertSame("plain", FreeText.escaped("plain"));
    assertFalse(
        FreeText.escaped("a\u2028b\u0000c").chars().anyMatch(c -> Escaping.isUnsafe((char) c)));
  }
}
