package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.voice.VoiceFixtures.HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.ISSUE;
import static org.leadtocash.domain.voice.VoiceFixtures.OTHER_HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.accepted;
import static org.leadtocash.domain.voice.VoiceFixtures.closed;
import static org.leadtocash.domain.voice.VoiceFixtures.date;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.description;
import static org.leadtocash.domain.voice.VoiceFixtures.escalated;
import static org.leadtocash.domain.voice.VoiceFixtures.evaluated;
import static org.leadtocash.domain.voice.VoiceFixtures.handling;
import static org.leadtocash.domain.voice.VoiceFixtures.hour;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.threeten.extra.LocalDateRange;

class CustomerIssueTest {

  private static final IssueEvaluation SATISFIED =
      IssueEvaluation.of(IssueSatisfaction.SATISFIED, "fixed quickly");

  @Nested
  @DisplayName("D8.2 accept → handle → escalate (when needed) → close and evaluate")
  class Lifecycle {

    @Test
    @DisplayName("an issue escalated twice, closed at headquarters and evaluated by the customer")
    void wholeLifecycle() {
      Transition<CustomerIssue, IssueEvent> story =
          CustomerIssue.accept(ISSUE, description(IssueSeverity.SERIOUS), day(0))
              .then(i -> i.startHandling(HANDLER, day(1)))
              .then(
                  i -> i.escalate(OrganisationLevel.REGION, "the office has no engineers", day(2)))
              .then(i -> i.escalate(OrganisationLevel.HEADQUARTERS, "a product decision", day(4)))
              .then(i -> i.close("engineers flown in; schedule agreed", day(7)))
              .then(i -> i.evaluate(SATISFIED, day(9)));
      CustomerIssue issue = story.state();
      assertEquals(IssueStatus.EVALUATED, issue.status());
      assertEquals(6, issue.version());
      assertEquals(OrganisationLevel.HEADQUARTERS, issue.level());
      assertEquals(
          List.of(
              new Escalation(
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  OrganisationLevel.REGION,
                  "the office has no engineers",
                  day(2)),
              new Escalation(
                  OrganisationLevel.REGION,
                  OrganisationLevel.HEADQUARTERS,
                  "a product decision",
                  day(4))),
          issue.escalations());
      assertEquals(Optional.of(HANDLER), issue.handler());
      assertEquals(Optional.of(Duration.ofDays(7)), issue.timeToClose());
      assertEquals(Optional.of(SATISFIED), issue.evaluation());
      assertFalse(issue.isOpen());
      assertFalse(issue.isMajor(), "a serious issue is not major unless marked");
      assertEquals(issue, CustomerIssue.replay(story.events()));
    }

    @Test
    @DisplayName("the steps are told apart: accepted, handling, escalated, closed")
    void steps() {
      assertEquals(IssueStatus.ACCEPTED, accepted().status());
      assertEquals(OrganisationLevel.REPRESENTATIVE_OFFICE, accepted().level());
      assertEquals(Optional.empty(), accepted().handler());
      assertEquals(IssueStatus.HANDLING, handling().status());
      assertEquals(IssueStatus.ESCALATED, escalated().status());
      assertTrue(escalated().isEscalated());
      assertEquals(IssueStatus.CLOSED, closed().status());
      assertEquals(Optional.of("a dedicated site team was assigned"), closed().resolution());
      assertTrue(accepted().isOpen() && handling().isOpen() && escalated().isOpen());
    }

    @Test
    @DisplayName("escalation is optional: a handled issue is closed at the office")
    void closedWithoutEscalation() {
      CustomerIssue issue = handling().close("appointment kept", day(2)).state();
      assertEquals(IssueStatus.CLOSED, issue.status());
      assertEquals(OrganisationLevel.REPRESENTATIVE_OFFICE, issue.level());
      assertEquals(List.of(), issue.escalations());
    }

