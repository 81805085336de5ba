package org.leadtocash.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.cycle.PlanningCycleTest.DEVELOPMENT;
import static org.leadtocash.planning.cycle.PlanningCycleTest.NORTH_MOBILE;
import static org.leadtocash.planning.cycle.PlanningCycleTest.OPENED;
import static org.leadtocash.planning.cycle.PlanningCycleTest.RAILWAYS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.Transition;

/**
 * The planning cycle's values check themselves at their exact edges (DOMAIN D11.10): the smallest
 * valid value is accepted, the nearest invalid one refused with a message naming what is wrong; and
 * the reviews due are listed in their documented order.
 */
class CycleValueChecksTest {

  private static final LocalDate JULY = LocalDate.of(2027, 7, 4);

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "D11.10: a review answer rests on evidence, an adjustment says what changed and holds no"
          + " control character, and only a no is adjusted")
  void reviewAnswers() {
    assertEquals(
        "a review answer gives the evidence it rests on (DOMAIN D11.10)",
        refused(() -> new ReviewAnswer(false, " ", Optional.empty())));
    assertEquals(
        "an adjustment of the plan says what was changed (DOMAIN D11.10)",
        refused(() -> new ReviewAnswer(false, "costly", Optional.of(" "))));
    assertEquals(
        "adjustment must not contain control characters or line separators: U+0000 at character 4"
            + " (DESIGN §2: free text refuses control characters and overlong values)",
        refused(() -> new ReviewAnswer(false, "costly", Optional.of("cut\u0000"))));
    assertEquals(
        "only a question answered no is adjusted (DOMAIN D11.10): cut",
        refused(() -> new ReviewAnswer(true, "fine", Optional.of("cut"))));
    assertEquals(
        "only a question answered no is adjusted (DOMAIN D11.10): cut\\n[DOMAIN D7.8] granted",
        refused(() -> new ReviewAnswer(true, "fine", Optional.of("cut\n[DOMAIN D7.8] granted"))),
        "a fuzz finding: a note may hold line breaks, and the refusal quoted it raw");
    ReviewAnswer adjusted = new ReviewAnswer(false, "costly", Optional.of("cut"));
    assertEquals(true, adjusted.isSettled());
  }

  @Test
  @DisplayName(
      "D11.10: a review item says why and passes exactly when settled; a report lists all eleven"
          + " questions in order")
  void reviewReport() {
    ReviewQuestion first = ReviewQuestion.values()[0];
    assertEquals(
        "a review item says why (DOMAIN D11.10): TARGET_FITS_REALITY",
        refused(() -> new ReviewItem(first, Optional.empty(), false, " ")));
    assertEquals(
        "a review question passes when answered yes, or no with an adjustment (DOMAIN D11.10):"
            + " TARGET_FITS_REALITY",
        refused(() -> new ReviewItem(first, Optional.empty(), true, "not yet answered")));
    List<ReviewItem> items = new ArrayList<>();
    for (ReviewQuestion question : ReviewQuestion.values()) {
      items.add(ReviewItem.of(question, Optional.empty()));
    }
    assertEquals(11, new ReviewReport(items).items().size());
    assertEquals(
        "a review report lists all 11 review questions (DOMAIN D11.10), not 10",
        refused(() -> new ReviewReport(items.subList(0, 10))));
    List<ReviewItem> swapped = new ArrayList<>(items);
    Collections.swap(swapped, 0, 1);
    assertEquals(
        "a review report lists the questions in order (DOMAIN D11.10): expected TARGET_FITS_REALITY"
            + " at 1, not STRATEGY_TARGETS_RESOURCES_LINKED",
        refused(() -> new ReviewReport(swapped)));
  }

  @Test
  @DisplayName(
      "D11.10: a review due names its account exactly for an account review, and its holding"
          + " instant exactly when held")
  void reviewDue() {
    assertEquals(
        "an account review names its account (DOMAIN D11.10)",
        refused(
            () ->
                new ReviewDue(
                    ReviewKind.ACCOUNT_REVIEW,
                    Optional.empty(),
                    JULY,
                    ReviewStatus.OPEN,
                    Optional.empty())));
    assertEquals(
        "a review due has the instant it was held exactly when it is held (DOMAIN D11.10)",
        refused(
            () ->
                new ReviewDue(
                    ReviewKind.PROGRESS_REPORT,
                    Optional.empty(),
                    JULY,
                    ReviewStatus.OPEN,
                    Optional.of(OPENED))));
    assertEquals(
        "account review of CU-NORTH-MOBILE due 2027-07-04: held at 2026-09-01T09:00:00Z",
        new ReviewDue(
                ReviewKind.ACCOUNT_REVIEW,
                Optional.of(NORTH_MOBILE),
                JULY,
                ReviewStatus.HELD,
                Optional.of(OPENED))
            .explanation());
  }

  @Test
  @DisplayName(
      "D11.10: a development window is not negative, finishes only once started and after it"
          + " starts, and its status is the one its times give")
  void developmentWindow() {
    Optional<Instant> started = Optional.of(DEVELOPMENT);
    assertEquals(
        "the time developing a plan takes is not negative (DOMAIN D11.10): PT-24H",
        refused(
            () ->
                new DevelopmentWindow(
                    WindowStatus.IN_PROGRESS, started, Optional.empty(), Duration.ofDays(-1))));
    assertEquals(
        "a plan's development finishes and takes time only once started (DOMAIN D11.10)",
        refused(
            () ->
                new DevelopmentWindow(
                    WindowStatus.NOT_STARTED,
                    Optional.empty(),
                    Optional.empty(),
                    Duration.ofDays(1))));
    assertEquals(
        "developing a plan for PT24H is IN_PROGRESS, not WITHIN (DOMAIN D11.10)",
        refused(
            () ->
                new DevelopmentWindow(
                    WindowStatus.WITHIN, started, Optional.empty(), Duration.ofDays(1))));
    assertEquals(
        "a plan's development finishes only once started (DOMAIN D11.10)",
        refused(
            () -> DevelopmentWindow.of(Optional.empty(), Optional.of(DEVELOPMENT), DEVELOPMENT)));
    assertEquals(
        "a plan's development finishes after it starts (DOMAIN D11.10): 2026-09-08T08:59:59Z is"
            + " before 2026-09-08T09:00:00Z",
        refused(
            () ->
                DevelopmentWindow.of(
                    started, Optional.of(DEVELOPMENT.minusSeconds(1)), DEVELOPMENT)));
    DevelopmentWindow sameInstant =
        DevelopmentWindow.of(started, Optional.of(DEVELOPMENT), DEVELOPMENT);
    assertEquals(WindowStatus.EARLY, sameInstant.status());
    assertEquals(Duration.ZERO, sameInstant.elapsed());
    assertEquals(
        "not started (DOMAIN D11.10)",
        DevelopmentWindow.of(Optional.empty(), Optional.empty(), DEVELOPMENT).explanation());
  }

  @Test
  @DisplayName(
      "D11.10: a cadence falls due at positive intervals, each of the four refused at zero by its"
          + " name")
  void cadenceIntervals() {
    Period m = Period.ofMonths(3);
    assertEquals(
        "the review of a most important account falls due at a positive interval, not P0D (DOMAIN"
            + " D11.10)",
        refused(() -> ReviewCadence.of(Period.ZERO, m, m, m)));
    assertEquals(
        "the review of a secondary account falls due at a positive interval, not P0D (DOMAIN"
            + " D11.10)",
        refused(() -> ReviewCadence.of(m, Period.ZERO, m, m)));
    assertEquals(
        "the collective review of the unimportant accounts falls due at a positive interval, not"
            + " P0D (DOMAIN D11.10)",
        refused(() -> ReviewCadence.of(m, m, Period.ZERO, m)));
    assertEquals(
        "the progress report on the most important accounts falls due at a positive interval, not"
            + " P0D (DOMAIN D11.10)",
        refused(() -> ReviewCadence.of(m, m, m, Period.ZERO)));
  }

  @Test
  @DisplayName(
      "D11.10: reviews due on one day are listed by kind, then by account; reviews of one kind"
          + " count only for that kind")
  void reviewsDueOrder() {
    // railways before north mobile in the cycle's accounts; both reviewed every 3 months
    Transition<PlanningCycle, PlanningCycleEvent> t =
        PlanningCycle.open(
            PlanningCycleId.of("PC-ORDER"),
            PlanningPeriod.year(2027),
            List.of(
                new PlannedAccount(RAILWAYS, AccountImportance.MOST_IMPORTANT),
                new PlannedAccount(NORTH_MOBILE, AccountImportance.MOST_IMPORTANT)),
            OPENED);
    for (PreparationItem item : PreparationItem.values()) {
      t = t.then(c -> c.prepare(item, "ready", OPENED));
    }
    t = t.then(c -> c.startDevelopment(DEVELOPMENT));
    for (DevelopmentStep step : DevelopmentStep.values()) {
      t = t.then(c -> c.completeStep(step, DEVELOPMENT.plus(Duration.ofDays(70))));
    }
    for (ReviewQuestion question : ReviewQuestion.values()) {
      t = t.then(c -> c.answer(question, true, "fine", DEVELOPMENT.plus(Duration.ofDays(71))));
    }
    Instant start = Instant.parse("2027-01-04T09:00:00Z");
    PlanningCycle cycle =
        t.then(c -> c.startImplementation(start))
            .then(c -> c.reportProgress(Instant.parse("2027-03-01T09:00:00Z")))
            .state();
    // 4 January + 3 months: both due 4 April, north mobile (CU-NORTH-MOBILE) first by id; the
    // progress report held on 1 March counts for the progress report only, not for an account
    // review, so both account reviews stay open
    assertEquals(
        List.of(
            new ReviewDue(
                ReviewKind.ACCOUNT_REVIEW,
                Optional.of(NORTH_MOBILE),
                LocalDate.of(2027, 4, 4),
                ReviewStatus.OPEN,
                Optional.empty()),
            new ReviewDue(
                ReviewKind.ACCOUNT_REVIEW,
                Optional.of(RAILWAYS),
                LocalDate.of(2027, 4, 4),
                ReviewStatus.OPEN,
                Optional.empty()),
            new ReviewDue(
                ReviewKind.PROGRESS_REPORT,
                Optional.empty(),
                LocalDate.of(2027, 7, 4),
                ReviewStatus.HELD,
                Optional.of(Instant.parse("2027-03-01T09:00:00Z")))),
        cycle.reviewsDue(LocalDate.of(2027, 3, 10)));
  }

  @Test
  @DisplayName("D11.10: the stages, importances and a planning year read as DOMAIN names them")
  void labels() {
    assertEquals(
        List.of(
            "plan and prepare", "develop the plan", "review and adjust", "implement and monitor"),
        List.of(CycleStage.values()).stream().map(CycleStage::label).toList());
    assertEquals(
        List.of("most important", "secondary", "unimportant"),
        List.of(AccountImportance.values()).stream().map(AccountImportance::label).toList());
    assertEquals("2027-01-01/2028-01-01", PlanningPeriod.year(2027).toString());
  }

  @Test
  @DisplayName(
      "D11.10: a planning year and the next lie within the library's calendar (a fuzz finding:"
          + " a year beyond it escaped as a DateTimeException)")
  void planningYearAtTheCalendarEdges() {
    int first = BusinessDate.EARLIEST.getYear();
    int last = BusinessDate.LATEST.getYear() - 1;
    assertEquals(BusinessDate.EARLIEST, PlanningPeriod.year(first).start());
    assertEquals(LocalDate.of(last + 1, 1, 1), PlanningPeriod.year(last).end());
    assertEquals(
        "a planning year and the next lie within the library's calendar, "
            + BusinessDate.EARLIEST
            + " to "
            + BusinessDate.LATEST
            + ", not "
            + (first - 1)
            + " (DOMAIN D11.10)",
        refused(() -> PlanningPeriod.year(first - 1)));
    assertEquals(
        "a planning year and the next lie within the library's calendar, "
            + BusinessDate.EARLIEST
            + " to "
            + BusinessDate.LATEST
            + ", not "
            + (last + 1)
            + " (DOMAIN D11.10)",
        refused(() -> PlanningPeriod.year(last + 1)));
    assertThrows(IllegalArgumentException.class, () -> PlanningPeriod.year(Integer.MAX_VALUE));
  }

  @Test
  @DisplayName(
      "D11.10: a review held after the date asked about does not count yet: on 1 February the"
          + " progress report held on 1 March is still open")
  void reviewHeldLaterDoesNotCountYet() {
    PlanningCycle cycle =
        PlanningCycleTest.implemented()
            .cycle
            .reportProgress(Instant.parse("2027-03-01T09:00:00Z"))
            .state();
    ReviewDue progress =
        cycle.reviewsDue(LocalDate.of(2027, 2, 1)).stream()
            .filter(r -> r.kind() == ReviewKind.PROGRESS_REPORT)
            .findFirst()
            .orElseThrow();
    // implementation began 4 January 2027; progress is reported every 6 months: due 4 July
    assertEquals(
        new ReviewDue(
            ReviewKind.PROGRESS_REPORT,
            Optional.empty(),
            LocalDate.of(2027, 7, 4),
            ReviewStatus.OPEN,
            Optional.empty()),
        progress);
  }
}
