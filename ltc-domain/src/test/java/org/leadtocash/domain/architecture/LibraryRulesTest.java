package org.leadtocash.domain.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadtocash.domain.architecture.compliant.QuotaRefused;
import org.leadtocash.domain.architecture.violations.AccessibleFieldHack;
import org.leadtocash.domain.architecture.violations.BackgroundRecalculation;
import org.leadtocash.domain.architecture.violations.ConsolePrinter;
import org.leadtocash.domain.architecture.violations.DynamicClassLoading;
import org.leadtocash.domain.architecture.violations.FileReadingImport;
import org.leadtocash.domain.architecture.violations.FileWriterExport;
import org.leadtocash.domain.architecture.violations.HiddenClockRead;
import org.leadtocash.domain.architecture.violations.ImmutableQuote;
import org.leadtocash.domain.architecture.violations.JdbcLeadStore;
import org.leadtocash.domain.architecture.violations.JulLogging;
import org.leadtocash.domain.architecture.violations.LoggedProfile;
import org.leadtocash.domain.architecture.violations.MillisClockRead;
import org.leadtocash.domain.architecture.violations.MutableCounter;
import org.leadtocash.domain.architecture.violations.NetworkPriceLookup;
import org.leadtocash.domain.architecture.violations.ParallelTotals;
import org.leadtocash.domain.architecture.violations.ProcessExit;
import org.leadtocash.domain.architecture.violations.PublicMutableField;
import org.leadtocash.domain.architecture.violations.PublicSetter;
import org.leadtocash.domain.architecture.violations.QuotaExceeded;
import org.leadtocash.domain.architecture.violations.RawFailure;
import org.leadtocash.domain.architecture.violations.SharedTotals;
import org.leadtocash.domain.architecture.violations.SimpleLoggerBackend;
import org.leadtocash.domain.architecture.violations.ZonedClockRead;
import org.leadtocash.domain.architecture.violations.cycle.invoice.Invoice;
import org.leadtocash.domain.architecture.violations.cycle.order.Order;
import org.leadtocash.domain.architecture.violations.modules.domain.Deal;
import org.leadtocash.domain.architecture.violations.modules.metrics.DealCount;
import org.leadtocash.domain.architecture.violations.modules.planning.DealPlan;

/**
 * Proves that every rule of {@link LibraryRules} can fail: each one is evaluated against a
 * deliberately bad fixture (package {@code violations}) and must report it, and no rule may report
 * the well-behaved fixtures of package {@code compliant}. DESIGN §4, §5 ("a check that cannot fail
 * is a defect").
 */
class LibraryRulesTest {

  private static final String VIOLATIONS = "org.leadtocash.domain.architecture.violations";
  private static final String COMPLIANT = "org.leadtocash.domain.architecture.compliant";

  private static final ClassFileImporter IMPORTER = new ClassFileImporter();

  /** Each rule, by its field name in {@link LibraryRules}, with classes that break it. */
  static Stream<Arguments> violations() {
    return Stream.of(
        violation("NO_FILE_STREAM_OR_PROCESS_IO", FileReadingImport.class),
        violation("NO_FILE_STREAM_OR_PROCESS_IO", FileWriterExport.class),
        violation("NO_NETWORK_OR_DATABASE_ACCESS", NetworkPriceLookup.class),
        violation("NO_NETWORK_OR_DATABASE_ACCESS", JdbcLeadStore.class),
        violation("NO_THREADS_OR_EXECUTORS", BackgroundRecalculation.class),
        violation("NO_THREADS_OR_EXECUTORS", ParallelTotals.class),
        violation("NO_CONSOLE_ACCESS", ConsolePrinter.class),
        violation("NO_JVM_EXIT", ProcessExit.class),
        violation("NO_CLOCK_READS", HiddenClockRead.class),
        violation("NO_CLOCK_READS", ZonedClockRead.class),
        violation("NO_CLOCK_READS", MillisClockRead.class),
        violation("NO_REFLECTION_HACKS", AccessibleFieldHack.class),
        violation("NO_REFLECTION_HACKS", DynamicClassLoading.class),
        violation("STATIC_FIELDS_ARE_FINAL", MutableCounter.class),
        violation("STATIC_FIELDS_HOLD_NO_MUTABLE_CONTAINERS", SharedTotals.class),
        violation("PUBLIC_FIELDS_ARE_FINAL", PublicMutableField.class),
        violation("NO_PUBLIC_SETTERS", PublicSetter.class),
        violation("EXCEPTIONS_ARE_DOMAIN_EXCEPTIONS", QuotaExceeded.class),
        violation("NO_GENERIC_EXCEPTIONS", RawFailure.class),
        violation("NO_LOGGING_BACKEND", SimpleLoggerBackend.class),
        violation("NO_LOGGING_BACKEND", JulLogging.class),
        violation("PERSONAL_DATA_IS_NEVER_LOGGED", LoggedProfile.class),
        violation("MODULES_DEPEND_ONLY_ON_LOWER_MODULES", Deal.class, DealCount.class),
        violation("MODULES_DEPEND_ONLY_ON_LOWER_MODULES", DealCount.class, DealPlan.class),
        violation("PACKAGES_ARE_FREE_OF_CYCLES", Order.class, Invoice.class),
        violation("GENERATED_IMMUTABLES_ARE_NOT_PUBLIC", ImmutableQuote.class));
  }