    @Test
    @DisplayName("an issue is handled before it is closed or escalated")
    void handledFirst() {
      assertRefused(
          IllegalTransitionException.class, "D8.2", accepted(), i -> i.close("done", day(1)));
      assertRefused(
          IllegalTransitionException.class,
          "D8.2",
          accepted(),
          i -> i.escalate(OrganisationLevel.REGION, "urgent", day(1)));
      IllegalTransitionException twice =
          assertRefused(
              IllegalTransitionException.class,
              "D8.2",
              handling(),
              i -> i.startHandling(OTHER_HANDLER, day(2)));
      assertTrue(
          twice.getMessage().startsWith("CustomerIssue IS-1 (HANDLING) refused 'startHandling'"),
          twice.getMessage());
    }

    @Test
    @DisplayName("only a closed issue is evaluated, and an evaluated issue accepts nothing more")
    void evaluation() {
      assertRefused(
          IllegalTransitionException.class,
          "D8.2",
          escalated(),
          i -> i.evaluate(SATISFIED, day(9)));
      CustomerIssue done = evaluated();
      List<Function<CustomerIssue, ?>> commands =
          List.of(
              i -> i.evaluate(SATISFIED, day(20)),
              i -> i.markMajor("late finding", day(20)),
              i -> i.close("again", day(20)),
              i -> i.escalate(OrganisationLevel.AREA, "again", day(20)),
              i -> i.startHandling(HANDLER, day(20)));
      for (Function<CustomerIssue, ?> command : commands) {
        IllegalTransitionException refusal =
            assertRefused(IllegalTransitionException.class, "D8.2", done, command);
        assertTrue(refusal.getMessage().contains("evaluated issue is done"), refusal.getMessage());
      }
    }

    @Test
    @DisplayName("a closed issue says it is closed and awaits only the customer's evaluation")
    void closedAwaitsEvaluation() {
      CustomerIssue closed = closed();
      List<Function<CustomerIssue, ?>> commands =
          List.of(
              i -> i.close("again", day(7)),
              i -> i.escalate(OrganisationLevel.HEADQUARTERS, "reopen", day(7)),
              i -> i.startHandling(HANDLER, day(7)));
      for (Function<CustomerIssue, ?> command : commands) {
        IllegalTransitionException refusal =
            assertRefused(IllegalTransitionException.class, "D8.2", closed, command);
        assertTrue(
            refusal.getMessage().contains("(CLOSED)")
                && refusal
                    .getMessage()
                    .contains("closed and awaits only the customer's evaluation"),
            refusal.getMessage());
      }
      assertTrue(closed.markMajor("found late", day(7)).state().isMajor(), "still flagged major");
      assertEquals(
          IssueStatus.EVALUATED, closed.evaluate(SATISFIED, day(7)).state().status(), "evaluated");
    }

    @Test
    @DisplayName("an escalation goes up, to a level above the one handling the issue")
    void escalationGoesUp() {
      RuleViolationException same =
          assertRefused(
              RuleViolationException.class,
              "D8.2",
              escalated(),
              i -> i.escalate(OrganisationLevel.REGION, "again", day(4)));
      assertTrue(
          same.getMessage().contains("handled at REGION, and REGION is not above it"),
          same.getMessage());
      assertRefused(
          RuleViolationException.class,
          "D8.2",
          handling(),
          i -> i.escalate(OrganisationLevel.REPRESENTATIVE_OFFICE, "sideways", day(2)));
      CustomerIssue top =
          escalated()
              .escalate(OrganisationLevel.HEADQUARTERS, "no decision at the region", day(4))
              .state();
      assertRefused(
          RuleViolationException.class,
          "D8.2",
          top,
          i -> i.escalate(OrganisationLevel.HEADQUARTERS, "nowhere higher", day(5)));
      CustomerIssue skipping =
          handling().escalate(OrganisationLevel.AREA, "the region is the problem", day(2)).state();
      assertEquals(OrganisationLevel.AREA, skipping.level(), "levels may be skipped upwards");
    }

    @Test
    @DisplayName("an issue's history runs forward in time")
    void timeRunsForward() {
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class,
              "D8.2",
              escalated(),
              i -> i.close("back-dated", day(2)));
      assertTrue(early.getMessage().contains("runs forward"), early.getMessage());
      assertEquals(IssueStatus.CLOSED, escalated().close("same moment", day(3)).state().status());
    }

