package org.leadtocash.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.activity.ActivityFixtures.BUYER;
import static org.leadtocash.domain.activity.ActivityFixtures.CFO;
import static org.leadtocash.domain.activity.ActivityFixtures.CTO;
import static org.leadtocash.domain.activity.ActivityFixtures.CUSTOMER;
import static org.leadtocash.domain.activity.ActivityFixtures.RADIO;
import static org.leadtocash.domain.activity.ActivityFixtures.core;
import static org.leadtocash.domain.activity.ActivityFixtures.date;
import static org.leadtocash.domain.activity.ActivityFixtures.day;
import static org.leadtocash.domain.activity.ActivityFixtures.emptyPlan;
import static org.leadtocash.domain.activity.ActivityFixtures.profile;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.threeten.extra.LocalDateRange;

/**
 * Properties of a contact plan (DOMAIN D7.9): the fatigue report flags exactly the pairs a naive
 * comparison of every two activities finds, planning accepts exactly the activities that fit the
 * schedule, and budgets add up.
 */
class ContactPlanProperties {

  @Property(tries = 300)
  void fatigueReportFlagsExactlyThePairsWithinTheWindow(
      @ForAll("activities") List<ContactActivity> activities,
      @ForAll @IntRange(min = 1, max = 60) int window) {
    ContactPlan plan = ContactPlan.restore(CUSTOMER, CNY, ZoneOffset.UTC, activities);
    for (FatiguePolicy policy : List.of(FatiguePolicy.uniform(window), FatiguePolicy.standard())) {
      FatigueReport report = plan.fatigueReport(policy);
      List<List<Object>> flagged = report.flags().stream().map(ContactPlanProperties::key).toList();
      assertEquals(
          flagged.size(), new HashSet<>(flagged).size(), "each pair and person is flagged once");
      assertEquals(naive(activities, policy), new HashSet<>(flagged), policy::toString);
      for (FatigueFlag flag : report.flags()) {
        assertFalse(
            flag.later().dates().getStart().isBefore(flag.earlier().dates().getStart()),
            flag::toString);
      }
      assertEquals(
          report.flags().stream().sorted(Comparator.comparing(f -> f.person().value())).toList(),
          report.flags(),
          "ordered by person");
      Statistics.label("flags").collect(report.flags().isEmpty() ? "none" : "some");
    }
  }

  @Property(tries = 300)
  void planningAcceptsExactlyTheActivitiesThatFitTheSchedule(
      @ForAll @IntRange(min = -20, max = 160) int start,
      @ForAll @IntRange(min = 0, max = 5) int length,
      @ForAll("opportunities") Opportunity opportunity) {
    ContactActivity activity =
        ActivityFixtures.activityBuilder("A-1", ActivityType.TOPIC_EXCHANGE, start, CTO)
            .opportunity(opportunity.id())
            .dates(LocalDateRange.ofClosed(date(start), date(start + length)))
            .build();
    LocalDate opened = LocalDate.ofInstant(opportunity.openedAt(), ZoneOffset.UTC);
    boolean fits =
        opportunity.isOpen()
            && !activity.dates().getStart().isBefore(opened)
            && opportunity
                .expectedSigning()
                .map(s -> !activity.dates().getEndInclusive().isAfter(s))
                .orElse(true);
    if (fits) {
      assertEquals(List.of(activity), emptyPlan().plan(activity, opportunity).activities());
    } else {
      DomainException refusal =
          assertThrows(DomainException.class, () -> emptyPlan().plan(activity, opportunity));
      assertTrue(refusal.getMessage().contains("[DOMAIN D7.9]"), refusal::getMessage);
    }
    Statistics.label("fits").collect(fits);
  }

  @Property(tries = 200)
  void budgetsAddUp(@ForAll("activities") List<ContactActivity> activities) {
    ContactPlan plan = ContactPlan.restore(CUSTOMER, CNY, ZoneOffset.UTC, activities);
    Money byType = Money.total(CNY, plan.budgetByType().values());
    Money byOpportunity = Money.total(CNY, plan.budgetByOpportunity().values());
    assertEquals(plan.totalBudget(), byType);
    assertEquals(plan.totalBudget(), byOpportunity);
    assertEquals(
        Money.total(CNY, activities.stream().map(ContactActivity::budget).toList()),
        plan.totalBudget());
  }

  /** Every two activities compared, as the sources state the rule. */
  private static Set<List<Object>> naive(List<ContactActivity> activities, FatiguePolicy policy) {
    Set<List<Object>> expected = new HashSet<>();
    for (int i = 0; i < activities.size(); i++) {
      for (int j = i + 1; j < activities.size(); j++) {
        ContactActivity a = activities.get(i);
        ContactActivity b = activities.get(j);
        OptionalInt window = policy.windowDays(a.type());
        if (a.type() != b.type() || window.isEmpty()) {
          continue;
        }
        LocalDate aStart = a.dates().getStart();
        LocalDate bStart = b.dates().getStart();
        LocalDate aLast = a.dates().getEndInclusive();
        LocalDate bLast = b.dates().getEndInclusive();
        LocalDate lastStart = aStart.isAfter(bStart) ? aStart : bStart;
        LocalDate firstEnd = aLast.isBefore(bLast) ? aLast : bLast;
        long apart = Math.max(0, ChronoUnit.DAYS.between(firstEnd, lastStart));
        if (apart >= window.getAsInt()) {
          continue;
        }
        for (PersonId person : a.contacts()) {
          if (b.meets(person)) {
            expected.add(List.of(person, a.type(), Set.of(a.id(), b.id()), apart));
          }
        }
      }
    }
    return expected;
  }

  private static List<Object> key(FatigueFlag flag) {
    return List.of(
        flag.person(),
        flag.type(),
        Set.of(flag.earlier().id(), flag.later().id()),
        flag.daysApart());
  }

  @Provide
  Arbitrary<List<ContactActivity>> activities() {
    Arbitrary<ActivityType> types =
        Arbitraries.of(
            ActivityType.DINNER,
            ActivityType.HOME_VISIT,
            ActivityType.DAILY_VISIT,
            ActivityType.TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION);
    Arbitrary<Set<PersonId>> contacts = Arbitraries.subsetOf(CTO, CFO, BUYER).ofMinSize(1);
    Arbitrary<Spec> specs =
        Combinators.combine(
                types,
                contacts,
                Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 100_000),
                Arbitraries.of(ActivityFixtures.CORE, RADIO))
            .as(Spec::new);
    return specs
        .list()
        .ofMaxSize(25)
        .map(
            list ->
                IntStream.range(0, list.size())
                    .mapToObj(i -> list.get(i).activity("A-" + i))
                    .toList());
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return Arbitraries.of(
        core(),
        Opportunity.open(RADIO, profile(CUSTOMER, "Radio swap"), day(10)).state(),
        core().abandon("budget frozen", day(50)).state());
  }

  /** What an activity is drawn from; its id is its place in the list. */
  private record Spec(
      ActivityType type,
      Set<PersonId> contacts,
      int start,
      int length,
      long budget,
      OpportunityId opportunity) {

    ContactActivity activity(String id) {
      ContactActivity.Builder b =
          ContactActivity.builder()
              .id(ActivityId.of(id))
              .type(type)
              .contacts(contacts)
              .addStaff(ActivityFixtures.AR)
              .opportunity(opportunity)
              .dates(LocalDateRange.ofClosed(date(start), date(start + length)))
              .budget(cny(budget))
              .purpose("keep in touch");
      if (type.isJointWork()) {
        b.form(CooperationForm.TECHNICAL_EXCHANGE);
      }
      return b.build();
    }
  }
}
