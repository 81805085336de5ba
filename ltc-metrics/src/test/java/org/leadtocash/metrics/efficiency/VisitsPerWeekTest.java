package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.efficiency.Mentions.assertMentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.activity.ActivityId;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.activity.CooperationForm;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.testing.KpiLaws;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearWeek;

/** Customer visits per employee per week (DOMAIN D2.2, D12), by hand and under the KPI laws. */
class VisitsPerWeekTest {

  static final EmployeeId ZHANG = EmployeeId.of("E-ZHANG");
  static final EmployeeId LI = EmployeeId.of("E-LI");
  static final EmployeeId WANG = EmployeeId.of("E-WANG");
  static final EmployeeId OUTSIDER = EmployeeId.of("E-HQ");

  /** The ISO week of {@code D0}, a Monday: 2026-W02. */
  static final YearWeek W02 = YearWeek.from(D0);

  static final YearWeek W03 = W02.plusWeeks(1);

  private static final AtomicInteger IDS = new AtomicInteger();

  /** Returns a one-day activity of a type on a day, with our staff. */
  static ContactActivity activity(ActivityType type, LocalDate on, EmployeeId... staff) {
    ContactActivity.Builder b = ContactActivity.builder();
    if (type.isJointWork()) {
      b.form(CooperationForm.TECHNICAL_EXCHANGE);
    }
    return b.id(ActivityId.of("A-" + IDS.incrementAndGet()))
        .type(type)
        .addContact(PersonId.of("P-CTO"))
        .addStaff(staff)
        .opportunity(OpportunityId.of("OP-1"))
        .on(on)
        .budget(cny(1_000))
        .purpose("keep in touch")
        .build();
  }

