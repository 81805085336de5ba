package org.leadtocash.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.activity.ActivityFixtures.BUYER;
import static org.leadtocash.domain.activity.ActivityFixtures.CFO;
import static org.leadtocash.domain.activity.ActivityFixtures.CORE;
import static org.leadtocash.domain.activity.ActivityFixtures.CTO;
import static org.leadtocash.domain.activity.ActivityFixtures.CUSTOMER;
import static org.leadtocash.domain.activity.ActivityFixtures.OTHER_CUSTOMER;
import static org.leadtocash.domain.activity.ActivityFixtures.RADIO;
import static org.leadtocash.domain.activity.ActivityFixtures.SIGNING;
import static org.leadtocash.domain.activity.ActivityFixtures.SR;
import static org.leadtocash.domain.activity.ActivityFixtures.activity;
import static org.leadtocash.domain.activity.ActivityFixtures.activityBuilder;
import static org.leadtocash.domain.activity.ActivityFixtures.assertRefused;
import static org.leadtocash.domain.activity.ActivityFixtures.core;
import static org.leadtocash.domain.activity.ActivityFixtures.date;
import static org.leadtocash.domain.activity.ActivityFixtures.day;
import static org.leadtocash.domain.activity.ActivityFixtures.days;
import static org.leadtocash.domain.activity.ActivityFixtures.emptyPlan;
import static org.leadtocash.domain.activity.ActivityFixtures.planOf;
import static org.leadtocash.domain.activity.ActivityFixtures.profile;
import static org.leadtocash.domain.activity.ActivityFixtures.radio;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.testing.Opportunities;
import org.threeten.extra.LocalDateRange;

class ContactActivityTest {

  @Nested
  @DisplayName("D7.9 the 12 + 1")
  class TwelvePlusOne {

    @Test
    @DisplayName("twelve contact scenes in the sources' order, plus one type of joint work")
    void twelvePlusOne() {
      ActivityType[] types = ActivityType.values();
      assertEquals(13, types.length);
      assertEquals(12, Arrays.stream(types).filter(t -> !t.isJointWork()).count(), "twelve scenes");
      assertEquals(ActivityType.COMPANY_VISIT, types[0]);
      assertEquals(ActivityType.SPONSOR_MEETING, types[5]);
      assertEquals(ActivityType.DAILY_VISIT, types[11]);
      assertTrue(types[12].isJointWork(), "the +1 comes last");
      assertEquals("showcase-site visit", ActivityType.SHOWCASE_SITE_VISIT.label());
      assertEquals(4, CooperationForm.values().length, "the +1 has four forms");
    }

