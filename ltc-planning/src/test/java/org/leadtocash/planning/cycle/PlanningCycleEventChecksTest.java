package org.leadtocash.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.cycle.PlanningCycleTest.ACCOUNTS;
import static org.leadtocash.planning.cycle.PlanningCycleTest.ID;
import static org.leadtocash.planning.cycle.PlanningCycleTest.NORTH_MOBILE;
import static org.leadtocash.planning.cycle.PlanningCycleTest.OPENED;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The planning cycle's events check what they carry (DOMAIN D11.10, DESIGN §2): each records the
 * version it produced, 1 or more, and its texts are never blank, so a stored history with a broken
 * event is refused when it is read.
 */
class PlanningCycleEventChecksTest {

  private static final String VERSION_ZERO =
      "an event carries the aggregate version it produced, 1 or more, not 0";

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("D11.10: every event of the cycle is version 1 or more; 0 is refused")
  void versionZero() {
    PlanningPeriod year = PlanningPeriod.year(2027);
    ReviewQuestion question = ReviewQuestion.PRIORITIES_NAMED;
    assertEquals(1, new PlanningCycleOpened(ID, 1, year, ACCOUNTS, OPENED).version());
    assertEquals(
        VERSION_ZERO, refused(() -> new PlanningCycleOpened(ID, 0, year, ACCOUNTS, OPENED)));
    assertEquals(
        VERSION_ZERO,
        refused(() -> new PreparationRecorded(ID, 0, PreparationItem.TIMETABLE, "Nov", OPENED)));
    assertEquals(VERSION_ZERO, refused(() -> new DevelopmentStarted(ID, 0, OPENED)));
    assertEquals(
        VERSION_ZERO,
        refused(
            () ->
                new DevelopmentStepCompleted(
                    ID, 0, DevelopmentStep.GATHER_INITIAL_INFORMATION, OPENED)));
    assertEquals(
        VERSION_ZERO,
        refused(() -> new ReviewQuestionAnswered(ID, 0, question, true, "checked", OPENED)));
    assertEquals(VERSION_ZERO, refused(() -> new PlanAdjusted(ID, 0, question, "cut", OPENED)));
    assertEquals(VERSION_ZERO, refused(() -> new ImplementationStarted(ID, 0, OPENED)));
    assertEquals(
        VERSION_ZERO,
        refused(
            () ->
                new ReviewHeld(
                    ID, 0, ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH_MOBILE), OPENED)));
  }

  @Test
  @DisplayName(
      "D11.10: a stored preparation, answer or adjustment has its text, and an account review"
          + " names its account")
  void textsAndAccounts() {
    ReviewQuestion question = ReviewQuestion.PRIORITIES_NAMED;
    assertEquals(
        "PreparationRecorded: the content is not blank (DOMAIN D11.10)",
        refused(() -> new PreparationRecorded(ID, 2, PreparationItem.TIMETABLE, " ", OPENED)));
    assertEquals(
        "ReviewQuestionAnswered: the evidence is not blank (DOMAIN D11.10)",
        refused(() -> new ReviewQuestionAnswered(ID, 2, question, true, " ", OPENED)));
    assertEquals(
        "PlanAdjusted: the adjustment is not blank (DOMAIN D11.10)",
        refused(() -> new PlanAdjusted(ID, 2, question, " ", OPENED)));
    assertEquals(
        "an account review names its account (DOMAIN D11.10)",
        refused(() -> new ReviewHeld(ID, 2, ReviewKind.ACCOUNT_REVIEW, Optional.empty(), OPENED)));
    assertEquals(
        "the collective review of the unimportant accounts names no account (DOMAIN D11.10)",
        refused(
            () ->
                new ReviewHeld(
                    ID, 2, ReviewKind.COLLECTIVE_REVIEW, Optional.of(NORTH_MOBILE), OPENED)));
    assertEquals(
        "the progress report on the most important accounts names no account (DOMAIN"
            + " D11.10)",
        refused(
            () -> new HeldReview(ReviewKind.PROGRESS_REPORT, Optional.of(NORTH_MOBILE), OPENED)));
  }
}
