package org.leadtocash.examples.host;

import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each published module declares in its {@code module-info} and holds in its classes. */
class PublishedModulesTest {

  private static final ImmutableMap<String, String> MODULE_NAMES =
      ImmutableMap.of(
          "ltc-domain", "org.leadtocash.domain",
          "ltc-metrics", "org.leadtocash.metrics",
          "ltc-planning", "org.leadtocash.planning",
          "ltc-jackson", "org.leadtocash.jackson",
          "ltc-testkit", "org.leadtocash.testkit");

  /**
   * Needed to compile the library only, never required at run time: the annotations, and
   * java.compiler for the javax.annotation.processing.Generated that the generated classes carry
   * while they compile.
   */
  private static final ImmutableSet<String> COMPILE_TIME_ONLY =
      ImmutableSet.of(
          "org.immutables.value.annotations",
          "org.jspecify",
          "com.google.errorprone.annotations",
          "java.compiler");

  /** Internal (not exported) packages: none yet. List one here when a module gets one. */
  private static final ImmutableSet<String> INTERNAL_PACKAGES = ImmutableSet.of();

  @ParameterizedTest
  @ValueSource(
      strings = {"ltc-domain", "ltc-metrics", "ltc-planning", "ltc-jackson", "ltc-testkit"})
  @DisplayName("a named module that exports every package with a type, to everyone")
  void exportsEveryPackage(String artifactId) throws IOException {
    ModuleDescriptor descriptor = descriptor(artifactId);
    assertEquals(MODULE_NAMES.get(artifactId), descriptor.name());
    assertFalse(descriptor.isAutomatic(), artifactId + " has a module-info");
    descriptor.exports().forEach(e -> assertFalse(e.isQualified(), e.toString()));
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(toImmutableSet());
    Set<String> api =
        classes(artifactId).stream()
            .filter(name -> !name.endsWith("/package-info.class"))
            .filter(name -> name.contains("/"))
            .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
            .filter(p -> !INTERNAL_PACKAGES.contains(p))
            .collect(toImmutableSet());
    assertEquals(api, exported, "a new package is exported in module-info, or listed internal");
    assertTrue(descriptor.opens().isEmpty(), "nothing is opened to reflection");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ltc-domain", "ltc-metrics", "ltc-planning", "ltc-jackson", "ltc-testkit"})
  @DisplayName("the annotations are requires static; what the API shows is requires transitive")
  void requiresWhatTheApiShows(String artifactId) {
    ModuleDescriptor descriptor = descriptor(artifactId);
    for (Requires requires : descriptor.requires()) {
      boolean isStatic = requires.modifiers().contains(Requires.Modifier.STATIC);
      assertEquals(
          COMPILE_TIME_ONLY.contains(requires.name()), isStatic, "requires " + requires.name());
    }
    Set<String> transitive =
        descriptor.requires().stream()
            .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
            .map(Requires::name)
            .collect(toImmutableSet());
    Set<String> expected =
        switch (artifactId) {
          case "ltc-domain" -> Set.of("com.google.common", "org.joda.money", "org.threeten.extra");
          case "ltc-jackson" -> Set.of("org.leadtocash.domain", "com.fasterxml.jackson.databind");
          case "ltc-testkit" ->
              Set.of(
                  "org.leadtocash.domain",
                  "org.leadtocash.metrics",
                  "org.leadtocash.planning",
                  "net.jqwik.api");
          default -> Set.of("org.leadtocash.domain");
        };
    assertTrue(transitive.containsAll(expected), artifactId + " passes on " + transitive);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ltc-domain", "ltc-metrics"})
  @DisplayName("the modules that log require the SLF4J API at run time, and do not pass it on")
  void requiresTheSlf4jApi(String artifactId) {
    Requires slf4j =
        descriptor(artifactId).requires().stream()
            .filter(r -> r.name().equals("org.slf4j"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(artifactId + " requires org.slf4j"));
    assertEquals(Set.of(), slf4j.modifiers(), "a plain requires: " + slf4j);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ltc-domain", "ltc-metrics", "ltc-planning", "ltc-jackson", "ltc-testkit"})
  @DisplayName("no class names Immutables' @Generated, which a host's class path lacks")
  void noClassNamesImmutablesGenerated(String artifactId) throws IOException {
    List<String> offenders = new ArrayList<>();
    List<String> classes = classes(artifactId);
    try (ModuleReader reader = reference(artifactId).open()) {
      for (String name : classes) {
        try (InputStream in = reader.open(name).orElseThrow()) {
          String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          if (bytes.contains("org/immutables/value/Generated")) {
            offenders.add(name);
          }
        }
      }
    }
    assertTrue(classes.size() > 1, "read the classes of " + artifactId);
    assertEquals(List.of(), offenders);
  }

  /** {@return the module's class files, module-info.class included} */
  private static List<String> classes(String artifactId) throws IOException {
    try (ModuleReader reader = reference(artifactId).open();
        Stream<String> names = reader.list()) {
      return names.filter(name -> name.endsWith(".class")).sorted().toList();
    }
  }

  static ModuleDescriptor descriptor(String artifactId) {
    return reference(artifactId).descriptor();
  }

  private static ModuleReference reference(String artifactId) {
    Set<ModuleReference> found = ModuleFinder.of(Host.published(artifactId)).findAll();
    assertEquals(1, found.size(), artifactId);
    return found.iterator().next();
  }
}
