package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.GeneralRelationshipDimension.BRAND_LOYALTY;
import static org.leadtocash.domain.relationship.GeneralRelationshipDimension.TECHNICAL_LEAD_IN_BID_EVALUATION;
import static org.leadtocash.domain.relationship.GeneralRelationshipGrade.EXCELLENT;
import static org.leadtocash.domain.relationship.GeneralRelationshipGrade.GOOD;
import static org.leadtocash.domain.relationship.GeneralRelationshipGrade.MEDIUM;
import static org.leadtocash.domain.relationship.GeneralRelationshipGrade.POOR;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.generalScores;
import static org.leadtocash.domain.testing.DomainTesters.D0;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.customer.DepartmentKind;

class GeneralRelationshipTest {

  static final CustomerDepartment MARKETING = CustomerDepartment.of(DepartmentKind.MARKETING);
  static final CustomerDepartment PLANNING =
      CustomerDepartment.of("Network planning", DepartmentKind.PLANNING);
  static final CustomerDepartment PROCUREMENT = CustomerDepartment.of(DepartmentKind.PROCUREMENT);
  static final CustomerDepartment FINANCE = CustomerDepartment.of(DepartmentKind.FINANCE);

  static final PersonId ANALYST = PersonId.of("P-ANALYST");
  static final PersonId PLANNER = PersonId.of("P-PLANNER");
  static final PersonId ENGINEER = PersonId.of("P-ENGINEER");
  static final PersonId BUYER = PersonId.of("P-BUYER");

  /** We touch four departments and know people in three; two are tomorrow's stars. */
  static GeneralRelationship northMobile() {
    return GeneralRelationship.builder()
        .customer(CUSTOMER)
        .addDepartments(MARKETING, PLANNING, PROCUREMENT, FINANCE)
        .addContact(DepartmentContact.of(ANALYST, MARKETING))
        .addContact(DepartmentContact.tomorrowsStar(PLANNER, PLANNING))
        .addContact(DepartmentContact.tomorrowsStar(ENGINEER, PLANNING))
        .addContact(DepartmentContact.of(BUYER, PROCUREMENT))
        .build();
  }

  @Nested
  @DisplayName("D7.6 dimensions, grades and the standard grading")
  class Grading {

    @Test
    @DisplayName("four dimensions; grades ordered poor < medium < good < excellent")
    void dimensionsAndGrades() {
      assertEquals(
          List.of(
              "open information channels",
              "technical lead in bid evaluation",
              "successful delivery and improved profitability",
              "brand loyalty"),
          Arrays.stream(GeneralRelationshipDimension.values())
              .map(GeneralRelationshipDimension::label)
              .toList());
      assertTrue(TECHNICAL_LEAD_IN_BID_EVALUATION.definition().contains("technical evaluation"));
      assertEquals(
          List.of(POOR, MEDIUM, GOOD, EXCELLENT), List.of(GeneralRelationshipGrade.values()));
      assertTrue(EXCELLENT.isAtLeast(GOOD));
      assertTrue(GOOD.isAtLeast(GOOD));
      assertFalse(MEDIUM.isAtLeast(GOOD));
      assertEquals("excellent", EXCELLENT.label());
    }

    @Test
    @DisplayName("an assessment scores all four dimensions on the 1-5 scale (D7.6)")
    void assessmentIsComplete() {
      IllegalArgumentException missing =
          assertThrows(IllegalArgumentException.class, () -> generalScores(3, 3, 3));
      assertTrue(missing.getMessage().contains("DOMAIN D7.6"), missing.getMessage());
      assertTrue(missing.getMessage().contains("BRAND_LOYALTY"), missing.getMessage());
      IllegalArgumentException off =
          assertThrows(IllegalArgumentException.class, () -> generalScores(3, 3, 3, 6));
      assertTrue(off.getMessage().contains("DOMAIN D7.6"), off.getMessage());
      GeneralRelationshipAssessment assessment = generalScores(2, 3, 4, 5);
      assertEquals(5, assessment.score(BRAND_LOYALTY));
      assertEquals(WANG, assessment.assessor());
      assertEquals(D0, assessment.assessedOn());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource({
      "5, 5, 5, 5, EXCELLENT",
      "4, 4, 5, 5, EXCELLENT",
      "4, 4, 4, 5, GOOD",
      "3, 5, 5, 5, GOOD",
      "3, 3, 4, 4, GOOD",
      "3, 3, 3, 4, MEDIUM",
      "2, 5, 5, 5, MEDIUM",
      "2, 2, 2, 2, MEDIUM",
      "1, 5, 5, 5, POOR"
    })
    @DisplayName("the weakest dimension limits the grade")
    void standardGrades(
        int channels, int bids, int delivery, int loyalty, GeneralRelationshipGrade grade) {
      assertEquals(
          grade,
          GeneralRelationshipPolicy.standard()
              .grade(generalScores(channels, bids, delivery, loyalty)));
    }

    @Test
    @DisplayName("a general relationship is graded by its latest assessment, by any policy")
    void gradeOfTheRelationship() {
      assertEquals(Optional.empty(), northMobile().grade(), "not assessed, no grade");
      GeneralRelationship assessed =
          GeneralRelationship.builder()
              .from(northMobile())
              .assessment(generalScores(4, 4, 3, 4))
              .build();
      assertEquals(Optional.of(GOOD), assessed.grade());
      assertEquals(Optional.of(EXCELLENT), assessed.grade(a -> EXCELLENT));
      assertThrows(NullPointerException.class, () -> assessed.grade(a -> null));
    }
  }

