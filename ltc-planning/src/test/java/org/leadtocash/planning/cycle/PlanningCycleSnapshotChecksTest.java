package org.leadtocash.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.cycle.PlanningCycleTest.DEVELOPMENT;
import static org.leadtocash.planning.cycle.PlanningCycleTest.IMPLEMENTATION;
import static org.leadtocash.planning.cycle.PlanningCycleTest.NORTH_MOBILE;
import static org.leadtocash.planning.cycle.PlanningCycleTest.OPENED;
import static org.leadtocash.planning.cycle.PlanningCycleTest.PORT;
import static org.leadtocash.planning.cycle.PlanningCycleTest.RAILWAYS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;

/**
 * A stored snapshot of the North planning cycle is as strict as the commands (DOMAIN D11.10, DESIGN
 * §2): each invariant of {@link PlanningCycle#restore()} is broken alone, on a state the commands
 * reached, and refused with a message naming the attribute and the rule.
 */
class PlanningCycleSnapshotChecksTest {

  /** 2 April 2027: North Mobile's first account review, three months into implementation. */
  private static final Instant APRIL = Instant.parse("2027-04-02T10:00:00Z");

  private static String refused(PlanningCycle.Restore snapshot) {
    return assertThrows(IllegalArgumentException.class, snapshot::build).getMessage();
  }

  private static PlanningCycle.Restore from(PlanningCycle state) {
    return PlanningCycle.restore().from(state);
  }

  /** Stage 2, version 7: prepared, development started on 8 September 2026. */
  private static PlanningCycle developing() {
    PlanningCycle prepared = PlanningCycleTest.prepared().cycle;
    return prepared.startDevelopment(DEVELOPMENT).state();
  }

  /** Stage 3, version 15: the eight steps completed in ten weeks. */
  private static PlanningCycle reviewing() {
    return PlanningCycleTest.developed(10).cycle;
  }

  /** Stage 4, version 29: implemented, and North Mobile's account reviewed on 2 April 2027. */
  private static PlanningCycle reviewed() {
    return PlanningCycleTest.implemented().cycle.reviewAccount(NORTH_MOBILE, APRIL).state();
  }

  @Test
  @DisplayName("D11.10: a cycle plans for at least one account, each once")
  void accounts() {
    PlanningCycle opened = PlanningCycleTest.opened().cycle;
    assertEquals(
        "planning cycle PC-2027-NORTH: accounts is empty; a cycle plans for at least one account"
            + " (DOMAIN D11.10)",
        refused(from(opened).accounts(List.of())));
    PlannedAccount north = opened.accounts().get(0);
    assertEquals(
        "planning cycle PC-2027-NORTH: accounts holds CU-NORTH-MOBILE twice; each account is"
            + " planned once (DOMAIN D11.10)",
        refused(from(opened).accounts(List.of(north, north))));
  }

  @Test
  @DisplayName("D11.10: a preparation item is recorded with its text, never blank")
  void blankPreparation() {
    PlanningCycle opened = PlanningCycleTest.opened().cycle;
    assertEquals(
        "planning cycle PC-2027-NORTH: preparation: the timetable is blank (DOMAIN D11.10)",
        refused(
            from(opened)
                .preparation(Map.of(PreparationItem.TIMETABLE, " "))
                .version(2)
                .lastEventAt(OPENED.plusSeconds(1))));
  }

  @Test
  @DisplayName(
      "D11.10: the plans are developed once all five items are prepared; before, items may lack")
  void preparationBeforeDevelopment() {
    PlanningCycle developing = developing();
    Map<PreparationItem, String> four = new EnumMap<>(developing.preparation());
    four.remove(PreparationItem.GUIDELINES);
    assertEquals(
        "planning cycle PC-2027-NORTH: preparation lacks [GUIDELINES], though the cycle is at"
            + " develop the plan; the plans are developed once all five items are recorded (DOMAIN"
            + " D11.10)",
        refused(from(developing).preparation(four)));
    PlanningCycle opened = PlanningCycleTest.opened().cycle;
    PlanningCycle partly = opened.prepare(PreparationItem.TIMETABLE, "by 30 Nov", OPENED).state();
    assertEquals(partly, from(partly).build());
  }

