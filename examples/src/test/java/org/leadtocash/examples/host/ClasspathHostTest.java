package org.leadtocash.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host on the class path, compiled as strictly as a careful team compiles: {@code -Xlint:all
 * -Werror}, against the published jars and their runtime dependencies only. The Immutables
 * annotations are not there (the library needs them only to compile), so a class file that still
 * named one of them with its values, such as Immutables' {@code @Generated(from = ...)}, makes
 * javac warn "Cannot find annotation method 'from()'", and this test fail.
 */
class ClasspathHostTest {

  @TempDir Path out;

  @Test
  @DisplayName("the class path holds the published modules and their runtime dependencies only")
  void classpathIsWhatAHostGets() {
    List<Path> classpath = Host.runtimeClasspath();
    for (String module : Host.PUBLISHED) {
      Host.published(module); // each once
    }
    for (Path entry : classpath) {
      String name = entry.toString();
      assertFalse(name.contains("immutables"), "no Immutables jar at run time: " + name);
      assertFalse(name.contains("-tests") || name.contains("test-classes"), "no test jar: " + name);
    }
  }

  @Test
  @DisplayName("the library needs the SLF4J API at run time, and brings no logging back-end")
  void slf4jApiAndNoLoggingBackEnd() {
    List<String> logging =
        Host.runtimeClasspath().stream()
            .map(path -> path.getFileName().toString())
            .filter(
                name ->
                    name.startsWith("slf4j-")
                        || name.startsWith("logback-")
                        || name.startsWith("log4j-"))
            .toList();
    assertEquals(1, logging.size(), "one logging jar: " + logging);
    assertTrue(logging.get(0).startsWith("slf4j-api-"), "the SLF4J API only: " + logging);
  }

  @Test
  @DisplayName("a host compiles with -Xlint:all -Werror against the published jars, and runs")
  void compilesWithoutWarningAndRuns() throws Exception {
    List<Path> classpath = Host.runtimeClasspath();
    Host.compileStrictly(
        List.of("-classpath", Host.pathOf(classpath), "-d", out.toString()),
        List.of(Host.crmHost()));

    List<URL> urls = new ArrayList<>();
    urls.add(out.toUri().toURL());
    for (Path entry : classpath) {
      urls.add(entry.toUri().toURL());
    }
    for (Path entry : Host.loggingProvider()) {
      urls.add(entry.toUri().toURL()); // the host's own logging back-end
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Object line = loader.loadClass("com.example.crm.CrmHost").getMethod("run").invoke(null);
      assertEquals(
          "created with 1 event; second close refused DOMAIN D2.7; lead conversion 0.0% (0 of 1);"
              + " gaps [performance gap EUR 50000.00]",
          line);
    }
  }
}
