package org.leadtocash.planning.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
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
}
