package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.BUYER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.card;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.generalScores;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.office;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.opened;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.profile;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.customer.KeyDate;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the public types of relationship levels and visibility. */
class RelationshipLevelsContractsTest {

  static final CustomerDepartment PROCUREMENT = CustomerDepartment.of(DepartmentKind.PROCUREMENT);

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(KeyRelationshipId.class, RELATIONSHIP)
        .setDefault(KeyRelationshipAssessment.class, scores(3, 3, 3, 3, 3, 3))
        .setDefault(KeyRelationshipPolicy.class, KeyRelationshipPolicy.standard())
        .setDefault(KeyRelationship.class, opened())
        .setDefault(GeneralRelationshipAssessment.class, generalScores(3, 3, 3, 3))
        .setDefault(GeneralRelationshipPolicy.class, GeneralRelationshipPolicy.standard())
        .setDefault(CustomerDepartment.class, PROCUREMENT)
        .setDefault(DepartmentContact.class, DepartmentContact.of(BUYER, PROCUREMENT))
        .setDefault(
            OrganisationalRelationshipPolicy.class, OrganisationalRelationshipPolicy.standard())
        .setDefault(MonthDay.class, MonthDay.of(5, 17))
        .setDefault(KeyDate.class, KeyDate.of("birthday", MonthDay.of(5, 17)))
        .setDefault(PersonalProfile.class, profile())
        .setDefault(RelationshipCard.class, card(CTO, WANG))
        .setDefault(Organisation.class, office());
  }

  @Test
  @DisplayName("every public method of relationship levels and visibility rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            KeyRelationshipId.class,
            KeyRelationshipAssessment.class,
            KeyRelationshipPolicy.class,
            KeyRelationship.class,
            KeyRelationshipOpened.class,
            KeyRelationshipAssessed.class,
            KeyRelationshipLevelChanged.class,
            KeyRelationshipTransferred.class,
            LevelSince.class,
            GeneralRelationshipAssessment.class,
            GeneralRelationshipPolicy.class,
            GeneralRelationship.class,
            CustomerDepartment.class,
            DepartmentContact.class,
            DepartmentCoverage.class,
            OrganisationalRelationshipPolicy.class,
            OrganisationalRelationship.class,
            PersonalProfile.class,
            KeyDate.class,
            RelationshipCard.class,
            Organisation.class,
            RelationshipCards.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(opened());
    tester.testAllPublicInstanceMethods(opened().assess(scores(4, 4, 4, 4, 4, 4), day(1)).state());
    tester.testAllPublicInstanceMethods(KeyRelationshipPolicy.standard());
    tester.testAllPublicInstanceMethods(GeneralRelationshipPolicy.standard());
    tester.testAllPublicInstanceMethods(OrganisationalRelationshipPolicy.standard());
    tester.testAllPublicInstanceMethods(scores(3, 3, 3, 3, 3, 3));
    tester.testAllPublicInstanceMethods(KeyRelationshipAssessment.builder());
    tester.testAllPublicInstanceMethods(generalScores(3, 3, 3, 3));
    tester.testAllPublicInstanceMethods(GeneralRelationshipAssessment.builder());
    tester.testAllPublicInstanceMethods(general());
    tester.testAllPublicInstanceMethods(general().coverage());
    tester.testAllPublicInstanceMethods(
        OrganisationalRelationship.of(CUSTOMER, ProcurementStep.ISSUE_TENDER));
    tester.testAllPublicInstanceMethods(office());
    tester.testAllPublicInstanceMethods(Organisation.builder());
    tester.testAllPublicInstanceMethods(RelationshipCards.of(List.of(card(CTO, WANG))));
    tester.testAllPublicInstanceMethods(KeyRelationshipLevel.ACCEPTED);
    tester.testAllPublicInstanceMethods(GeneralRelationshipGrade.GOOD);
    tester.testAllPublicInstanceMethods(OrganisationalRelationshipLevel.PARTNER);
  }

  static GeneralRelationship general() {
    return GeneralRelationship.builder()
        .customer(CUSTOMER)
        .addDepartments(PROCUREMENT, CustomerDepartment.of(DepartmentKind.FINANCE))
        .addContact(DepartmentContact.tomorrowsStar(BUYER, PROCUREMENT))
        .assessment(generalScores(3, 4, 3, 4))
        .build();
  }

  @Test
  @DisplayName("assessments, ids and events are equal exactly when all their parts are")
  void keyRelationshipEquality() {
    new EqualsTester()
        .addEqualityGroup(scores(1, 2, 3, 4, 5, 4), scores(1, 2, 3, 4, 5, 4))
        .addEqualityGroup(scores(1, 2, 3, 4, 5, 5))
        .addEqualityGroup(
            KeyRelationshipAssessment.builder().from(scores(1, 2, 3, 4, 5, 4)).assessor(LI).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(generalScores(1, 2, 3, 4), generalScores(1, 2, 3, 4))
        .addEqualityGroup(generalScores(2, 2, 3, 4))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RELATIONSHIP, KeyRelationshipId.of("KR-1"))
        .addEqualityGroup(KeyRelationshipId.of("KR-2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new KeyRelationshipLevelChanged(
                RELATIONSHIP, 2, Optional.empty(), KeyRelationshipLevel.ACCEPTED, day(1)),
            new KeyRelationshipLevelChanged(
                RELATIONSHIP, 2, Optional.empty(), KeyRelationshipLevel.ACCEPTED, day(1)))
        .addEqualityGroup(
            new KeyRelationshipLevelChanged(
                RELATIONSHIP,
                2,
                Optional.of(KeyRelationshipLevel.CONTACTED),
                KeyRelationshipLevel.ACCEPTED,
                day(1)))
        .addEqualityGroup(
            new KeyRelationshipLevelChanged(
                RELATIONSHIP, 2, Optional.empty(), KeyRelationshipLevel.ACCEPTED, day(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new LevelSince(KeyRelationshipLevel.ACCEPTED, day(1)),
            new LevelSince(KeyRelationshipLevel.ACCEPTED, day(1)))
        .addEqualityGroup(new LevelSince(KeyRelationshipLevel.FAVOURABLE, day(1)))
        .addEqualityGroup(new LevelSince(KeyRelationshipLevel.ACCEPTED, day(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(opened(), opened())
        .addEqualityGroup(opened().assess(scores(3, 3, 3, 3, 3, 3), day(1)).state())
        .addEqualityGroup(opened().transfer(LI, day(1)).state())
        .addEqualityGroup(KeyRelationship.open(RELATIONSHIP, CUSTOMER, BUYER, WANG, day(0)).state())
        .testEquals();
  }

  @Test
  @DisplayName(
      "general and organisational relationship values are equal exactly when all parts are")
  void generalAndOrganisationalEquality() {
    CustomerDepartment finance = CustomerDepartment.of(DepartmentKind.FINANCE);
    new EqualsTester()
        .addEqualityGroup(
            PROCUREMENT, CustomerDepartment.of("procurement", DepartmentKind.PROCUREMENT))
        .addEqualityGroup(CustomerDepartment.of("procurement", DepartmentKind.OTHER))
        .addEqualityGroup(CustomerDepartment.of("Tendering", DepartmentKind.PROCUREMENT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DepartmentContact.of(BUYER, PROCUREMENT),
            new DepartmentContact(BUYER, PROCUREMENT, false))
        .addEqualityGroup(DepartmentContact.tomorrowsStar(BUYER, PROCUREMENT))
        .addEqualityGroup(DepartmentContact.of(CTO, PROCUREMENT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(general(), general())
        .addEqualityGroup(
            GeneralRelationship.builder().from(general()).assessment(Optional.empty()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            general().coverage(),
            new DepartmentCoverage(
                Set.of(PROCUREMENT),
                Set.of(finance),
                List.of(DepartmentContact.tomorrowsStar(BUYER, PROCUREMENT))))
        .addEqualityGroup(new DepartmentCoverage(Set.of(PROCUREMENT), Set.of(finance), List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            OrganisationalRelationship.of(
                CUSTOMER, ProcurementStep.ISSUE_TENDER, ProcurementStep.EVALUATE_RESULT),
            OrganisationalRelationship.of(
                CUSTOMER, ProcurementStep.EVALUATE_RESULT, ProcurementStep.ISSUE_TENDER))
        .addEqualityGroup(OrganisationalRelationship.of(CUSTOMER, ProcurementStep.ISSUE_TENDER))
        .testEquals();
  }

  @Test
  @DisplayName(
      "visibility values: profiles, cards and organisations by value; the card store by identity")
  void visibilityEquality() {
    new EqualsTester()
        .addEqualityGroup(profile(), profile())
        .addEqualityGroup(PersonalProfile.builder().from(profile()).position("CTO").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyDate.of("birthday", MonthDay.of(5, 17)), KeyDate.of("birthday", MonthDay.of(5, 17)))
        .addEqualityGroup(KeyDate.of("birthday", MonthDay.of(5, 18)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(card(CTO, WANG), card(CTO, WANG))
        .addEqualityGroup(card(CTO, LI))
        .addEqualityGroup(card(PersonId.of("P-CFO"), WANG))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(office(), office())
        .addEqualityGroup(Organisation.builder().member(WANG).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RelationshipCards.of(List.of(card(CTO, WANG))))
        .addEqualityGroup(RelationshipCards.of(List.of(card(CTO, WANG))))
        .testEquals();
  }
}
