package org.leadtocash.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The codec depends on the domain and the plans, never the other way (DESIGN §1): no class of the
 * domain or of the plans names Jackson or this module.
 */
@DisplayName("ltc-domain and ltc-planning stay free of Jackson")
class DependencyDirectionTest {

  @Test
  @DisplayName("no domain class depends on Jackson or on org.leadtocash.jackson")
  void domainIsFreeOfJackson() {
    JavaClasses domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leadtocash.domain");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "org.leadtocash.jackson..")
        .because("the JSON codec is an optional adapter: the domain never depends on it")
        .check(domain);
  }

  @Test
  @DisplayName("no planning class depends on Jackson or on org.leadtocash.jackson")
  void planningIsFreeOfJackson() {
    JavaClasses planning =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leadtocash.planning");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "org.leadtocash.jackson..")
        .because("the JSON codec is an optional adapter: the plans never depend on it")
        .check(planning);
  }
}
