package org.leadtocash.examples.host;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that is a named module ({@code module com.example.crm}, requiring {@code
 * org.leadtocash.domain}, {@code org.leadtocash.metrics} and {@code org.leadtocash.planning}),
 * compiled on the module path with {@code -Xlint:all -Werror} and run in its own JVM with {@code
 * java --module-path ... --module ...}: the module descriptors resolve, export what the host uses
 * and pass Guava, Joda-Money and threeten-extra on (requires transitive), and nothing that is
 * compile-time only (the annotations) is needed at run time.
 */
class ModularHostTest {

  @TempDir Path out;

  @Test
  @DisplayName("a modular host compiles on the module path and runs with java --module")
  void compilesAndRunsOnTheModulePath() throws Exception {
    List<Path> modulePath = Host.runtimeClasspath();
    Path classes = out.resolve("com.example.crm");
    Host.compileStrictly(
        List.of("--module-path", Host.pathOf(modulePath), "-d", classes.toString()),
        Host.javaFiles(Host.sources()));

    List<Path> runPath = new ArrayList<>();
    runPath.add(classes);
    runPath.addAll(modulePath);
    runPath.addAll(Host.loggingProvider()); // the host's own logging back-end
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                Host.pathOf(runPath),
                "--module",
                "com.example.crm/com.example.crm.CrmHost")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, SECONDS), "the host ended");
    assertEquals(0, process.exitValue(), output);
    assertEquals(
        List.of(
            "created with 1 event; second close refused DOMAIN D2.7; lead conversion 0.0% (0 of 1);"
                + " gaps [performance gap EUR 50000.00]",
            "host module: com.example.crm",
            "domain module: org.leadtocash.domain",
            "metrics module: org.leadtocash.metrics",
            "planning module: org.leadtocash.planning"),
        output.lines().toList(),
        output);
  }
}
