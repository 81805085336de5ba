package org.leadtocash.domain.common;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Objects;

/**
 * The checks on free text that may reach an exception message or a log line: names, titles,
 * reasons, labels and notes that a host passes in (DESIGN §2, bad arguments fail fast; issue 12
 * §5).
 *
 * <p>A {@linkplain #line single-line} text — a name, a title, a reason — holds no control character
 * and no line or paragraph separator (U+2028/U+2029), exactly as an {@link Identifier} does, and
 * has at most {@value #MAX_LINE_LENGTH} characters. A {@linkplain #note note} — a summary, an
 * analysis, a finding — may run over several lines (line feed, carriage return and tab are allowed)
 * but holds no other control character and has at most {@value #MAX_NOTE_LENGTH} characters; a note
 * that reaches a message is {@linkplain #escaped escaped} there, as every refusal's text is. A text
 * that breaks this fails fast with an {@link IllegalArgumentException} that names the field, the
 * offending character and its place, and never quotes the text, which may be personal data.
 */
public final class FreeText {

  /** The longest single-line text: a name, a title, a reason, a label. */
  public static final int MAX_LINE_LENGTH = 1_000;

  /** The longest note: a summary, an analysis, a finding, which may run over several lines. */
  public static final int MAX_NOTE_LENGTH = 4_000;

  /** The rule a refusal's message cites: bad arguments fail fast, see DESIGN §2. */
  public static final String RULE =
      "DESIGN §2: free text refuses control characters and overlong values";

  private FreeText() {}

  /**
   * Checks a single-line text: a name, a title, a reason, a label.
   *
   * @param value the text; not null
   * @param field the field's name for the message, e.g. {@code reason}; not null
   * @return {@code value}, unchanged
   * @throws NullPointerException if {@code value} is null; the message is {@code field}
   * @throws IllegalArgumentException if the text is longer than {@value #MAX_LINE_LENGTH}
   *     characters or holds a control character or a line separator; the message names {@code
   *     field}
   */
  @CanIgnoreReturnValue
  public static String line(String value, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    Escaping.check(value, field, MAX_LINE_LENGTH, false, false, RULE);
    return value;
  }

  /**
   * Checks a note: a text that may run over several lines, such as a summary or a finding.
   *
   * @param value the text; not null
   * @param field the field's name for the message, e.g. {@code summary}; not null
   * @return {@code value}, unchanged
   * @throws NullPointerException if {@code value} is null; the message is {@code field}
   * @throws IllegalArgumentException if the text is longer than {@value #MAX_NOTE_LENGTH}
   *     characters or holds a control character other than a line feed, a carriage return or a tab,
   *     or a line separator; the message names {@code field}
   */
  @CanIgnoreReturnValue
  public static String note(String value, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    Escaping.check(value, field, MAX_NOTE_LENGTH, true, false, RULE);
    return value;
  }

  /**
   * Returns a text as it may appear in a message or a log line: every control character and line or
   * paragraph separator escaped ({@code \n}, {@code \r}, {@code \t}, {@code \}{@code u2028}), the
   * rest unchanged. This is the escaping every {@link DomainException} applies to its parts;
   * adapters (a JSON codec, a host's log) use it for input they quote.
   *
   * @param text the text; not null
   * @return the escaped text, never null; {@code text} itself when nothing needed escaping
   */
  public static String escaped(String text) {
    return Escaping.escaped(text);
  }
}
