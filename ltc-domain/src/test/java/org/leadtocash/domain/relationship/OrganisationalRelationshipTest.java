package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.OrganisationalRelationshipLevel.KEY_SUPPLIER;
import static org.leadtocash.domain.relationship.OrganisationalRelationshipLevel.ORDINARY_SUPPLIER;
import static org.leadtocash.domain.relationship.OrganisationalRelationshipLevel.PARTNER;
import static org.leadtocash.domain.relationship.OrganisationalRelationshipLevel.QUALIFIED_SUPPLIER;
import static org.leadtocash.domain.relationship.OrganisationalRelationshipLevel.STRATEGIC_PARTNER;
import static org.leadtocash.domain.relationship.ProcurementStep.ASSESS_PROBLEM;
import static org.leadtocash.domain.relationship.ProcurementStep.CERTIFY_SUPPLIERS;
import static org.leadtocash.domain.relationship.ProcurementStep.EVALUATE_PRODUCTS;
import static org.leadtocash.domain.relationship.ProcurementStep.EVALUATE_RESULT;
import static org.leadtocash.domain.relationship.ProcurementStep.IMPLEMENT_PROJECT;
import static org.leadtocash.domain.relationship.ProcurementStep.ISSUE_TENDER;
import static org.leadtocash.domain.relationship.ProcurementStep.NEGOTIATE_AND_SIGN;
import static org.leadtocash.domain.relationship.ProcurementStep.SET_OBJECTIVES;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("D7.7 organisational relationship: the more procurement steps, the higher the level")
class OrganisationalRelationshipTest {

  @Test
  @DisplayName("the eight procurement steps, in the customer's order")
  void eightSteps() {
    assertEquals(
        List.of(
            ASSESS_PROBLEM,
            SET_OBJECTIVES,
            ISSUE_TENDER,
            EVALUATE_PRODUCTS,
            CERTIFY_SUPPLIERS,
            NEGOTIATE_AND_SIGN,
            IMPLEMENT_PROJECT,
            EVALUATE_RESULT),
        List.of(ProcurementStep.values()));
    assertEquals("assess the problem or opportunity", ASSESS_PROBLEM.label());
  }

  @Test
  @DisplayName("five levels, ordinary supplier up to strategic partner")
  void fiveLevels() {
    assertEquals(
        List.of(ORDINARY_SUPPLIER, QUALIFIED_SUPPLIER, KEY_SUPPLIER, PARTNER, STRATEGIC_PARTNER),
        List.of(OrganisationalRelationshipLevel.values()));
    assertTrue(PARTNER.isAtLeast(KEY_SUPPLIER));
    assertTrue(PARTNER.isAtLeast(PARTNER));
    assertFalse(KEY_SUPPLIER.isAtLeast(PARTNER));
    assertEquals("strategic partner", STRATEGIC_PARTNER.label());
  }

  @ParameterizedTest(name = "the first {0} steps make a {1}")
  @CsvSource({
    "0, ORDINARY_SUPPLIER",
    "1, ORDINARY_SUPPLIER",
    "2, ORDINARY_SUPPLIER",
    "3, QUALIFIED_SUPPLIER",
    "4, QUALIFIED_SUPPLIER",
    "5, KEY_SUPPLIER",
    "6, KEY_SUPPLIER",
    "7, PARTNER",
    "8, STRATEGIC_PARTNER"
  })
  @DisplayName("the standard policy counts the steps we take part in")
  void standardPolicy(int count, OrganisationalRelationshipLevel level) {
    Set<ProcurementStep> steps = EnumSet.noneOf(ProcurementStep.class);
    steps.addAll(Arrays.asList(ProcurementStep.values()).subList(0, count));
    assertEquals(level, new OrganisationalRelationship(CUSTOMER, steps).level());
    assertEquals(level, OrganisationalRelationshipPolicy.standard().level(steps));
  }

  @Test
  @DisplayName(
      "a typical supplier answers the tender, signs and delivers; a partner is there early")
  void typicalRelationships() {
    OrganisationalRelationship supplier =
        OrganisationalRelationship.of(
            CUSTOMER, ISSUE_TENDER, EVALUATE_PRODUCTS, NEGOTIATE_AND_SIGN, IMPLEMENT_PROJECT);
    assertEquals(QUALIFIED_SUPPLIER, supplier.level());
    assertEquals(
        EnumSet.of(ASSESS_PROBLEM, SET_OBJECTIVES, CERTIFY_SUPPLIERS, EVALUATE_RESULT),
        supplier.missingSteps());
    OrganisationalRelationship deeper =
        supplier.with(CERTIFY_SUPPLIERS).with(EVALUATE_RESULT).with(SET_OBJECTIVES);
    assertEquals(PARTNER, deeper.level());
    assertEquals(STRATEGIC_PARTNER, deeper.with(ASSESS_PROBLEM).level());
    assertEquals(Set.of(), deeper.with(ASSESS_PROBLEM).missingSteps());
    assertEquals(deeper, deeper.with(SET_OBJECTIVES), "a step taken part in twice counts once");
    assertEquals(4, supplier.steps().size(), "the old relationship is unchanged");
    assertEquals(
        OrganisationalRelationship.of(CUSTOMER, ISSUE_TENDER),
        OrganisationalRelationship.of(CUSTOMER, ISSUE_TENDER, ISSUE_TENDER));
  }

  @Test
  @DisplayName("a host sets its own counts, or its own rule")
  void hostPolicies() {
    OrganisationalRelationship relationship =
        OrganisationalRelationship.of(CUSTOMER, ISSUE_TENDER, EVALUATE_PRODUCTS);
    OrganisationalRelationshipPolicy generous =
        OrganisationalRelationshipPolicy.byStepCounts(1, 2, 3, 4);
    assertEquals(KEY_SUPPLIER, relationship.level(generous));
    assertTrue(generous.toString().contains("key supplier from 2"), generous.toString());
    OrganisationalRelationshipPolicy earlyOnly =
        steps -> steps.contains(ASSESS_PROBLEM) ? PARTNER : ORDINARY_SUPPLIER;
    assertEquals(ORDINARY_SUPPLIER, relationship.level(earlyOnly));
    assertEquals(PARTNER, relationship.with(ASSESS_PROBLEM).level(earlyOnly));
    assertThrows(NullPointerException.class, () -> relationship.level(steps -> null));
  }

  @ParameterizedTest(name = "counts {0} {1} {2} {3} are refused")
  @CsvSource({"0, 2, 3, 4", "3, 2, 4, 5", "1, 2, 3, 9", "2, 4, 3, 8"})
  @DisplayName("the counts of the levels rise from 1 to 8 (D7.7)")
  void countsRise(int qualified, int key, int partner, int strategic) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OrganisationalRelationshipPolicy.byStepCounts(qualified, key, partner, strategic));
    assertTrue(e.getMessage().contains("DOMAIN D7.7"), e.getMessage());
  }
}
