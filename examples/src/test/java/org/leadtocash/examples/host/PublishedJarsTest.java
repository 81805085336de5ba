package org.leadtocash.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sources and Javadoc jars that every published module attaches. They exist once the module is
 * packaged: in {@code ./mvnw verify}, always; a run that stops before {@code package} (e.g. {@code
 * ./mvnw test}) has only class directories, and these tests are skipped with that reason.
 */
class PublishedJarsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"ltc-domain", "ltc-metrics", "ltc-planning", "ltc-jackson", "ltc-testkit"})
  @DisplayName("the Javadoc jar documents every exported package and no generated Immutable* class")
  void javadocJarDocumentsTheApiOnly(String artifactId) throws IOException {
    List<String> entries = entries(attached(artifactId, "javadoc"));
    ModuleDescriptor descriptor = PublishedModulesTest.descriptor(artifactId);
    assertFalse(descriptor.exports().isEmpty(), artifactId + " exports its API");
    assertTrue(entries.contains("element-list"), "javadoc's own output in " + entries);
    for (ModuleDescriptor.Exports exports : descriptor.exports()) {
      String page =
          descriptor.name() + "/" + exports.source().replace('.', '/') + "/package-summary.html";
      assertTrue(entries.contains(page), page + " in " + entries);
    }
    List<String> generated =
        entries.stream()
            .filter(e -> e.substring(e.lastIndexOf('/') + 1).matches("Immutable[A-Z].*"))
            .toList();
    assertEquals(List.of(), generated);
  }

  @ParameterizedTest
  @CsvSource({
    "ltc-domain, org/leadtocash/domain/lead/Lead.java",
    "ltc-metrics, org/leadtocash/metrics/Kpi.java",
    "ltc-planning, org/leadtocash/planning/strategy/MarketingStrategy.java",
    "ltc-jackson, org/leadtocash/jackson/LeadToCashModule.java",
    "ltc-testkit, org/leadtocash/testkit/AggregateModel.java"
  })
  @DisplayName("the sources jar holds the module-info and the API's sources")
  void sourcesJarHoldsTheSources(String artifactId, String source) throws IOException {
    List<String> entries = entries(attached(artifactId, "sources"));
    assertTrue(entries.contains("module-info.java"), "module-info.java in " + entries);
    assertTrue(entries.contains(source), source + " in " + entries);
  }

  private static Path attached(String artifactId, String classifier) {
    Path main = Host.published(artifactId);
    String name = main.getFileName().toString();
    assumeTrue(
        name.endsWith(".jar"),
        artifactId + " resolved to " + main + ", not a jar: run ./mvnw -B -ntp verify");
    Path jar = main.resolveSibling(name.replace(".jar", "-" + classifier + ".jar"));
    assertTrue(Files.isRegularFile(jar), jar + " is attached");
    return jar;
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
    }
  }
}
