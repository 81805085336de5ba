package org.leadtocash.domain.common;

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
public final class Escaping {

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
   * Returns the text with every control character and line or paragraph separator escaped, as the
   * class comment shows; the text itself if it has none.
   *
   * @param text the text to quote in a message; not null
   * @return the escaped text, never null
   */
  public static String escaped(String text) {
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