    @Test
    @DisplayName("a joint-work activity states its form; a contact scene has none")
    void formOfJointWork() {
      ContactActivity joint =
          activityBuilder("A-1", ActivityType.TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION, 5, CTO)
              .form(CooperationForm.JOINT_BRAND)
              .build();
      assertEquals(Optional.of(CooperationForm.JOINT_BRAND), joint.form());
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class,
              () -> ContactActivity.builder().from(joint).form(Optional.empty()).build());
      assertTrue(missing.getMessage().contains("DOMAIN D7.9"), missing.getMessage());
      IllegalArgumentException extra =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  activityBuilder("A-2", ActivityType.DINNER, 5, CTO)
                      .form(CooperationForm.JOINT_BRAND)
                      .build());
      assertTrue(extra.getMessage().contains("only the +1 type"), extra.getMessage());
    }

    @Test
    @DisplayName("an activity meets someone, involves us, has a purpose and takes at least a day")
    void wellFormed() {
      ContactActivity visit =
          activityBuilder("A-1", ActivityType.SHOWCASE_SITE_VISIT, 5, CTO, CFO)
              .dates(days(5, 7))
              .build();
      assertEquals(LocalDateRange.of(date(5), date(8)), visit.dates(), "end exclusive");
      assertEquals(3, visit.dates().lengthInDays());
      assertTrue(visit.meets(CFO));
      assertFalse(visit.meets(BUYER));
      assertEquals(1, activity("A-2", ActivityType.DINNER, 5, CTO).dates().lengthInDays());
      assertThrows(
          IllegalArgumentException.class,
          () -> activityBuilder("A-3", ActivityType.DINNER, 5).build(),
          "no customer person met");
      assertThrows(
          IllegalArgumentException.class,
          () ->
              activityBuilder("A-4", ActivityType.DINNER, 5, CTO)
                  .dates(LocalDateRange.of(date(5), date(5)))
                  .build(),
          "no day at all");
      assertThrows(
          IllegalArgumentException.class,
          () -> activityBuilder("A-5", ActivityType.DINNER, 5, CTO).purpose(" ").build(),
          "blank purpose");
      assertThrows(
          IllegalArgumentException.class,
          () -> ContactActivity.builder().from(visit).staff(List.of()).build(),
          "none of our people");
    }

    @Test
    @DisplayName(
        "a one-day activity on the first or last day a date can hold is refused by name, not with"
            + " a DateTimeException, as the builders' fuzzing found (DOMAIN D11.3), and so are days"
            + " outside the library's calendar, whose weeks cannot be counted (DOMAIN D7.9)")
    void extremeDay() {
      for (LocalDate day : List.of(LocalDate.MIN, LocalDate.MAX)) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> activityBuilder("A-6", ActivityType.DINNER, 5, CTO).on(day));
        assertTrue(e.getMessage().startsWith("day is " + day), e.getMessage());
        assertTrue(e.getMessage().endsWith("(DOMAIN D11.3)"), e.getMessage());
      }
      assertEquals(
          1,
          activityBuilder("A-7", ActivityType.DINNER, 5, CTO)
              .on(BusinessDate.EARLIEST)
              .build()
              .dates()
              .lengthInDays(),
          "the first day of the library's calendar is still a day");
      IllegalArgumentException early =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  activityBuilder("A-8", ActivityType.DINNER, 5, CTO)
                      .dates(
                          LocalDateRange.ofClosed(
                              LocalDate.MIN.plusDays(1), LocalDate.MIN.plusDays(2)))
                      .build());
      assertTrue(
          early.getMessage().startsWith("dates' first day is -999999999-01-02"),
          early.getMessage());
      assertTrue(early.getMessage().endsWith("(DOMAIN D7.9)"), early.getMessage());
    }
  }

  @Nested
  @DisplayName("D7.9 every activity fits the schedule of the project it supports")
  class Schedule {

    @Test
    @DisplayName("the schedule runs from the opening day to the expected signing date")
    void scheduleOfAForecastOpportunity() {
      ProjectSchedule schedule = ProjectSchedule.of(core(), ZoneOffset.UTC);
      assertEquals(
          new ProjectSchedule(
              CORE, CUSTOMER, OpportunityStatus.OPEN, false, date(0), Optional.of(SIGNING)),
          schedule);
      assertTrue(schedule.fits(LocalDateRange.ofClosed(date(0), SIGNING)), "both ends included");
      assertFalse(schedule.fits(days(-1, 3)));
      assertFalse(schedule.fits(days(119, 121)));
      assertThrows(
          IllegalArgumentException.class, () -> schedule.fits(LocalDateRange.of(date(3), date(3))));
      assertEquals("OP-CORE open from 2026-01-05 to 2026-05-05", schedule.toString());
    }

    @Test
    @DisplayName("without a signing date the schedule is open-ended")
    void openEnded() {
      ProjectSchedule schedule = ProjectSchedule.of(radio(), ZoneOffset.UTC);
      assertEquals(Optional.empty(), schedule.closesOn());
      ContactActivity farAhead =
          activityBuilder("A-1", ActivityType.EXECUTIVE_SUMMIT, 900, CTO)
              .opportunity(RADIO)
              .build();
      assertEquals(List.of(farAhead), emptyPlan().plan(farAhead, radio()).activities());
      assertTrue(schedule.toString().endsWith("open-ended"), schedule.toString());
    }

    @Test
    @DisplayName(
        "an open opportunity has not ended, and a lost one has: a schedule that says otherwise is"
            + " refused (D3.5)")
    void endedMatchesTheStatus() {
      IllegalArgumentException open =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ProjectSchedule(
                      CORE, CUSTOMER, OpportunityStatus.OPEN, true, date(0), Optional.empty()));
      assertEquals("an opportunity open has not ended (DOMAIN D3.5)", open.getMessage());
      IllegalArgumentException lost =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ProjectSchedule(
                      CORE, CUSTOMER, OpportunityStatus.LOST, false, date(0), Optional.empty()));
      assertEquals("an opportunity lost has ended (DOMAIN D3.5)", lost.getMessage());
    }

    @Test
    @DisplayName("an activity within the schedule is planned, its first and last day included")
    void withinTheSchedule() {
      ContactActivity first = activity("A-1", ActivityType.COMPANY_VISIT, 0, CTO);
      ContactActivity last = activity("A-2", ActivityType.EXECUTIVE_VISIT, 120, CFO);
      ContactPlan plan = emptyPlan().plan(first, core()).plan(last, core());
      assertEquals(List.of(first, last), plan.activities());
      assertEquals(cny(20_000), plan.totalBudget());
      assertEquals(Optional.of(last), plan.activity(last.id()));
    }

    @Test
    @DisplayName("an activity before the opportunity opened is refused")
    void beforeTheOpening() {
      RuleViolationException refusal =
          assertRefused(
              emptyPlan(), p -> p.plan(activity("A-1", ActivityType.DINNER, -3, CTO), core()));
      assertTrue(
          refusal
              .getMessage()
              .contains("starts on 2026-01-02, before opportunity OP-CORE opened on 2026-01-05"),
          refusal.getMessage());
    }

    @Test
    @DisplayName("an activity ending after the expected signing date is refused")
    void afterTheSigning() {
      ContactActivity trip =
          activityBuilder("A-1", ActivityType.BUSINESS_TRIP_ACCOMPANIMENT, 118, CTO)
              .dates(days(118, 122))
              .build();
      RuleViolationException refusal = assertRefused(emptyPlan(), p -> p.plan(trip, core()));
      assertTrue(
          refusal
              .getMessage()
              .contains(
                  "ends on 2026-05-07, after opportunity OP-CORE's expected signing on 2026-05-05"),
          refusal.getMessage());
    }

    @Test
    @DisplayName(
        "a won opportunity still negotiating towards ATC takes activities; once ATC is approved it"
            + " has ended (D3.5)")
    void wonAwaitingAtc() {
      Opportunity awaiting =
          Opportunities.throughAtb(CORE, CUSTOMER, cny(8_000_000), T0)
              .then(o -> o.win(o.lastEventAt()))
              .state();
      ProjectSchedule negotiating = ProjectSchedule.of(awaiting, ZoneOffset.UTC);
      assertTrue(negotiating.isOpen(), negotiating::toString);
      assertFalse(negotiating.ended());
      Opportunity approved =
          Opportunities.throughAtc(CORE, CUSTOMER, cny(8_000_000), T0)
              .then(o -> o.win(o.lastEventAt()))
              .state();
      ProjectSchedule ended = ProjectSchedule.of(approved, ZoneOffset.UTC);
      assertFalse(ended.isOpen());
      assertEquals(
          approved.endedAt().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)), ended.closesOn());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ProjectSchedule(
                  CORE, CUSTOMER, OpportunityStatus.OPEN, true, date(0), Optional.empty()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ProjectSchedule(
                  CORE, CUSTOMER, OpportunityStatus.LOST, false, date(0), Optional.empty()));
    }

    @Test
    @DisplayName("an ended opportunity takes no new activities")
    void endedOpportunity() {
      Opportunity abandoned = core().abandon("the customer froze its budget", day(30)).state();
      ProjectSchedule schedule = ProjectSchedule.of(abandoned, ZoneOffset.UTC);
      assertFalse(schedule.isOpen());
      assertEquals(Optional.of(date(30)), schedule.closesOn());
      RuleViolationException refusal =
          assertRefused(
              emptyPlan(), p -> p.plan(activity("A-1", ActivityType.DINNER, 10, CTO), abandoned));
      assertTrue(
          refusal.getMessage().contains("has ended (abandoned on 2026-02-04)"),
          refusal.getMessage());
    }

    @Test
    @DisplayName("an activity for another opportunity than the one given is refused")
    void anotherOpportunity() {
      ContactActivity forRadio =
          activityBuilder("A-1", ActivityType.DINNER, 20, CTO).opportunity(RADIO).build();
      RuleViolationException refusal = assertRefused(emptyPlan(), p -> p.plan(forRadio, core()));
      assertTrue(
          refusal.getMessage().contains("supports opportunity OP-RADIO, not the OP-CORE given"),
          refusal.getMessage());
    }

    @Test
    @DisplayName("an opportunity of another customer is refused")
    void anotherCustomer() {
      Opportunity foreign =
          Opportunity.open(CORE, profile(OTHER_CUSTOMER, "Their core"), day(0)).state();
      RuleViolationException refusal =
          assertRefused(
              emptyPlan(), p -> p.plan(activity("A-1", ActivityType.DINNER, 5, CTO), foreign));
      assertTrue(
          refusal.getMessage().contains("customer CU-SOUTH-TELECOM's"), refusal.getMessage());
    }

    @Test
    @DisplayName("a budget that is zero or negative is refused")
    void nonPositiveBudget() {
      for (Money budget : List.of(cny(0), cny(-5))) {
        ContactActivity free =
            activityBuilder("A-1", ActivityType.DINNER, 5, CTO).budget(budget).build();
        RuleViolationException refusal = assertRefused(emptyPlan(), p -> p.plan(free, core()));
        assertTrue(refusal.getMessage().contains("positive budget"), refusal.getMessage());
      }
    }

    @Test
    @DisplayName("a budget in another currency than the plan's is refused")
    void mixedCurrencies() {
      ContactPlan plan = planOf(List.of(activity("A-1", ActivityType.DINNER, 5, CTO)));
      ContactActivity inDollars =
          activityBuilder("A-2", ActivityType.COURTESY_GIFTS, 6, CTO)
              .budget(Money.parse("USD 300"))
              .build();
      RuleViolationException refusal = assertRefused(plan, p -> p.plan(inDollars, core()));
      assertTrue(
          refusal.getMessage().contains("budgeted in USD, and this plan in CNY"),
          refusal.getMessage());
      assertEquals(cny(10_000), plan.totalBudget());
    }

    @Test
    @DisplayName(
        "an opportunity opened or ended at an instant with no date in the library's calendar has no"
            + " schedule: refused by name, not with a DateTimeException (DOMAIN D7.9)")
    void instantBeyondTheCalendar() {
      for (Instant at : List.of(Instant.MAX, Instant.MIN)) {
        Opportunity opened = Opportunity.open(CORE, profile(CUSTOMER, "Far"), at).state();
        IllegalArgumentException refused =
            assertThrows(
                IllegalArgumentException.class, () -> ProjectSchedule.of(opened, ZoneOffset.UTC));
        assertTrue(
            refused.getMessage().startsWith("opportunity OP-CORE has an instant " + at),
            refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(DOMAIN D7.9)"), refused.getMessage());
      }
    }

    @Test
    @DisplayName("the schedule's days are read in the plan's time zone, set once with the plan")
    void timeZone() {
      Opportunity lateEvening =
          Opportunity.open(CORE, profile(CUSTOMER, "Core"), Instant.parse("2026-01-05T20:00:00Z"))
              .state();
      ProjectSchedule shanghai = ProjectSchedule.of(lateEvening, ZoneId.of("Asia/Shanghai"));
      assertEquals(date(1), shanghai.opensOn(), "already 6 January in Shanghai");
      ContactActivity dinner = activity("A-1", ActivityType.DINNER, 0, CTO);
      assertEquals(1, emptyPlan().plan(dinner, lateEvening).activities().size(), "a plan in UTC");
      assertRefused(emptyPlan(), p -> p.plan(dinner, shanghai));
      ContactPlan inShanghai = ContactPlan.of(CUSTOMER, CNY, ZoneId.of("Asia/Shanghai"));
      assertEquals(ZoneId.of("Asia/Shanghai"), inShanghai.zone());
      assertRefused(inShanghai, p -> p.plan(dinner, lateEvening));
    }

    @Test
    @DisplayName("an activity id is planned once; a cancelled activity leaves the plan")
    void planOnceAndCancel() {
      ContactActivity dinner = activity("A-1", ActivityType.DINNER, 5, CTO);
      ContactPlan plan = emptyPlan().plan(dinner, core());
      assertThrows(IllegalArgumentException.class, () -> plan.plan(dinner, core()));
      ContactPlan cancelled = plan.cancel(dinner.id());
      assertEquals(List.of(), cancelled.activities());
      assertEquals(cny(0), cancelled.totalBudget());
      assertThrows(IllegalArgumentException.class, () -> cancelled.cancel(dinner.id()));
    }

    @Test
    @DisplayName(
        "a restored plan keeps its activities but still refuses mixed currencies and duplicates")
    void restore() {
      ContactActivity dinner = activity("A-1", ActivityType.DINNER, 5, CTO);
      ContactPlan restored = ContactPlan.restore(CUSTOMER, CNY, ZoneOffset.UTC, List.of(dinner));
      assertEquals(emptyPlan().plan(dinner, core()), restored);
      IllegalArgumentException mixed =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ContactPlan.restore(
                      CUSTOMER,
                      CNY,
                      ZoneOffset.UTC,
                      List.of(
                          activityBuilder("A-2", ActivityType.DINNER, 5, CTO)
                              .budget(Money.parse("USD 1"))
                              .build())));
      assertTrue(mixed.getMessage().contains("DOMAIN D7.9"), mixed.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> ContactPlan.restore(CUSTOMER, CNY, ZoneOffset.UTC, List.of(dinner, dinner)));
    }
  }

  @Nested
  @DisplayName("D7.9 activities are rotated to avoid customer fatigue")
  class Fatigue {

    @Test
    @DisplayName("the same scene with the same person inside the window is flagged, not refused")
    void flaggedInsideTheWindow() {
      ContactActivity first = activity("A-1", ActivityType.DINNER, 10, CTO, CFO);
      ContactActivity second = activity("A-2", ActivityType.DINNER, 22, CTO);
      ContactPlan plan = planOf(List.of(first, second));
      assertEquals(2, plan.activities().size(), "planned despite the repetition");
      FatigueReport report = plan.fatigueReport();
      assertEquals(
          List.of(new FatigueFlag(CTO, ActivityType.DINNER, first, second, 12, 30)),
          report.flags());
      assertFalse(report.isClear());
      assertEquals(List.of(), report.flagsFor(CFO), "the CFO was met once");
      assertEquals(report.flags(), report.flagsFor(CTO));
      assertEquals(
          "customer fatigue:\n  P-CTO: dinner repeated 12 days apart (A-1 on 2026-01-15, A-2 on"
              + " 2026-01-27; window 30 days)",
          report.toString());
    }

    @Test
    @DisplayName("outside the window nothing is flagged: 29 days apart is inside, 30 outside")
    void windowBoundary() {
      ContactActivity first = activity("A-1", ActivityType.TOPIC_EXCHANGE, 10, CTO);
      ContactPlan inside =
          planOf(List.of(first, activity("A-2", ActivityType.TOPIC_EXCHANGE, 39, CTO)));
      ContactPlan outside =
          planOf(List.of(first, activity("A-2", ActivityType.TOPIC_EXCHANGE, 40, CTO)));
      assertEquals(29, inside.fatigueReport().flags().get(0).daysApart());
      assertTrue(outside.fatigueReport().isClear());
      assertEquals("no customer fatigue", outside.fatigueReport().toString());
    }

    @Test
    @DisplayName("another scene, or another person, is a rotation and is not flagged")
    void rotation() {
      ContactPlan plan =
          planOf(
              List.of(
                  activity("A-1", ActivityType.DINNER, 10, CTO),
                  activity("A-2", ActivityType.SHOWCASE_SITE_VISIT, 12, CTO),
                  activity("A-3", ActivityType.DINNER, 14, BUYER)));
      assertTrue(plan.fatigueReport().isClear());
    }

    @Test
    @DisplayName(
        "days apart run from the end of the first to the start of the next; overlaps are 0")
    void multiDayActivities() {
      ContactActivity exhibition =
          activityBuilder("A-1", ActivityType.EXHIBITION_OR_FORUM, 10, CTO)
              .dates(days(10, 14))
              .build();
      ContactActivity forum =
          activityBuilder("A-2", ActivityType.EXHIBITION_OR_FORUM, 12, CTO)
              .dates(days(12, 13))
              .build();
      ContactActivity later = activity("A-3", ActivityType.EXHIBITION_OR_FORUM, 43, CTO);
      FatigueReport report = planOf(List.of(later, forum, exhibition)).fatigueReport();
      assertEquals(
          List.of(
              new FatigueFlag(CTO, ActivityType.EXHIBITION_OR_FORUM, exhibition, forum, 0, 30),
              new FatigueFlag(CTO, ActivityType.EXHIBITION_OR_FORUM, exhibition, later, 29, 30)),
          report.flags(),
          "the forum ends on day 13, 30 days before day 43: outside the window");
    }

    @Test
    @DisplayName("daily visits are routine: the standard policy never flags them, a host's may")
    void dailyVisits() {
      ContactPlan plan =
          planOf(
              List.of(
                  activity("A-1", ActivityType.DAILY_VISIT, 10, CTO),
                  activity("A-2", ActivityType.DAILY_VISIT, 13, CTO)));
      assertEquals(
          OptionalInt.empty(), FatiguePolicy.standard().windowDays(ActivityType.DAILY_VISIT));
      assertEquals(
          OptionalInt.of(30), FatiguePolicy.standard().windowDays(ActivityType.HOME_VISIT));
      assertTrue(plan.fatigueReport().isClear());
      assertEquals(1, plan.fatigueReport(FatiguePolicy.uniform(7)).flags().size());
      assertTrue(plan.fatigueReport(FatiguePolicy.uniform(3)).isClear(), "3 days apart");
      assertThrows(IllegalArgumentException.class, () -> FatiguePolicy.uniform(0));
    }

    @Test
    @DisplayName(
        "the narrowest window, one day, flags only the same scene on the same day; a next-day"
            + " repeat passes")
    void oneDayWindow() {
      FatiguePolicy oneDay = FatiguePolicy.uniform(1);
      ContactActivity morning = activity("A-1", ActivityType.DAILY_VISIT, 10, CTO);
      ContactActivity afternoon = activity("A-2", ActivityType.DAILY_VISIT, 10, CTO);
      assertEquals(
          List.of(new FatigueFlag(CTO, ActivityType.DAILY_VISIT, morning, afternoon, 0, 1)),
          planOf(List.of(morning, afternoon)).fatigueReport(oneDay).flags());
      ContactActivity nextDay = activity("A-2", ActivityType.DAILY_VISIT, 11, CTO);
      assertTrue(planOf(List.of(morning, nextDay)).fatigueReport(oneDay).isClear());
    }

    @Test
    @DisplayName("activities on the same day are taken in the order of their ids, as planned or not")
    void sameDayByIds() {
      ContactActivity first = activity("A-1", ActivityType.DINNER, 10, CTO);
      ContactActivity second = activity("A-2", ActivityType.DINNER, 10, CTO);
      assertEquals(
          List.of(new FatigueFlag(CTO, ActivityType.DINNER, first, second, 0, 30)),
          planOf(List.of(second, first)).fatigueReport().flags());
    }

    @Test
    @DisplayName("a host's wider window flags what the standard one lets pass")
    void hostPolicy() {
      ContactPlan plan =
          planOf(
              List.of(
                  activity("A-1", ActivityType.EXECUTIVE_SUMMIT, 10, CFO),
                  activity("A-2", ActivityType.EXECUTIVE_SUMMIT, 55, CFO)));
      assertTrue(plan.fatigueReport().isClear());
      assertEquals(45, plan.fatigueReport(FatiguePolicy.uniform(60)).flags().get(0).daysApart());
      FatiguePolicy broken = type -> OptionalInt.of(0);
      assertThrows(IllegalArgumentException.class, () -> plan.fatigueReport(broken));
    }
  }

  @Nested
  @DisplayName("D7.9 every activity has a budget")
  class Budgets {

    @Test
    @DisplayName("budgets total per opportunity and per type")
    void totals() {
      ContactPlan plan =
          emptyPlan()
              .plan(
                  activityBuilder("A-1", ActivityType.DINNER, 5, CTO).budget(cny(3_000)).build(),
                  core())
              .plan(
                  activityBuilder("A-2", ActivityType.COMPANY_VISIT, 20, CTO, CFO)
                      .budget(cny(120_000))
                      .build(),
                  core())
              .plan(
                  activityBuilder("A-3", ActivityType.DINNER, 40, BUYER)
                      .opportunity(RADIO)
                      .budget(cny(4_000))
                      .addStaff(SR)
                      .build(),
                  radio());
      assertEquals(cny(127_000), plan.totalBudget());
      assertEquals(Map.of(CORE, cny(123_000), RADIO, cny(4_000)), plan.budgetByOpportunity());
      assertEquals(List.of(CORE, RADIO), List.copyOf(plan.budgetByOpportunity().keySet()));
      assertEquals(cny(4_000), plan.budgetFor(RADIO));
      assertEquals(cny(0), plan.budgetFor(OpportunityId.of("OP-NONE")));
      assertEquals(
          Map.of(ActivityType.COMPANY_VISIT, cny(120_000), ActivityType.DINNER, cny(7_000)),
          plan.budgetByType());
      assertEquals(
          List.of(ActivityType.COMPANY_VISIT, ActivityType.DINNER),
          List.copyOf(plan.budgetByType().keySet()),
          "in the order of the 12 + 1");
      assertEquals(2, plan.activitiesFor(CORE).size());
      assertEquals(
          List.of("A-2"), plan.activitiesWith(CFO).stream().map(a -> a.id().value()).toList());
      assertEquals(
          "ContactPlan CU-NORTH-MOBILE: 3 activities, budget CNY 127,000.00", plan.toString());
    }
  }

  @Nested
  @DisplayName("D7.11 relationship work across the lifecycle")
  class Playbook {

    private final RelationshipPlaybook playbook = RelationshipPlaybook.standard();

    @Test
    @DisplayName("four stages, each with its goal, departments, methods and owners")
    void fourStages() {
      assertEquals(
          List.of(
              LifecycleStage.OPPORTUNITY_DISCOVERY,
              LifecycleStage.PROJECT_OPERATION,
              LifecycleStage.CONTRACT_EXECUTION,
              LifecycleStage.COLLECTION),
          List.copyOf(playbook.entries().keySet()));
      for (LifecycleStage stage : LifecycleStage.values()) {
        PlaybookEntry entry = playbook.entry(stage);
        assertEquals(stage, entry.stage());
        assertFalse(entry.goal().isBlank());
        assertFalse(entry.departments().isEmpty());
        assertFalse(entry.methods().isEmpty());
        assertTrue(entry.isOwnedBy(entry.leadOwner()));
      }
    }

    @Test
    @DisplayName(
        "opportunity discovery: marketing, planning and procurement; the solution expert leads")
    void discovery() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.OPPORTUNITY_DISCOVERY);
      assertEquals(
          EnumSet.of(DepartmentKind.MARKETING, DepartmentKind.PLANNING, DepartmentKind.PROCUREMENT),
          entry.departments());
      assertEquals(PlaybookOwner.SOLUTION_EXPERT, entry.leadOwner());
      assertEquals(
          List.of(
              PlaybookOwner.SOLUTION_EXPERT,
              PlaybookOwner.MARKETING_EXPERT,
              PlaybookOwner.ACCOUNT_MANAGER),
          List.copyOf(entry.owners().keySet()));
      assertTrue(entry.methods().stream().anyMatch(m -> m.contains("showcase-site visits")));
    }

    @Test
    @DisplayName("project operation and the bid: planning, procurement, finance and maintenance")
    void projectOperation() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.PROJECT_OPERATION);
      assertEquals(
          EnumSet.of(
              DepartmentKind.PLANNING,
              DepartmentKind.PROCUREMENT,
              DepartmentKind.FINANCE,
              DepartmentKind.MAINTENANCE),
          entry.departments());
      assertEquals(
          List.of("private visits", "business exchanges", "dedicated inspection tours"),
          entry.methods());
      assertEquals(PlaybookOwner.ACCOUNT_MANAGER, entry.leadOwner());
      assertTrue(entry.goal().contains("without buried mines"));
    }

    @Test
    @DisplayName("contract execution: construction, site works and maintenance, led by delivery")
    void execution() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.CONTRACT_EXECUTION);
      assertEquals(
          EnumSet.of(
              DepartmentKind.CONSTRUCTION, DepartmentKind.SITE_WORKS, DepartmentKind.MAINTENANCE),
          entry.departments());
      assertEquals(List.of("management training"), entry.methods());
      assertEquals(PlaybookOwner.DELIVERY_MANAGER, entry.leadOwner());
    }

    @Test
    @DisplayName("collection: speed it up with maintenance, finance and the deciding leaders")
    void collection() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.COLLECTION);
      assertEquals("speed up collection", entry.goal());
      assertEquals(
          EnumSet.of(
              DepartmentKind.MAINTENANCE, DepartmentKind.FINANCE, DepartmentKind.SENIOR_MANAGEMENT),
          entry.departments());
      assertTrue(entry.isOwnedBy(PlaybookOwner.COLLECTION_MANAGER));
      assertEquals(PlaybookOwner.ACCOUNT_MANAGER, entry.leadOwner());
    }

    @Test
    @DisplayName(
        "every owner role of D7.11 owns some stage; finance is reached in the bid and collection")
    void acrossStages() {
      for (PlaybookOwner owner : PlaybookOwner.values()) {
        assertFalse(playbook.stagesOwnedBy(owner).isEmpty(), owner::name);
      }
      assertEquals(
          List.of(LifecycleStage.PROJECT_OPERATION, LifecycleStage.COLLECTION),
          playbook.stagesReaching(DepartmentKind.FINANCE));
      assertEquals(
          List.of(LifecycleStage.CONTRACT_EXECUTION, LifecycleStage.COLLECTION),
          playbook.stagesOwnedBy(PlaybookOwner.DELIVERY_MANAGER));
    }

    @Test
    @DisplayName("a host's playbook covers every stage once")
    void hostPlaybook() {
      List<PlaybookEntry> entries = List.copyOf(playbook.entries().values());
      assertEquals(playbook, RelationshipPlaybook.of(entries));
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class, () -> RelationshipPlaybook.of(entries.subList(0, 3)));
      assertTrue(missing.getMessage().contains("COLLECTION"), missing.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              RelationshipPlaybook.of(
                  List.of(
                      entries.get(0),
                      entries.get(0),
                      entries.get(1),
                      entries.get(2),
                      entries.get(3))));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new RelationshipPlaybook(
                  Map.of(
                      LifecycleStage.OPPORTUNITY_DISCOVERY, entries.get(1),
                      LifecycleStage.PROJECT_OPERATION, entries.get(0),
                      LifecycleStage.CONTRACT_EXECUTION, entries.get(2),
                      LifecycleStage.COLLECTION, entries.get(3))));
    }

    @Test
    @DisplayName("the four stages in the sources' words")
    void stageLabels() {
      assertEquals(
          List.of(
              "opportunity discovery",
              "project operation, including the bid",
              "contract execution",
              "collection"),
          Arrays.stream(LifecycleStage.values()).map(LifecycleStage::label).toList());
    }

    @Test
    @DisplayName(
        "an entry's objectives are not blank, it reaches some department and names its methods,"
            + " each refused by name")
    void entryRefusals() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.COLLECTION);
      IllegalArgumentException blank =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new PlaybookEntry(
                      entry.stage(),
                      entry.goal(),
                      List.of(" "),
                      entry.departments(),
                      entry.methods(),
                      entry.owners()));
      assertEquals("an objective of COLLECTION is not blank", blank.getMessage());
      IllegalArgumentException nowhere =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new PlaybookEntry(
                      entry.stage(),
                      entry.goal(),
                      entry.objectives(),
                      EnumSet.noneOf(DepartmentKind.class),
                      entry.methods(),
                      entry.owners()));
      assertEquals(
          "the COLLECTION stage reaches some department (DOMAIN D7.11)", nowhere.getMessage());
      IllegalArgumentException how =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new PlaybookEntry(
                      entry.stage(),
                      entry.goal(),
                      entry.objectives(),
                      entry.departments(),
                      List.of(),
                      entry.owners()));
      assertEquals("the COLLECTION stage names its methods (DOMAIN D7.11)", how.getMessage());
    }

    @Test
    @DisplayName("an entry names its owners and its goal")
    void entryParts() {
      PlaybookEntry entry = playbook.entry(LifecycleStage.COLLECTION);
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new PlaybookEntry(
                  entry.stage(),
                  entry.goal(),
                  entry.objectives(),
                  entry.departments(),
                  entry.methods(),
                  Map.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new PlaybookEntry(
                  entry.stage(),
                  " ",
                  entry.objectives(),
                  entry.departments(),
                  entry.methods(),
                  entry.owners()));
    }
  }
}
