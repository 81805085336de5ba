package org.leadtocash.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.opportunity.GatePassage;

/**
 * The evidence one aggregate issues for another cannot be built by hand (DESIGN §2, DOMAIN D3.2,
 * D5.1, D6.2): only the aggregate that established a fact issues the evidence of it — an
 * opportunity its passage of a gate, a customer the attestation of its grade. Runs over the main
 * classes of ltc-domain.
 */
@AnalyzeClasses(
    packages = "org.leadtocash.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EvidenceRulesTest {

  /** The types that carry a fact of one aggregate to another as evidence. */
  static final Class<?>[] EVIDENCE = {GatePassage.class, GradeAttestation.class};

  private static final String ONLY_THE_ISSUER =
      "DESIGN §2: only the aggregate that established a fact issues the evidence of it (DOMAIN"
          + " D3.2, D5.1, D6.2)";

  @ArchTest
  static final ArchRule EVIDENCE_HAS_NO_PUBLIC_CONSTRUCTOR =
      classes()
          .that()
          .belongToAnyOf(EVIDENCE)
          .should()
          .haveOnlyPrivateConstructors()
          .andShould()
          .haveModifier(JavaModifier.FINAL)
          .because(ONLY_THE_ISSUER);

  @ArchTest
  static final ArchRule NO_PUBLIC_FACTORY_OF_EVIDENCE =
      methods()
          .that()
          .areStatic()
          .and()
          .haveRawReturnType(JavaClass.Predicates.belongToAnyOf(EVIDENCE))
          .should()
          .notBePublic()
          .because(ONLY_THE_ISSUER);
}