  @Test
  @DisplayName("D11.10: development has a start exactly from the second stage on")
  void developmentStart() {
    assertEquals(
        "planning cycle PC-2027-NORTH: developmentStartedAt is absent, though the cycle is at"
            + " develop the plan (DOMAIN D11.10)",
        refused(from(developing()).developmentStartedAt(Optional.empty())));
    assertEquals(
        "planning cycle PC-2027-NORTH: developmentStartedAt is present, though the cycle is at plan"
            + " and prepare (DOMAIN D11.10)",
        refused(from(PlanningCycleTest.prepared().cycle).developmentStartedAt(DEVELOPMENT)));
  }

  @Test
  @DisplayName(
      "D11.10: the eight steps are completed in order, none before development, all eight to"
          + " leave it")
  void completedSteps() {
    PlanningCycle reviewing = reviewing();
    List<CompletedStep> steps = reviewing.completedSteps();
    List<CompletedStep> nine = new ArrayList<>(steps);
    nine.add(steps.get(7));
    assertEquals(
        "planning cycle PC-2027-NORTH: completedSteps holds 9 steps, more than the 8 there are"
            + " (DOMAIN D11.10)",
        refused(from(reviewing).completedSteps(nine).version(16)));
    List<CompletedStep> swapped = new ArrayList<>(steps);
    swapped.set(2, new CompletedStep(steps.get(3).step(), steps.get(2).completedAt()));
    swapped.set(3, new CompletedStep(steps.get(2).step(), steps.get(3).completedAt()));
    assertEquals(
        "planning cycle PC-2027-NORTH: completedSteps: entry 3 is SET_DIRECTION, not"
            + " CONSOLIDATE_DATA; the steps are completed in order (DOMAIN D11.10)",
        refused(from(reviewing).completedSteps(swapped)));
    assertEquals(
        "planning cycle PC-2027-NORTH: completedSteps is not empty, though the cycle is at plan and"
            + " prepare (DOMAIN D11.10)",
        refused(
            from(PlanningCycleTest.prepared().cycle)
                .completedSteps(steps.subList(0, 1))
                .version(7)));
    assertEquals(
        "planning cycle PC-2027-NORTH: completedSteps holds 8 of 8 steps, though the cycle is at"
            + " develop the plan; the eighth step ends developing the plan (DOMAIN D11.10)",
        refused(from(developing()).completedSteps(steps).version(15)));
    assertEquals(
        "planning cycle PC-2027-NORTH: completedSteps holds 7 of 8 steps, though the cycle is at"
            + " review and adjust; the eighth step ends developing the plan (DOMAIN D11.10)",
        refused(from(reviewing).completedSteps(steps.subList(0, 7))));
  }

  @Test
  @DisplayName(
      "D11.10: review answers come from the third stage on, and implementation needs the review"
          + " passed")
  void reviewAnswers() {
    PlanningCycle answered = PlanningCycleTest.reviewed(false).cycle;
    assertEquals(
        "planning cycle PC-2027-NORTH: reviewAnswers is not empty, though the cycle is at develop"
            + " the plan (DOMAIN D11.10)",
        refused(from(developing()).reviewAnswers(answered.reviewAnswers()).version(30)));
    assertEquals(
        "planning cycle PC-2027-NORTH: reviewAnswers do not pass the review, though the plans are"
            + " implemented; open: does the return justify the resources? no, and not yet adjusted:"
            + " the railways' team costs more than it earns (DOMAIN D11.10)",
        refused(
            from(PlanningCycleTest.implemented().cycle).reviewAnswers(answered.reviewAnswers())));
  }

  @Test
  @DisplayName("D11.10: implementation has a start exactly in the fourth stage")
  void implementationStart() {
    assertEquals(
        "planning cycle PC-2027-NORTH: implementationStartedAt is absent, though the cycle is at"
            + " implement and monitor (DOMAIN D11.10)",
        refused(
            from(PlanningCycleTest.implemented().cycle).implementationStartedAt(Optional.empty())));
    assertEquals(
        "planning cycle PC-2027-NORTH: implementationStartedAt is present, though the cycle is at"
            + " review and adjust (DOMAIN D11.10)",
        refused(
            from(PlanningCycleTest.reviewed(true).cycle).implementationStartedAt(IMPLEMENTATION)));
  }

