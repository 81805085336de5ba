package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.opened;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.D0;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * A key relationship's history runs forward (DOMAIN D7.4): an assessment is dated neither before
 * the relationship was opened nor after the command recording it, compared without a time zone;
 * replay and a restored snapshot are held to the same. The relationship opens on day 0 ({@code D0},
 * 09:00 UTC).
 */
class KeyRelationshipDatesTest {

  private static KeyRelationshipAssessment on(LocalDate date) {
    return KeyRelationshipAssessment.builder()
        .from(scores(4, 4, 3, 3, 4, 3))
        .assessedOn(date)
        .build();
  }

  @Test
  @DisplayName("an assessment dated before the relationship was opened is refused (DOMAIN D7.4)")
  void assessmentBeforeOpening() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D7.4",
            opened(),
            r -> r.assess(on(D0.minusYears(3)), day(5)));
    assertTrue(
        refused
            .getMessage()
            .contains(
                "the assessment is made on "
                    + D0.minusYears(3)
                    + ", before the relationship was opened"),
        refused.getMessage());
    assertEquals(
        D0.minusDays(1),
        opened()
            .assess(on(D0.minusDays(1)), day(5))
            .state()
            .assessment()
            .orElseThrow()
            .assessedOn(),
        "opened at 09:00 UTC, the day before is still the opening's date at UTC-18:00");
  }

  @Test
  @DisplayName("an assessment recorded before it is made is refused (DOMAIN D7.4)")
  void assessmentInTheFuture() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D7.4",
            opened(),
            r -> r.assess(on(D0.plusDays(30)), day(5)));
    assertTrue(
        refused.getMessage().contains("a fact is recorded once it has happened"),
        refused.getMessage());
  }

  @Test
  @DisplayName("a stored assessment dated before the opening is rejected at replay (DOMAIN D7.4)")
  void replayedAssessmentBeforeOpening() {
    KeyRelationship assessed = opened().assess(on(D0), day(5)).state();
    List<KeyRelationshipEvent> history =
        new ArrayList<>(
            KeyRelationship.open(
                    RELATIONSHIP, assessed.customer(), assessed.person(), assessed.owner(), day(0))
                .events());
    history.add(
        new KeyRelationshipAssessed(
            RELATIONSHIP,
            2,
            on(D0.minusYears(3)),
            assessed.level().orElseThrow(),
            assessed.isTiedToOneEmployee(),
            day(5)));
    RejectedHistoryException rejected =
        assertThrows(RejectedHistoryException.class, () -> KeyRelationship.replay(history));
    assertEquals(RuleId.D7_4, rejected.rule(), rejected.getMessage());
    assertTrue(
        rejected.getMessage().contains("the assessment is made on " + D0.minusYears(3)),
        rejected.getMessage());
  }

  @Test
  @DisplayName(
      "a snapshot whose assessment is dated after its latest event is refused (DOMAIN D7.4)")
  void snapshotAssessmentAfterLatestEvent() {
    KeyRelationship assessed = opened().assess(on(D0.plusDays(5)), day(5)).state();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyRelationship.restore().from(assessed).assessment(on(D0.plusDays(40))).build());
    assertTrue(
        refused.getMessage().contains("assessment is made on " + D0.plusDays(40)),
        refused.getMessage());
    assertTrue(refused.getMessage().endsWith("(DOMAIN D7.4)"), refused.getMessage());
    assertEquals(assessed, KeyRelationship.restore().from(assessed).build());
  }
}
