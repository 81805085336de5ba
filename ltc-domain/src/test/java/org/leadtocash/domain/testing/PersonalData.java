package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.KeyDate;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.domain.relationship.KeyRelationshipDimension;
import org.leadtocash.domain.relationship.KeyRelationshipId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipCard;

/**
 * Personal data that must never be printed (DOMAIN D7.8): a profile and cards made only of marked
 * secrets, and the assertion that a text shows none of them.
 */
public final class PersonalData {

  /** The secrets: a position, needs, an interest, a key date and a note, each unmistakable. */
  public static final List<String> SECRETS =
      List.of(
          "Vice-president designate",
          "wants the group CTO post",
          "daughter's school place",
          "recognition for the 5G launch",
          "deep-sea fishing",
          "wedding anniversary",
          "met his wife at our 2019 forum");

  private PersonalData() {}

  /** {@return a profile made only of {@link #SECRETS}} */
  public static PersonalProfile profile() {
    return PersonalProfile.builder()
        .position(SECRETS.get(0))
        .addCareerNeed(SECRETS.get(1))
        .putNeed(MaslowLevel.SAFETY, SECRETS.get(2))
        .putNeed(MaslowLevel.ESTEEM, SECRETS.get(3))
        .addInterest(SECRETS.get(4))
        .addKeyDate(KeyDate.of(SECRETS.get(5), MonthDay.of(Month.MAY, 17)))
        .build();
  }

  /**
   * Returns the card of a person's relationship held by an owner: the secret profile and a note
   * from {@link #SECRETS}.
   *
   * @param customer the person's customer
   * @param person the person
   * @param owner who holds the relationship
   * @return the card
   */
  public static RelationshipCard card(CustomerId customer, PersonId person, EmployeeId owner) {
    return RelationshipCard.of(
        relationship(customer, person, owner), profile(), List.of(SECRETS.get(6)));
  }

  /**
   * Returns the key relationship {@code KR-<person>} with a person, opened by its holder on
   * 2026-01-05 and assessed {@link KeyRelationshipLevel#FAVOURABLE favourable} (D7.4) on
   * 2026-01-06.
   *
   * @param customer the person's customer
   * @param person the person
   * @param owner who holds the relationship
   * @return the relationship, at version 3
   */
  public static KeyRelationship relationship(
      CustomerId customer, PersonId person, EmployeeId owner) {
    KeyRelationshipAssessment.Builder scores =
        KeyRelationshipAssessment.builder().assessor(owner).assessedOn(LocalDate.of(2026, 1, 6));
    for (KeyRelationshipDimension dimension : KeyRelationshipDimension.values()) {
      scores.score(dimension, dimension == KeyRelationshipDimension.COMPETITIVE_ATTITUDE ? 2 : 4);
    }
    return KeyRelationship.open(
            KeyRelationshipId.of("KR-" + person.value()),
            customer,
            person,
            owner,
            Instant.parse("2026-01-05T09:00:00Z"))
        .then(r -> r.assess(scores.build(), Instant.parse("2026-01-06T09:00:00Z")))
        .state();
  }

  /**
   * Asserts that a text shows none of the {@link #SECRETS}.
   *
   * @param text a message, a {@code toString()}, a log record
   */
  public static void assertNoSecretIn(String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), () -> "personal data printed: " + text);
    }
  }
}
