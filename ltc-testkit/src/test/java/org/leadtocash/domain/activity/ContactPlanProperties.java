package org.leadtocash.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.activity.Activities;
import org.threeten.extra.LocalDateRange;

/**
 * Properties of a contact plan (DOMAIN D7.9) over the kit's activities and opportunities: the
 * fatigue report flags exactly the pairs a naive comparison of every two activities finds, planning
 * accepts exactly the activities that fit the schedule, and budgets add up.
 */
class ContactPlanProperties {

  private static final Settings SETTINGS = Settings.standard();
  private static final CurrencyUnit CNY = SETTINGS.currency();
  private static final CustomerId CUSTOMER = CustomerId.of("CU-1");

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
      @ForAll ContactActivity drawn,
      @ForAll Opportunity opportunity) {
    LocalDate opened = LocalDate.ofInstant(opportunity.openedAt(), ZoneOffset.UTC);
    ContactActivity activity =
        ContactActivity.builder()
            .from(drawn)
            .opportunity(opportunity.id())
            .dates(LocalDateRange.ofClosed(opened.plusDays(start), opened.plusDays(start + length)))
            .build();
    boolean fits =
        !opportunity.isEnded() // open, or won and negotiating towards ATC (D3.5)
            && !activity.dates().getStart().isBefore(opened)
            && opportunity
                .expectedSigning()
                .map(s -> !activity.dates().getEndInclusive().isAfter(s))
                .orElse(true);
    ContactPlan empty =
        ContactPlan.of(opportunity.customer(), activity.budget().getCurrencyUnit(), ZoneOffset.UTC);
    if (fits) {
      assertEquals(List.of(activity), empty.plan(activity, opportunity).activities());
    } else {
      DomainException refusal =
          assertThrows(DomainException.class, () -> empty.plan(activity, opportunity));
      assertTrue(refusal.getMessage().contains("[DOMAIN D7.9]"), refusal::getMessage);
    }
    Statistics.label("fits").collect(fits);
    Statistics.label("fits").coverage(c -> c.check(true).count(n -> n > 0));
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

  /** Up to 25 of the kit's activities, with distinct ids, for two opportunities. */
  @Provide
  Arbitrary<List<ContactActivity>> activities() {
    return Arbitraries.of(OpportunityId.of("OP-CORE"), OpportunityId.of("OP-RADIO"))
        .flatMap(opportunity -> Activities.activities(CNY, opportunity, SETTINGS.date(0)))
        .list()
        .ofMaxSize(25)
        .uniqueElements(ContactActivity::id);
  }
}
