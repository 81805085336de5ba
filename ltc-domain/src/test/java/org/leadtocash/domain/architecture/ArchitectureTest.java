package org.leadtocash.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Runs the architecture rules of DESIGN §4 ({@link LibraryRules}) over the main classes of
 * ltc-domain; test classes are not scanned.
 */
@AnalyzeClasses(
    packages = "org.leadtocash.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests LIBRARY_RULES = ArchTests.in(LibraryRules.class);
}
