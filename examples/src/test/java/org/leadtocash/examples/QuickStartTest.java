package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's quick start is this module's {@link QuickStart}, and it runs. */
class QuickStartTest {

  @Test
  @DisplayName("the README quotes QuickStart.java verbatim, so the quick start cannot rot")
  void readmeQuotesTheCompiledQuickStart() throws IOException {
    ReadmeQuotes.assertQuoted("QuickStart");
  }

  @Test
  @DisplayName("the quick start validates, converts, reports ATI readiness and shows a refusal")
  void runs() {
    String out = run();
    assertTrue(out.contains("Q1 passed: the customer's need fits our strategy"), out);
    assertTrue(out.contains("KCP passed: true, priority high"), out);
    assertTrue(out.contains("not met: the project triangle has an AR, an SR and an FR"), out);
    assertTrue(out.contains("[DOMAIN D2.7]"), out);
  }

  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