  @Test
  @DisplayName(
      "D11.10: reviews are held only in the fourth stage, and only those the accounts call for")
  void heldReviews() {
    PlanningCycle reviewed = reviewed();
    HeldReview north = reviewed.heldReviews().get(0);
    assertEquals(
        "planning cycle PC-2027-NORTH: heldReviews is not empty, though the cycle is at review and"
            + " adjust (DOMAIN D11.10)",
        refused(from(PlanningCycleTest.reviewed(true).cycle).heldReviews(List.of(north))));
    assertEquals(
        "planning cycle PC-2027-NORTH: heldReviews holds a review the accounts do not call for,"
            + " the account review of CU-PORT (DOMAIN D11.10)",
        refused(
            from(reviewed)
                .heldReviews(
                    List.of(new HeldReview(ReviewKind.ACCOUNT_REVIEW, Optional.of(PORT), APRIL)))));
    assertEquals(
        "planning cycle PC-2027-NORTH: heldReviews holds a review the accounts do not call for,"
            + " the account review of CU-ELSEWHERE (DOMAIN D11.10)",
        refused(
            from(reviewed)
                .heldReviews(
                    List.of(
                        new HeldReview(
                            ReviewKind.ACCOUNT_REVIEW,
                            Optional.of(CustomerId.of("CU-ELSEWHERE")),
                            APRIL)))));
    List<PlannedAccount> onlyNorth =
        List.of(new PlannedAccount(NORTH_MOBILE, AccountImportance.MOST_IMPORTANT));
    assertEquals(
        "planning cycle PC-2027-NORTH: heldReviews holds a review the accounts do not call for,"
            + " the collective review of the unimportant accounts (DOMAIN D11.10)",
        refused(
            from(reviewed)
                .accounts(onlyNorth)
                .heldReviews(
                    List.of(
                        new HeldReview(ReviewKind.COLLECTIVE_REVIEW, Optional.empty(), APRIL)))));
    List<PlannedAccount> onlyRailways =
        List.of(new PlannedAccount(RAILWAYS, AccountImportance.SECONDARY));
    assertEquals(
        "planning cycle PC-2027-NORTH: heldReviews holds a review the accounts do not call for,"
            + " the progress report on the most important accounts (DOMAIN D11.10)",
        refused(
            from(reviewed)
                .accounts(onlyRailways)
                .heldReviews(
                    List.of(new HeldReview(ReviewKind.PROGRESS_REPORT, Optional.empty(), APRIL)))));
    PlanningCycle railwaysReviewed =
        from(reviewed)
            .accounts(onlyRailways)
            .heldReviews(
                List.of(new HeldReview(ReviewKind.ACCOUNT_REVIEW, Optional.of(RAILWAYS), APRIL)))
            .build();
    assertEquals(Optional.of(RAILWAYS), railwaysReviewed.heldReviews().get(0).account());
  }

