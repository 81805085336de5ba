package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Escapes control characters in text that reaches an exception message, so that no input can forge
 * a log line (DESIGN §2, bad arguments fail fast; issue 12 §5). Every message of the library that
 * quotes a caller's text quotes it through {@link #escaped(String)}.
 *
 * <p>A line feed is shown as {@code \n}, a carriage return as {@code \r}, a tab as {@code \t}, a
 * backslash stays a backslash, and every other ISO control character or line/paragraph separator
 * (U+2028, U+2029) as {@code \}{@code uXXXX}.
 */
final class Escaping {

  private Escaping() {}

  /**
   * Tells whether a character may not appear in an id or a message: an ISO control character or a
   * line/paragraph separator.
   */
  static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /** Tells whether some character of the text is {@linkplain #isUnsafe unsafe}. */
  static boolean hasUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses a text that is longer than {@code max} or holds an unsafe character — a line feed,
   * carriage return or tab allowed when {@code multiline} — with a message that names {@code kind}
   * and cites {@code rule}: the one check behind {@link Identifier#checked} and {@link FreeText}.
   * With {@code quote}, the message shows the text escaped and shortened (an id); without, only the
   * offending character and its place, so that a refused name or note, which may be personal data,
   * never reaches a message (DESIGN §2).
   */
  static void check(
      String value, String kind, int max, boolean multiline, boolean quote, String rule) {
    checkArgument(
        value.length() <= max,
        "%s must be at most %s characters, was %s (%s)",
        kind,
        max,
        value.length(),
        rule);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isUnsafe(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        String shown =
            quote
                ? "'" + shortened(escaped(value)) + "'"
                : String.format("U+%04X at character %d", (int) c, i + 1);
        throw new IllegalArgumentException(
            String.format(
                "%s must not contain control characters or line separators: %s (%s)",
                kind, shown, rule));
      }
    }
  }

  /** The longest text a refusal quotes; a longer one is cut and ends with an ellipsis. */
  private static final int QUOTED = 200;

  private static String shortened(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }

  /** Returns the text with every unsafe character escaped; the text itself if it has none. */
  static String escaped(String text) {
    Objects.requireNonNull(text, "text");
    if (!hasUnsafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }
}
