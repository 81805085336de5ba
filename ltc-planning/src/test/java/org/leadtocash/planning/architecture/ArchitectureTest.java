package org.leadtocash.planning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.leadtocash.domain.architecture.LibraryRules;

/**
 * Runs the architecture rules of DESIGN §4 ({@link LibraryRules}) over the main classes of
 * ltc-planning; test classes are not scanned.
 */
@AnalyzeClasses(
    packages = "org.leadtocash.planning",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests LIBRARY_RULES = ArchTests.in(LibraryRules.class);

  /** DESIGN §1: ltc-metrics and ltc-planning do not depend on each other. */
  @ArchTest
  static final ArchRule NO_DEPENDENCY_ON_METRICS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.leadtocash.metrics..")
          .because(
              "DESIGN §1: ltc-planning never depends on ltc-metrics (a host may embed either alone;"
                  + " a plan takes a measured number (a share, a waterfall, a win rate) as a value"
                  + " from the host)");
}
