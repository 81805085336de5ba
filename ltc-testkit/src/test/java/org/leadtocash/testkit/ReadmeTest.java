package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's example of testing against leadtocash is a property of this module's tests. */
class ReadmeTest {

  private static final Path EXAMPLE =
      Path.of("src/test/java/com/example/crm/DashboardProperties.java");

  @Test
  @DisplayName("the README quotes DashboardProperties.java verbatim, so the example cannot rot")
  void readmeQuotesTheCompiledExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("```java\n" + source + "```"),
        "README.md must contain ltc-testkit/" + EXAMPLE + " verbatim in a ```java block");
  }

  @Test
  @DisplayName("the README names the kit in its module map, with its Maven coordinates")
  void readmeNamesTheKit() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("| `ltc-testkit` | `org.leadtocash.testkit.*` |"), "module map");
    assertTrue(readme.contains("<artifactId>ltc-testkit</artifactId>"), "the dependency");
  }
}