    @Test
    @DisplayName("reasons and resolutions are stated")
    void reasonsAreStated() {
      assertThrows(IllegalArgumentException.class, () -> handling().close(" ", day(2)));
      assertThrows(
          IllegalArgumentException.class,
          () -> handling().escalate(OrganisationLevel.REGION, "", day(2)));
      assertThrows(IllegalArgumentException.class, () -> handling().markMajor(" ", day(2)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              IssueDescription.builder()
                  .from(description(IssueSeverity.NORMAL))
                  .summary("  ")
                  .build());
    }

    @Test
    @DisplayName("an escalated issue prints as one readable line")
    void readable() {
      assertEquals(
          "issue IS-1 (escalated, handled at the region) — CU-NORTH-MOBILE: Site engineers missed"
              + " three appointments (accepted 2026-01-05T09:00:00Z, handler E-SERVICE, 1"
              + " escalation)",
          escalated().toString());
      assertEquals(
          "representative office → region at 2026-01-08T09:00:00Z: the office cannot free"
              + " engineers",
          escalated().escalations().get(0).toString());
    }
  }

  @Nested
  @DisplayName("D8.2 major complaints are flagged")
  class MajorComplaints {

    @Test
    @DisplayName("a critical issue is a major complaint from its acceptance")
    void criticalAtAcceptance() {
      CustomerIssue critical = accepted(ISSUE, IssueSeverity.CRITICAL, day(0));
      assertTrue(critical.isMajor());
      assertEquals(Optional.of(day(0)), critical.majorSince());
      assertFalse(accepted(ISSUE, IssueSeverity.SERIOUS, day(0)).isMajor());
      assertTrue(critical.toString().contains(", major"), critical.toString());
    }

    @Test
    @DisplayName("any other issue is marked major once, with its reason, until it is evaluated")
    void markedMajor() {
      CustomerIssue marked =
          escalated().markMajor("the CEO called our region president", day(4)).state();
      assertTrue(marked.isMajor());
      assertEquals(Optional.of("the CEO called our region president"), marked.majorReason());
      assertEquals(IssueStatus.ESCALATED, marked.status(), "marking changes no step");
      RuleViolationException twice =
          assertRefused(
              RuleViolationException.class, "D8.2", marked, i -> i.markMajor("again", day(5)));
      assertTrue(twice.getMessage().contains("already a major complaint"), twice.getMessage());
      assertRefused(
          RuleViolationException.class,
          "D8.2",
          accepted(ISSUE, IssueSeverity.CRITICAL, day(0)),
          i -> i.markMajor("again", day(1)));
      assertTrue(closed().markMajor("found in the monthly review", day(7)).state().isMajor());
    }
  }

  @Nested
  @DisplayName("D8.2 monitoring: weekly at the office, monthly at region and headquarters")
  class Monitoring {

    private final CustomerIssue normal = accepted(IssueId.of("IS-1"), IssueSeverity.NORMAL, day(0));
    private final CustomerIssue critical =
        accepted(IssueId.of("IS-2"), IssueSeverity.CRITICAL, day(5));
    private final CustomerIssue regional =
        accepted(IssueId.of("IS-3"), IssueSeverity.SERIOUS, day(2))
            .startHandling(HANDLER, day(3))
            .then(i -> i.escalate(OrganisationLevel.REGION, "needs regional engineers", day(4)))
            .state();
    private final CustomerIssue closedSoon =
        accepted(IssueId.of("IS-4"), IssueSeverity.NORMAL, day(1))
            .startHandling(HANDLER, day(1))
            .then(i -> i.close("done", day(8)))
            .state();
    private final CustomerIssue oldAndClosed =
        accepted(IssueId.of("IS-5"), IssueSeverity.NORMAL, day(-20))
            .startHandling(HANDLER, day(-19))
            .then(i -> i.close("done", day(-12)))
            .then(
                i ->
                    i.evaluate(
                        IssueEvaluation.of(IssueSatisfaction.DISSATISFIED, "slow"), day(-11)))
            .state();
    private final List<CustomerIssue> issues =
        List.of(normal, critical, regional, closedSoon, oldAndClosed);
    private final IssueReview utc = IssueReview.in(ZoneOffset.UTC);

