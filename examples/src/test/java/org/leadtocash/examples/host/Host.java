package org.leadtocash.examples.host;

import static com.google.common.base.Preconditions.checkState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** What the host tests share: the files Maven resolved, the host's sources, and javac. */
final class Host {

  /** The published modules, by artifact id: the library's, the JSON codec, then the test kit. */
  static final ImmutableList<String> PUBLISHED =
      ImmutableList.of("ltc-domain", "ltc-metrics", "ltc-planning", "ltc-jackson", "ltc-testkit");

  private Host() {}

  /** {@return the published modules and their runtime dependencies, as Maven resolved them} */
  static List<Path> runtimeClasspath() {
    return paths("ltc.host.classpath");
  }

  /**
   * {@return the SLF4J provider a host brings itself (slf4j-simple): the library ships the SLF4J
   * API only, and without a provider SLF4J warns on stderr}
   */
  static List<Path> loggingProvider() {
    return paths("ltc.host.logging");
  }

  /**
   * {@return the test kit, which a host takes in its tests' scope only: it is not on the host's
   * runtime class path}
   */
  static List<Path> testKit() {
    return paths("ltc.host.testkit");
  }

  /** {@return the files of a class path that examples/pom.xml passes in a system property} */
  private static List<Path> paths(String property) {
    String classpath = System.getProperty(property, "");
    checkState(
        !classpath.isBlank() && !classpath.startsWith("${"),
        "%s is not set: run the tests through Maven (examples/pom.xml passes it)",
        property);
    return Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList();
  }

  /**
   * Returns the file of one published module on the runtime class path, or for the test kit on the
   * tests' class path: its jar in {@code ./mvnw verify}, or its classes directory when the reactor
   * stopped before {@code package}.
   *
   * @param artifactId e.g. {@code ltc-domain}
   * @return the jar or directory, never null
   */
  static Path published(String artifactId) {
    List<Path> path = artifactId.equals("ltc-testkit") ? testKit() : runtimeClasspath();
    List<Path> found = path.stream().filter(entry -> isModule(entry, artifactId)).toList();
    assertEquals(1, found.size(), artifactId + " once on " + path);
    return found.get(0);
  }

  private static boolean isModule(Path path, String artifactId) {
    String name = path.getFileName().toString();
    if (name.endsWith(".jar")) {
      return name.startsWith(artifactId + "-") && !name.contains("-tests");
    }
    // target/classes of a reactor module
    Path module = path.getParent() == null ? null : path.getParent().getParent();
    return module != null && module.getFileName().toString().equals(artifactId);
  }

  /** {@return the host application's sources: module-info.java and com/example/crm} */
  static Path sources() {
    String sources = System.getProperty("ltc.host.sources", "");
    checkState(!sources.isBlank(), "ltc.host.sources is not set: run the tests through Maven");
    return Path.of(sources);
  }

  /** {@return the host's one class, {@code com/example/crm/CrmHost.java}} */
  static Path crmHost() {
    return sources().resolve("com/example/crm/CrmHost.java");
  }

  /**
   * Compiles with {@code -Xlint:all -Werror}: any warning, e.g. an annotation that the jars
   * reference and the class path lacks, fails the compilation.
   *
   * @param options the path options ({@code -classpath} or {@code --module-path}) and others
   * @param files the source files
   * @throws AssertionError if javac failed, with its diagnostics
   */
  static void compileStrictly(List<String> options, List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17"));
    all.addAll(options);
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> sources = fileManager.getJavaFileObjectsFromPaths(files);
      Boolean compiled = javac.getTask(out, fileManager, diagnostics, all, null, sources).call();
      StringBuilder report = new StringBuilder(out.toString());
      diagnostics
          .getDiagnostics()
          .forEach(d -> report.append(d.getKind()).append(": ").append(d).append('\n'));
      assertTrue(Boolean.TRUE.equals(compiled), "javac " + all + " failed:\n" + report);
    }
  }

  /** {@return every {@code .java} file under a directory, in a stable order} */
  static List<Path> javaFiles(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** {@return a path list for javac or java} */
  static String pathOf(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