  private static List<ContactActivity> worked() {
    List<ContactActivity> activities = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      activities.add(activity(ActivityType.DAILY_VISIT, D0.plusDays(i), ZHANG));
      activities.add(activity(ActivityType.HOME_VISIT, D0.plusDays(i), LI));
    }
    activities.add(activity(ActivityType.DINNER, D0.plusDays(5), LI));
    activities.add(activity(ActivityType.EXECUTIVE_VISIT, D0.plusDays(6), ZHANG, LI)); // both
    activities.add(activity(ActivityType.DAILY_VISIT, D0.plusDays(7), ZHANG)); // W03
    activities.add(activity(ActivityType.TOPIC_EXCHANGE, D0.plusDays(13), ZHANG)); // W03
    activities.add(activity(ActivityType.EXHIBITION_OR_FORUM, D0.plusDays(2), WANG)); // no visit
    activities.add(activity(ActivityType.COURTESY_GIFTS, D0.plusDays(2), WANG)); // no visit
    activities.add(activity(ActivityType.DAILY_VISIT, D0.plusDays(1), OUTSIDER)); // off roster
    activities.add(activity(ActivityType.DAILY_VISIT, D0.plusDays(14), ZHANG)); // W04
    return activities;
  }

  @Test
  @DisplayName(
      "3 people over 2 weeks: 15 visits in 6 employee-weeks, 2 of them on the target of 6 (D2.2)")
  void workedExample() {
    VisitsPerWeek kpi = VisitsPerWeek.in(Set.of(W02, W03), Set.of(ZHANG, LI, WANG));
    WeeklyVisits result = kpi.compute(worked());
    // Zhang: 6 in W02 (5 daily visits and the joint executive visit), 2 in W03
    // Li: 7 in W02 (5 home visits, a dinner, the joint visit); Wang: none — still counted
    assertEquals(new WeeklyVisits(6, 15, 6, 2), result);
    assertEquals(Rate.of(15, 6), result.average());
    assertEquals(Rate.of(2, 6), result.onTarget());
    VisitLog log = kpi.empty();
    for (ContactActivity activity : worked()) {
      log = kpi.add(log, activity);
    }
    assertEquals(6, log.visits(ZHANG, W02));
    assertEquals(2, log.visits(ZHANG, W03));
    assertEquals(7, log.visits(LI, W02));
    assertEquals(0, log.visits(WANG, W02));
  }

  @Test
  @DisplayName(
      "a host may count only daily visits; a multi-day visit counts once, in its first week")
  void hostVisitTypes() {
    ContactActivity trip =
        ContactActivity.builder()
            .from(activity(ActivityType.DAILY_VISIT, D0.plusDays(6), ZHANG))
            .dates(LocalDateRange.ofClosed(D0.plusDays(6), D0.plusDays(9)))
            .build();
    VisitsPerWeek kpi =
        VisitsPerWeek.in(Set.of(W02, W03), Set.of(ZHANG), Set.of(ActivityType.DAILY_VISIT));
    List<ContactActivity> activities = new ArrayList<>(worked());
    activities.add(trip);
    // Zhang's daily visits: days 0-4 and the trip from Sunday, day 6, in W02 (6, on target);
    // day 7 in W03 (1); the trip runs into W03 but counts once, in the week it starts
    assertEquals(new WeeklyVisits(6, 7, 2, 1), kpi.compute(activities));
  }

  @Test
  @DisplayName("no roster or no week is 'no data', not zero")
  void empty() {
    WeeklyVisits none = VisitsPerWeek.in(Set.of(W02), Set.of()).compute(worked());
    assertFalse(none.average().isDefined());
    assertFalse(none.onTarget().isDefined());
    VisitsPerWeek kpi = VisitsPerWeek.in(Set.of(), Set.of(ZHANG));
    assertFalse(kpi.compute(worked()).average().isDefined());
    assertEquals("visits-per-week", VisitsPerWeek.ID.value());
    assertEquals(KpiUnit.RATIO, kpi.definition().unit());
    assertEquals(EmptyPopulation.NO_DATA, kpi.definition().empty());
    assertMentions(kpi.definition().definition(), "at least 6 visits");
  }

  @Test
  @DisplayName("a log of visits outside the roster or weeks is refused as a result")
  void foreignLog() {
    VisitLog log = VisitLog.NONE.plus(OUTSIDER, W02);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> VisitsPerWeek.in(Set.of(W02), Set.of(ZHANG)).result(log));
    assertMentions(refused.getMessage(), "E-HQ", "2026-W02");
    assertThrows(IllegalArgumentException.class, () -> new WeeklyVisits(6, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new WeeklyVisits(6, 10, 2, 3));
    assertThrows(IllegalArgumentException.class, () -> new WeeklyVisits(0, 0, 0, 0));
  }

  // ---------------------------------------------------------------- properties

  private static final Set<EmployeeId> ROSTER =
      Set.of(EmployeeId.of("E-1"), EmployeeId.of("E-2"), EmployeeId.of("E-3"));
  private static final Set<YearWeek> WEEKS = Set.of(W02, W03, W02.plusWeeks(2));

  @Provide
  Arbitrary<ContactActivity> activities() {
    Arbitrary<ActivityType> type = Arbitraries.of(ActivityType.class);
    Arbitrary<Integer> day = Arbitraries.integers().between(-3, 30);
    Arbitrary<Set<EmployeeId>> staff =
        Arbitraries.integers()
            .between(1, 4)
            .map(n -> EmployeeId.of("E-" + n))
            .set()
            .ofMinSize(1)
            .ofMaxSize(3);
    return Combinators.combine(type, day, staff)
        .as((t, d, s) -> activity(t, D0.plusDays(d), s.toArray(new EmployeeId[0])));
  }

  @Property(tries = 60)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 150) List<@From("activities") ContactActivity> activities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(VisitsPerWeek.in(WEEKS, ROSTER), activities, cuts, seed);
  }

  @Property(tries = 80)
  @Label("the result agrees with a naive count per employee-week, and stays in bounds")
  void agreesWithNaiveCount(
      @ForAll @Size(max = 150) List<@From("activities") ContactActivity> activities) {
    Map<String, Integer> counts = new HashMap<>();
    for (ContactActivity a : activities) {
      YearWeek week = YearWeek.from(a.dates().getStart());
      boolean visit = VisitsPerWeek.CUSTOMER_VISITS.contains(a.type());
      for (EmployeeId e : a.staff()) {
        if (visit && ROSTER.contains(e) && WEEKS.contains(week)) {
          counts.merge(e + "@" + week, 1, Integer::sum);
        }
      }
    }
    long visits = counts.values().stream().mapToLong(Integer::longValue).sum();
    long onTarget = counts.values().stream().filter(c -> c >= 6).count();
    WeeklyVisits result = VisitsPerWeek.in(WEEKS, ROSTER).compute(activities);
    assertEquals(new WeeklyVisits(6, visits, 9, onTarget), result);
    assertTrue(
        result.onTarget().value().orElseThrow().compareTo(java.math.BigDecimal.ONE) <= 0,
        "a share of at most 1");
  }

  @Property(tries = 60)
  @Label("one more activity never lowers the average or the share on target")
  void moreVisitsNeverLower(
      @ForAll @Size(max = 100) List<@From("activities") ContactActivity> activities,
      @ForAll @From("activities") ContactActivity more) {
    VisitsPerWeek kpi = VisitsPerWeek.in(WEEKS, ROSTER);
    WeeklyVisits before = kpi.compute(activities);
    List<ContactActivity> after = new ArrayList<>(activities);
    after.add(more);
    WeeklyVisits then = kpi.compute(after);
    assertTrue(then.visits() >= before.visits());
    assertTrue(then.employeeWeeksOnTarget() >= before.employeeWeeksOnTarget());
    assertEquals(before.employeeWeeks(), then.employeeWeeks(), "the population is the roster's");
  }
}
