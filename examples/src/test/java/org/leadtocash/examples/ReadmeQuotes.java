package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's Java fragments that are this module's compiled classes, quoted verbatim, so that
 * they cannot rot.
 */
final class ReadmeQuotes {

  private ReadmeQuotes() {}

  /**
   * Asserts that the README quotes a source file of this module verbatim in a {@code ```java}
   * block.
   *
   * @param name the class's simple name, in {@code org.leadtocash.examples}
   */
  static void assertQuoted(String name) throws IOException {
    Path source = Path.of("src/main/java/org/leadtocash/examples/" + name + ".java");
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String text = Files.readString(source, StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("```java\n" + text + "```"),
        "README.md must contain examples/" + source + " verbatim in a ```java block");
  }
}