  private static Arguments violation(String rule, Class<?> offender, Class<?>... others) {
    return arguments(rule, offender, others);
  }

  @ParameterizedTest(name = "{0} reports {1}")
  @MethodSource("violations")
  @DisplayName("every rule reports a class that breaks it, citing DESIGN §4 (DESIGN §5)")
  void everyRuleReportsItsViolation(String ruleName, Class<?> offender, Class<?>[] others) {
    JavaClasses classes =
        IMPORTER.importClasses(
            Stream.concat(Stream.of(offender), Arrays.stream(others)).toArray(Class<?>[]::new));

    EvaluationResult result = ruleUnderTest(ruleName).evaluate(classes);

    assertTrue(result.hasViolation(), ruleName + " did not report " + offender.getName());
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(offender.getName()), report);
    assertTrue(result.getFailureReport().toString().contains("DESIGN §"), report);
  }

  @Test
  @DisplayName("every rule of LibraryRules has a fixture that breaks it")
  void everyRuleHasAViolationFixture() {
    Set<String> tested =
        violations()
            .map(arguments -> (String) arguments.get()[0])
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(ruleFields().keySet(), tested);
  }

  @Test
  @DisplayName("every rule gives its reason from DESIGN, so a failure tells why the rule exists")
  void everyRuleCitesDesign() {
    ruleFields()
        .forEach(
            (name, rule) ->
                assertTrue(
                    rule.getDescription().contains("because DESIGN §"),
                    name + ": " + rule.getDescription()));
  }

  @Test
  @DisplayName("no rule reports the well-behaved fixtures that sit at the edge of the rules")
  void noRuleReportsCompliantCode() {
    JavaClasses compliant = IMPORTER.importPackages(COMPLIANT);
    assertTrue(compliant.contain(QuotaRefused.class), "compliant fixtures were not imported");

    ruleFields().forEach((name, rule) -> assertPasses(name, rule, compliant));
    assertPasses(
        "module direction below " + COMPLIANT + ".modules",
        LibraryRules.modulesDependOnlyOnLowerModules(COMPLIANT + ".modules"),
        compliant);
  }

  @Test
  @DisplayName("the test-only fixtures are outside the modules' packages scanned for real")
  void fixturesAreTestOnly() {
    JavaClasses violations = IMPORTER.importPackages(VIOLATIONS);
    assertFalse(violations.isEmpty(), "violation fixtures were not imported");
    assertTrue(
        violations.stream()
            .allMatch(
                c -> c.getSource().orElseThrow().getUri().toString().contains("test-classes")),
        "a violation fixture is not under test-classes, so DoNotIncludeTests would not skip it");
  }

  private static void assertPasses(String name, ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
    assertFalse(result.hasViolation(), () -> name + ":\n" + result.getFailureReport());
  }

  /** The rule a fixture targets; the module rule is rebuilt with the fixtures' root package. */
  private static ArchRule ruleUnderTest(String ruleName) {
    if (ruleName.equals("MODULES_DEPEND_ONLY_ON_LOWER_MODULES")) {
      return LibraryRules.modulesDependOnlyOnLowerModules(VIOLATIONS + ".modules");
    }
    ArchRule rule = ruleFields().get(ruleName);
    if (rule == null) {
      throw new IllegalArgumentException("no rule named " + ruleName + " in LibraryRules");
    }
    return rule;
  }

  /** The {@code @ArchTest} rules of {@link LibraryRules} by field name. */
  private static Map<String, ArchRule> ruleFields() {
    Map<String, ArchRule> rules = new TreeMap<>();
    for (Field field : LibraryRules.class.getDeclaredFields()) {
      if (field.isAnnotationPresent(ArchTest.class)) {
        assertTrue(Modifier.isStatic(field.getModifiers()), field.getName() + " is not static");
        try {
          rules.put(field.getName(), (ArchRule) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(field.getName() + " is not readable", e);
        }
      }
    }
    return rules;
  }
}