  @Nested
  @DisplayName("D7.6 coverage must reach every department we touch; tomorrow's stars")
  class Coverage {

    @Test
    @DisplayName("covered and uncovered departments, the coverage rate, and tomorrow's stars")
    void coverageReport() {
      DepartmentCoverage coverage = northMobile().coverage();
      assertEquals(Set.of(MARKETING, PLANNING, PROCUREMENT), coverage.covered());
      assertEquals(Set.of(FINANCE), coverage.uncovered());
      assertEquals(Rate.of(3, 4), coverage.rate());
      assertFalse(coverage.isComplete(), "finance is touched but has no relationship");
      assertEquals(
          List.of(
              DepartmentContact.tomorrowsStar(PLANNER, PLANNING),
              DepartmentContact.tomorrowsStar(ENGINEER, PLANNING)),
          coverage.tomorrowsStars());
      assertTrue(coverage.developsTomorrowsStars());
      assertEquals(Set.of(MARKETING, PLANNING, PROCUREMENT, FINANCE), coverage.departments());
      assertEquals(
          "covered 75.0% (3 of 4), uncovered [finance], tomorrow's stars [P-PLANNER in Network"
              + " planning (planning), one of tomorrow's stars, P-ENGINEER in Network planning"
              + " (planning), one of tomorrow's stars]",
          coverage.toString());
    }

    @Test
    @DisplayName("a relationship in every department we touch is complete coverage")
    void completeCoverage() {
      GeneralRelationship covered =
          GeneralRelationship.builder()
              .from(northMobile())
              .addContact(DepartmentContact.of(PersonId.of("P-CFO"), FINANCE))
              .build();
      assertTrue(covered.coverage().isComplete());
      assertEquals(Rate.of(4, 4), covered.coverage().rate());
      assertEquals(
          List.of(
              DepartmentContact.tomorrowsStar(PLANNER, PLANNING),
              DepartmentContact.tomorrowsStar(ENGINEER, PLANNING)),
          covered.contactsIn(PLANNING));
    }

    @Test
    @DisplayName("touching no department is no data, not zero coverage")
    void noDepartments() {
      DepartmentCoverage coverage =
          GeneralRelationship.builder().customer(CUSTOMER).build().coverage();
      assertFalse(coverage.rate().isDefined());
      assertTrue(coverage.isComplete());
      assertFalse(coverage.developsTomorrowsStars());
    }

    @Test
    @DisplayName("a contact's department is one we touch (D7.6)")
    void contactInAnUntouchedDepartment() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  GeneralRelationship.builder()
                      .customer(CUSTOMER)
                      .addDepartment(MARKETING)
                      .addContact(DepartmentContact.of(BUYER, PROCUREMENT))
                      .build());
      assertTrue(e.getMessage().contains("DOMAIN D7.6"), e.getMessage());
    }

    @Test
    @DisplayName("a person is listed once among the contacts (D7.6)")
    void personTwice() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  GeneralRelationship.builder()
                      .from(northMobile())
                      .addContact(DepartmentContact.of(BUYER, FINANCE))
                      .build());
      assertTrue(e.getMessage().contains("DOMAIN D7.6"), e.getMessage());
      assertTrue(e.getMessage().contains("P-BUYER"), e.getMessage());
    }

    @Test
    @DisplayName("a coverage report is consistent")
    void consistentReport() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new DepartmentCoverage(Set.of(FINANCE), Set.of(FINANCE), List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new DepartmentCoverage(
                  Set.of(FINANCE), Set.of(), List.of(DepartmentContact.of(BUYER, FINANCE))));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new DepartmentCoverage(
                  Set.of(FINANCE),
                  Set.of(MARKETING),
                  List.of(DepartmentContact.tomorrowsStar(BUYER, MARKETING))));
    }

    @Test
    @DisplayName("a department has a name and a kind")
    void departments() {
      assertEquals("procurement", PROCUREMENT.toString());
      assertEquals("Network planning (planning)", PLANNING.toString());
      assertEquals(DepartmentKind.PLANNING, PLANNING.kind());
      assertThrows(
          IllegalArgumentException.class, () -> CustomerDepartment.of(" ", DepartmentKind.OTHER));
      assertThrows(
          IllegalArgumentException.class,
          () -> CustomerDepartment.of(" Finance", DepartmentKind.FINANCE));
      assertEquals("P-BUYER in procurement", DepartmentContact.of(BUYER, PROCUREMENT).toString());
    }
  }
}
