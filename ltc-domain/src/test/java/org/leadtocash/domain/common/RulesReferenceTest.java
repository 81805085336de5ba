package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules catalogue ({@link RuleId}), the rules the code cites and the generated reference page
 * {@code docs/rules.md} agree.
 *
 * <p>To regenerate the page after changing the catalogue: {@code ./mvnw -B -ntp -pl ltc-domain test
 * -Dtest=RulesReferenceTest -Dltc.rules.write=true}.
 */
@DisplayName("The rules reference: catalogue, code and docs/rules.md agree")
class RulesReferenceTest {

  private static final String WRITE = "ltc.rules.write";

  private static Path repository() {
    Path module = Path.of("").toAbsolutePath();
    Path root = module.getParent();
    assertTrue(
        Files.isRegularFile(root.resolve("pom.xml"))
            && Files.isDirectory(root.resolve("ltc-domain")),
        () -> "the tests run in the ltc-domain module of the repository, not in " + module);
    return root;
  }

  private static RuleCitations citations() {
    Path root = repository();
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("ltc-domain", "ltc-metrics", "ltc-planning")) {
      sources.add(root.resolve(module).resolve("src/main/java"));
    }
    return RuleCitations.scan(sources);
  }

  @Test
  @DisplayName("docs/rules.md is generated from the catalogue and is current")
  void referencePageIsCurrent() throws IOException {
    Path page = repository().resolve("docs/rules.md");
    String expected = RulesReference.markdown();
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.isRegularFile(page), "docs/rules.md is missing; run with -D" + WRITE + "=true");
    assertEquals(
        expected,
        Files.readString(page, StandardCharsets.UTF_8),
        "docs/rules.md is stale: regenerate it with ./mvnw -B -ntp -pl ltc-domain test"
            + " -Dtest=RulesReferenceTest -D"
            + WRITE
            + "=true");
  }

  @Test
  @DisplayName("every rule the code cites is in the catalogue")
  void everyCitedRuleIsCatalogued() {
    RuleCitations citations = citations();
    assertFalse(citations.bySection().isEmpty(), "the scan found no citation at all");
    List<String> unknown =
        citations.bySection().keySet().stream()
            .filter(
                section ->
                    EnumSet.allOf(RuleId.class).stream()
                        .noneMatch(rule -> rule.section().equals(section)))
            .map(section -> section + " (cited in " + citations.citedIn(section) + ")")
            .collect(Collectors.toList());
    assertEquals(List.of(), unknown, "rules cited by the code but missing from RuleId");
  }

  @Test
  @DisplayName(
      "the catalogue says exactly how the code enforces each rule, and lists no stale rule")
  void catalogueMatchesTheCode() {
    Map<String, Set<Enforcement>> cited = citations().bySection();
    Map<String, Set<Enforcement>> catalogued = new TreeMap<>();
    for (RuleId rule : RuleId.values()) {
      catalogued.put(rule.section(), rule.enforcement());
    }
    List<String> differences = new ArrayList<>();
    for (String section : Sets.union(cited.keySet(), catalogued.keySet())) {
      Set<Enforcement> code = cited.getOrDefault(section, Set.of());
      Set<Enforcement> catalogue = catalogued.getOrDefault(section, Set.of());
      if (!code.equals(catalogue)) {
        differences.add(section + ": the code " + code + ", the catalogue " + catalogue);
      }
    }
    assertEquals(List.of(), differences, "RuleId's enforcement() against what the code does");
  }

  @Test
  @DisplayName(
      "every rule has a title and a statement, and its constant is named after its section")
  void everyRuleIsStated() {
    for (RuleId rule : RuleId.values()) {
      assertFalse(rule.title().isBlank(), rule::section);
      assertTrue(rule.statement().endsWith("."), () -> rule.section() + ": " + rule.statement());
      assertEquals(rule.name().replace('_', '.'), rule.section());
      assertEquals(rule, RuleId.of(rule.section()));
      assertEquals("DOMAIN " + rule.section(), rule.toString());
    }
  }

  @Test
  @DisplayName("a refusal's rule id leads to the rule's statement")
  void refusalLeadsToStatement() {
    RuleViolationException refusal =
        Guard.of("Lead LD-1", "VALIDATED", "convert")
            .violation(RuleId.D2_7, "conversion needs the customer's clear investment budget");
    String id = refusal.getMessage().replaceAll(".*\\[DOMAIN (D[0-9.]+)]$", "$1");
    assertEquals(RuleId.D2_7, RuleId.of(id));
    assertTrue(RuleId.of(id).statement().startsWith("A lead converts into an opportunity"));
  }
}