    @Test
    @DisplayName("the weekly review lists the open issues, major ones first, then by level and age")
    void weekly() {
      WeeklyIssueReview review = utc.weekly(issues, date(6));
      assertEquals(LocalDateRange.ofClosed(date(0), date(6)), review.period());
      assertEquals(List.of(critical, regional, normal, closedSoon), review.open());
      assertEquals(List.of(critical), review.major());
      assertEquals(List.of(regional), review.escalated());
      assertEquals(
          List.of(critical, regional, normal, closedSoon),
          review.acceptedThisWeek(),
          "accepted from day 0 to day 6");
      assertEquals(List.of(), review.closedThisWeek());
      WeeklyIssueReview next = utc.weekly(issues, date(13));
      assertEquals(List.of(closedSoon), next.closedThisWeek());
      assertEquals(List.of(critical, regional, normal), next.open());
      assertTrue(
          review
              .toString()
              .startsWith("Weekly issue review of the week to 2026-01-11: 4 open (1 major)"),
          review.toString());
      assertTrue(review.toString().contains("\n  1 day open: issue IS-2"), review.toString());
    }

    @Test
    @DisplayName("the monthly quality review counts what was accepted, escalated, closed and major")
    void monthly() {
      MonthlyIssueReview january = utc.monthly(issues, YearMonth.of(2026, 1));
      assertEquals(
          LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), january.period());
      assertEquals(List.of(critical, regional, normal, closedSoon), january.accepted());
      assertEquals(List.of(regional), january.escalated());
      assertEquals(List.of(closedSoon), january.closed());
      assertEquals(List.of(critical), january.major());
      assertEquals(List.of(critical, regional, normal), january.openAtMonthEnd());
      assertEquals(List.of(), january.dissatisfied());
      assertEquals(Map.of(closedSoon.id(), Duration.ofDays(7)), january.closureTimes());
      assertEquals(Optional.of(Duration.ofDays(7)), january.averageClosureTime());
      assertEquals(List.of(regional), january.escalatedTo(OrganisationLevel.REGION));
      assertEquals(List.of(), january.escalatedTo(OrganisationLevel.HEADQUARTERS));
      IllegalArgumentException notClosed =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new MonthlyIssueReview(
                      january.month(),
                      january.zone(),
                      List.of(),
                      List.of(),
                      List.of(normal),
                      List.of(),
                      List.of(),
                      List.of()),
              "a fuzz finding: an open issue listed as closed failed later, in closureTimes()");
      assertEquals(
          "a monthly review's closed issues are closed, and issue "
              + normal.id()
              + " is "
              + normal.status().label()
              + " (DOMAIN D8.2)",
          notClosed.getMessage());
      MonthlyIssueReview december = utc.monthly(issues, YearMonth.of(2025, 12));
      assertEquals(List.of(oldAndClosed), december.closed());
      assertEquals(List.of(oldAndClosed), december.dissatisfied());
      assertEquals(Optional.of(Duration.ofDays(8)), december.longestClosureTime());
      assertTrue(
          january
              .toString()
              .startsWith(
                  "Monthly issue quality review 2026-01: 4 accepted, 1 escalated, 1 closed in 168 h"
                      + " on average, 3 open at month end, 0 dissatisfied\n"
                      + "  major: issue IS-2"),
          january.toString());
    }

    @Test
    @DisplayName(
        "a monthly review lists only its month: escalations, major complaints and dissatisfied"
            + " evaluations of other months are left out (D8.2)")
    void monthlyListsOnlyItsMonth() {
      MonthlyIssueReview december = utc.monthly(issues, YearMonth.of(2025, 12));
      assertEquals(List.of(), december.escalated(), "IS-3 was escalated in January");
      assertEquals(List.of(), december.major(), "IS-2 was accepted in January");
      CustomerIssue criticalClosed =
          accepted(IssueId.of("IS-9"), IssueSeverity.CRITICAL, day(1))
              .startHandling(HANDLER, day(2))
              .then(i -> i.close("replaced the board", day(3)))
              .then(
                  i -> i.evaluate(IssueEvaluation.of(IssueSatisfaction.SATISFIED, "ok"), day(4)))
              .state();
      List<CustomerIssue> withIt = List.of(criticalClosed, oldAndClosed);
      MonthlyIssueReview january = utc.monthly(withIt, YearMonth.of(2026, 1));
      assertEquals(List.of(criticalClosed), january.major(), "closed during January");
      assertEquals(List.of(), january.dissatisfied(), "evaluated satisfied");
      assertEquals(List.of(), utc.monthly(withIt, YearMonth.of(2026, 2)).major(), "closed before");
    }

    @Test
    @DisplayName(
        "issues alike in weight, level and age are reviewed in the order of their ids (D8.2)")
    void reviewOrderIsTotal() {
      CustomerIssue second = accepted(IssueId.of("IS-12"), IssueSeverity.NORMAL, day(1));
      CustomerIssue first = accepted(IssueId.of("IS-11"), IssueSeverity.NORMAL, day(1));
      assertEquals(List.of(first, second), utc.weekly(List.of(second, first), date(2)).open());
    }

    @Test
    @DisplayName("a monthly review lists each issue once: two states of one issue are refused (D8.2)")
    void monthlyRefusesAnIssueTwice() {
      CustomerIssue closedLater =
          accepted(closedSoon.id(), IssueSeverity.NORMAL, day(1))
              .startHandling(HANDLER, day(2))
              .then(i -> i.close("done later", day(9)))
              .state();
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class,
              () -> utc.monthly(List.of(closedSoon, closedLater), YearMonth.of(2026, 1)));
      assertTrue(twice.getMessage().contains("issue IS-4 is there twice"), twice::getMessage);
      assertTrue(twice.getMessage().contains("(DOMAIN D8.2)"), twice::getMessage);
    }

    @Test
    @DisplayName("closure times average over the issues closed in the month; none gives no data")
    void closureTimes() {
      CustomerIssue quick =
          accepted(IssueId.of("IS-6"), IssueSeverity.NORMAL, hour(0))
              .startHandling(HANDLER, hour(1))
              .then(i -> i.close("done", hour(10)))
              .state();
      CustomerIssue slow =
          accepted(IssueId.of("IS-7"), IssueSeverity.NORMAL, hour(0))
              .startHandling(HANDLER, hour(1))
              .then(i -> i.close("done", hour(30)))
              .state();
      MonthlyIssueReview review = utc.monthly(List.of(quick, slow), YearMonth.of(2026, 1));
      assertEquals(Optional.of(Duration.ofHours(20)), review.averageClosureTime());
      assertEquals(Optional.of(Duration.ofHours(30)), review.longestClosureTime());
      MonthlyIssueReview empty = utc.monthly(List.of(quick, slow), YearMonth.of(2026, 3));
      assertEquals(Optional.empty(), empty.averageClosureTime());
      assertEquals(List.of(), empty.major());
    }

    @Test
    @DisplayName("a review's days are read in the time zone the host binds once")
    void timeZone() {
      CustomerIssue lateEvening =
          accepted(IssueId.of("IS-8"), IssueSeverity.NORMAL, Instant.parse("2026-01-31T20:00:00Z"));
      assertEquals(
          List.of(lateEvening),
          utc.monthly(List.of(lateEvening), YearMonth.of(2026, 1)).accepted());
      IssueReview shanghai = IssueReview.in(ZoneId.of("Asia/Shanghai"));
      assertEquals(
          List.of(lateEvening),
          shanghai.monthly(List.of(lateEvening), YearMonth.of(2026, 2)).accepted());
      assertEquals(
          List.of(lateEvening),
          shanghai.weekly(List.of(lateEvening), LocalDate.of(2026, 2, 1)).acceptedThisWeek(),
          "01:00 on 1 February in Shanghai");
      assertEquals(List.of(), utc.weekly(List.of(lateEvening), LocalDate.of(2026, 1, 30)).open());
      assertEquals(
          List.of(lateEvening), utc.weekly(List.of(lateEvening), LocalDate.of(2026, 1, 31)).open());
    }
  }
}
