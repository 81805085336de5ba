package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.testing.PersonalData;

/**
 * Key relationships, assessments, profiles and an organisation for the tests of relationship levels
 * and visibility (DOMAIN D7.4-D7.8).
 *
 * <p>The organisation: {@link #CHEN} heads the office; {@link #WANG} and {@link #LI} report to her
 * and are peers; {@link #ZHAO} reports to {@link #WANG}; {@link #SUN} is not in the organisation.
 */
final class RelationshipLevelsFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId BUYER = PersonId.of("P-BUYER");
  static final KeyRelationshipId RELATIONSHIP = KeyRelationshipId.of("KR-1");

  static final EmployeeId CHEN = EmployeeId.of("E-CHEN");
  static final EmployeeId WANG = EmployeeId.of("E-WANG");
  static final EmployeeId LI = EmployeeId.of("E-LI");
  static final EmployeeId ZHAO = EmployeeId.of("E-ZHAO");
  static final EmployeeId SUN = EmployeeId.of("E-SUN");

  /** Words that appear only in the sensitive parts of a card, to look for in printed text. */
  static final List<String> SECRETS = PersonalData.SECRETS;

  private RelationshipLevelsFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /**
   * Returns an assessment by {@link #WANG} with the scores in the order of {@link
   * KeyRelationshipDimension}: acceptance, participation, information sharing, guidance, project
   * support, competitive attitude.
   */
  static KeyRelationshipAssessment scores(int... scores) {
    KeyRelationshipAssessment.Builder builder =
        KeyRelationshipAssessment.builder().assessor(WANG).assessedOn(D0);
    KeyRelationshipDimension[] dimensions = KeyRelationshipDimension.values();
    for (int i = 0; i < scores.length; i++) {
      builder.score(dimensions[i], scores[i]);
    }
    return builder.build();
  }

  /**
   * Returns an assessment by {@link #WANG} with the scores in the order of {@link
   * GeneralRelationshipDimension}.
   */
  static GeneralRelationshipAssessment generalScores(int... scores) {
    GeneralRelationshipAssessment.Builder builder =
        GeneralRelationshipAssessment.builder().assessor(WANG).assessedOn(D0);
    GeneralRelationshipDimension[] dimensions = GeneralRelationshipDimension.values();
    for (int i = 0; i < scores.length; i++) {
      builder.score(dimensions[i], scores[i]);
    }
    return builder.build();
  }

  /** The relationship with the customer's CTO, held by {@link #WANG}, opened on day 0. */
  static KeyRelationship opened() {
    return KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0)).state();
  }

  /** {@link #CHEN} above {@link #WANG} and {@link #LI}; {@link #ZHAO} below {@link #WANG}. */
  static Organisation office() {
    return Organisation.builder()
        .member(CHEN)
        .member(WANG, CHEN)
        .member(LI, CHEN)
        .member(ZHAO, WANG)
        .build();
  }

  /** A profile made only of {@link #SECRETS}. */
  static PersonalProfile profile() {
    return PersonalData.profile();
  }

  /** The card of a person's relationship held by an owner, with a note from {@link #SECRETS}. */
  static RelationshipCard card(PersonId person, EmployeeId owner) {
    return PersonalData.card(CUSTOMER, person, owner);
  }
}
