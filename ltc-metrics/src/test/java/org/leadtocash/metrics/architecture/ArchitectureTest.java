package org.leadtocash.metrics.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.leadtocash.domain.architecture.LibraryRules;

/**
 * Runs the architecture rules of DESIGN §4 ({@link LibraryRules}) over the main classes of
 * ltc-metrics; test classes are not scanned.
 */
@AnalyzeClasses(
    packages = "org.leadtocash.metrics",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests LIBRARY_RULES = ArchTests.in(LibraryRules.class);

  /** DESIGN §1: ltc-metrics and ltc-planning do not depend on each other. */
  @ArchTest
  static final ArchRule NO_DEPENDENCY_ON_PLANNING =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.leadtocash.planning..")
          .because(
              "DESIGN §1: ltc-metrics never depends on ltc-planning (a host may embed either alone;"
                  + " a KPI measures the domain's facts, never a plan)");
}