  @Test
  @DisplayName(
      "D11.10: the history runs forward: opened, development started, steps completed,"
          + " implementation started, reviews held, last event")
  void historyRunsForward() {
    PlanningCycle reviewed = reviewed();
    Instant firstStep = reviewed.completedSteps().get(0).completedAt();
    assertEquals(
        "planning cycle PC-2027-NORTH: 2026-09-16T09:00:00Z comes before 2026-09-16T09:00:01Z,"
            + " though the cycle's history runs forward: opened, development started, steps"
            + " completed, implementation started, reviews held, last event (DOMAIN D11.10)",
        refused(from(reviewed).developmentStartedAt(firstStep.plusSeconds(1))));
    List<CompletedStep> late = new ArrayList<>(reviewed.completedSteps());
    late.set(
        7,
        new CompletedStep(DevelopmentStep.KEEP_ACTION_PLANS_VALID, IMPLEMENTATION.plusSeconds(1)));
    assertEquals(
        "planning cycle PC-2027-NORTH: 2027-01-04T09:00:00Z comes before 2027-01-04T09:00:01Z,"
            + " though the cycle's history runs forward: opened, development started, steps"
            + " completed, implementation started, reviews held, last event (DOMAIN D11.10)",
        refused(from(reviewed).completedSteps(late)));
    assertEquals(
        "planning cycle PC-2027-NORTH: 2027-04-02T10:00:00Z comes before 2027-04-02T10:00:01Z,"
            + " though the cycle's history runs forward: opened, development started, steps"
            + " completed, implementation started, reviews held, last event (DOMAIN D11.10)",
        refused(from(reviewed).implementationStartedAt(APRIL.plusSeconds(1))));
    assertEquals(
        "planning cycle PC-2027-NORTH: 2027-04-02T10:00:00Z comes before 2027-04-03T10:00:00Z,"
            + " though the cycle's history runs forward: opened, development started, steps"
            + " completed, implementation started, reviews held, last event (DOMAIN D11.10)",
        refused(
            from(reviewed)
                .heldReviews(
                    List.of(
                        new HeldReview(
                            ReviewKind.ACCOUNT_REVIEW,
                            Optional.of(NORTH_MOBILE),
                            APRIL.plus(Duration.ofDays(1)))))));
    assertEquals(
        "planning cycle PC-2027-NORTH: 2026-09-08T09:00:00Z comes before 2026-09-08T09:00:01Z,"
            + " though the cycle's history runs forward: opened, development started, steps"
            + " completed, implementation started, reviews held, last event (DOMAIN D11.10)",
        refused(from(reviewed).openedAt(DEVELOPMENT.plusSeconds(1))));
  }

  @Test
  @DisplayName(
      "D11.10: the version counts at least the events the state records: one below is refused (1"
          + " opening + 5 items + 1 development start + 8 steps + 11 answers + 1 adjustment + 1"
          + " implementation start + 1 review held = 29)")
  void versionCountsEveryRecordedEvent() {
    PlanningCycle reviewed = reviewed();
    assertEquals(29, reviewed.version());
    assertEquals(
        "planning cycle PC-2027-NORTH: version is 28, less than 29, the events its state records"
            + " (DOMAIN D11.10)",
        refused(from(reviewed).version(28)));
  }

  @Test
  @DisplayName(
      "D11.10: at version 1 the opening is the only event, so the last event is the opening; from"
          + " version 2 on it may be later")
  void versionOneIsTheOpening() {
    PlanningCycle opened = PlanningCycleTest.opened().cycle;
    assertEquals(
        "planning cycle PC-2027-NORTH: lastEventAt 2026-09-01T09:00:01Z is not openedAt"
            + " 2026-09-01T09:00:00Z, though at version 1 the opening is its only event (DOMAIN"
            + " D11.10)",
        refused(from(opened).lastEventAt(OPENED.plusSeconds(1))));
    PlanningCycle one =
        opened.prepare(PreparationItem.TIMETABLE, "by 30 Nov", OPENED.plusSeconds(1)).state();
    assertEquals(2, one.version());
    assertEquals(OPENED.plusSeconds(1), from(one).build().lastEventAt());
  }

  @Test
  @DisplayName(
      "D11.10: a blank preparation text, review evidence or adjustment is refused by its command")
  void blankTextsRefusedByCommands() {
    PlanningCycle opened = PlanningCycleTest.opened().cycle;
    assertEquals(
        "the timetable is recorded with its content (DOMAIN D11.10)",
        assertThrows(
                IllegalArgumentException.class,
                () -> opened.prepare(PreparationItem.TIMETABLE, " ", OPENED))
            .getMessage());
    PlanningCycle reviewing = reviewing();
    Instant at = reviewing.lastEventAt();
    assertEquals(
        "a review answer gives the evidence it rests on (DOMAIN D11.10): are the opportunities and"
            + " customers that matter most to the company named?",
        assertThrows(
                IllegalArgumentException.class,
                () -> reviewing.answer(ReviewQuestion.PRIORITIES_NAMED, true, " ", at))
            .getMessage());
    PlanningCycle answered = PlanningCycleTest.reviewed(false).cycle;
    Instant later = answered.lastEventAt();
    assertEquals(
        "an adjustment of the plan says what was changed (DOMAIN D11.10): does the return justify"
            + " the resources?",
        assertThrows(
                IllegalArgumentException.class,
                () -> answered.adjust(ReviewQuestion.RETURN_JUSTIFIES_RESOURCES, " ", later))
            .getMessage());
  }
}
