package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that a text, such as a refusal's message, names what it should. */
final class Mentions {

  private Mentions() {}

  /**
   * Asserts that a text contains every part.
   *
   * @param text the text
   * @param parts what it must contain
   */
  static void assertMentions(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "'" + text + "' mentions " + part);
    }
  }
}
