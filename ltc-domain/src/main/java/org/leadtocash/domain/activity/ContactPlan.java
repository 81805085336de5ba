package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.opportunity.Opportunity;

/**
 * A customer's contact plan: the contact activities planned with its people, in one currency and
 * one time zone (DOMAIN D7.9).
 *
 * <p>{@link #plan(ContactActivity, Opportunity) Planning} an activity checks the rules of D7.9 and
 * refuses, with a {@link org.leadtocash.domain.common.RuleViolationException} naming rule {@code
 * D7.9} and what was wrong, an activity that
 *
 * <ul>
 *   <li>supports another opportunity than the one given, or an opportunity of another customer;
 *   <li>does not fit that opportunity's {@link ProjectSchedule schedule}: it starts before the
 *       opportunity opened, ends after its expected signing date, or the opportunity has ended;
 *   <li>has no positive budget, or a budget in another currency than the plan's (budgets are
 *       totalled, and amounts in different currencies are never added).
 * </ul>
 *
 * <p>Repeating an activity type with the same person too soon is not refused but reported: {@link
 * #fatigueReport()} lists every such pair, judged by a {@link FatiguePolicy}. The plan totals the
 * budgets per opportunity and per activity type.
 *
 * <p>The plan's {@link #zone() time zone} is the one in which the customer's days start and end: an
 * opportunity's opening and ending instants are read as days in it when an activity is planned
 * against the opportunity. The host sets it once, with the currency, when it creates the plan.
 *
 * <p>A plan is immutable: {@link #plan} and {@link #cancel} return a new plan.
 */
@Value.Immutable
@DomainStyle
public abstract class ContactPlan {

  /** The order of a type's activities with one person: first day, then id. */
  private static final Comparator<ContactActivity> CHRONOLOGICAL =
      Comparator.comparing((ContactActivity a) -> a.dates().getStart())
          .thenComparing(a -> a.id().value());

  ContactPlan() {}

  /** {@return the customer whose people the activities meet; never null} */
  public abstract CustomerId customer();

  /** {@return the currency of every budget in the plan; never null} */
  public abstract CurrencyUnit currency();

  /** {@return the time zone in which the customer's days start and end; never null} */
  public abstract ZoneId zone();

  /** {@return the planned activities, in the order they were planned; never null} */
  public abstract List<ContactActivity> activities();

  /**
   * Returns an empty plan.
   *
   * @param customer the customer; not null
   * @param currency the currency of the budgets; not null
   * @param zone the time zone in which the customer's days start and end; not null
   * @return the plan, never null
   */
  public static ContactPlan of(CustomerId customer, CurrencyUnit currency, ZoneId zone) {
    return ImmutableContactPlan.builder().customer(customer).currency(currency).zone(zone).build();
  }

  /**
   * Restores a plan the host stored, with activities that were planned (and so checked against
   * their schedules) earlier. The schedules are not checked again, since an opportunity may have
   * ended since; everything else is.
   *
   * @param customer the customer; not null
   * @param currency the currency of the budgets; not null
   * @param zone the time zone in which the customer's days start and end; not null
   * @param activities the activities, in the order they were planned; not null
   * @return the plan, never null
   * @throws IllegalArgumentException if two activities share an id, or a budget is not positive or
   *     in another currency (DOMAIN D7.9)
   */
  public static ContactPlan restore(
      CustomerId customer,
      CurrencyUnit currency,
      ZoneId zone,
      Collection<ContactActivity> activities) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
    Set<ActivityId> ids = new HashSet<>();
    for (ContactActivity activity : activities) {
      checkArgument(ids.add(activity.id()), "activity %s appears twice in the plan", activity.id());
      checkArgument(
          activity.budget().isPositive() && activity.budget().getCurrencyUnit().equals(currency),
          "activity %s has a budget of %s; a plan in %s holds positive budgets in %s (DOMAIN D7.9)",
          activity.id(),
          activity.budget(),
          currency,
          currency);
    }
    return ImmutableContactPlan.builder()
        .customer(customer)
        .currency(currency)
        .zone(zone)
        .activities(activities)
        .build();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Plans an activity for the opportunity it supports, whose schedule is read in the plan's {@link
   * #zone() time zone}; see {@link #plan(ContactActivity, ProjectSchedule)}.
   *
   * @param activity the activity; not null
   * @param opportunity the opportunity it supports; not null
   * @return the plan with the activity, never null
   * @throws IllegalArgumentException if the plan already holds an activity with the same id
   * @throws org.leadtocash.domain.common.RuleViolationException if the activity breaks a rule of
   *     D7.9 (see the class comment)
   */
  public ContactPlan plan(ContactActivity activity, Opportunity opportunity) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(opportunity, "opportunity");
    return plan(activity, ProjectSchedule.of(opportunity, zone()));
  }

  /**
   * Plans an activity for the project it supports (D7.9).
   *
   * @param activity the activity; not null
   * @param schedule the schedule of the opportunity the activity supports; not null
   * @return the plan with the activity, never null
   * @throws IllegalArgumentException if the plan already holds an activity with the same id
   * @throws org.leadtocash.domain.common.RuleViolationException if the activity supports another
   *     opportunity or another customer's, does not fit the schedule, or has no positive budget in
   *     the plan's currency (D7.9)
   */
  public ContactPlan plan(ContactActivity activity, ProjectSchedule schedule) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(schedule, "schedule");
    checkArgument(
        activity(activity.id()).isEmpty(),
        "activity %s is already in the plan; cancel it to plan it anew",
        activity.id());
    Guard.of(
            "ContactPlan " + customer(),
            activities().size() + " activities in " + currency(),
            "plan")
        .require(
            activity.opportunity().equals(schedule.opportunity()),
            RuleId.D7_9,
            "activity %s supports opportunity %s, not the %s given",
            activity.id(),
            activity.opportunity(),
            schedule.opportunity())
        .require(
            schedule.customer().equals(customer()),
            RuleId.D7_9,
            "opportunity %s is customer %s's, and this plan is for %s",
            schedule.opportunity(),
            schedule.customer(),
            customer())
        .require(
            schedule.isOpen(),
            RuleId.D7_9,
            "opportunity %s has ended (%s%s); an ended project takes no new activities",
            schedule.opportunity(),
            schedule.status().label(),
            schedule.closesOn().map(d -> " on " + d).orElse(""))
        .require(
            !activity.dates().getStart().isBefore(schedule.opensOn()),
            RuleId.D7_9,
            "activity %s starts on %s, before opportunity %s opened on %s",
            activity.id(),
            activity.dates().getStart(),
            schedule.opportunity(),
            schedule.opensOn())
        .require(
            schedule
                .closesOn()
                .map(c -> !activity.dates().getEndInclusive().isAfter(c))
                .orElse(true),
            RuleId.D7_9,
            "activity %s ends on %s, after opportunity %s's expected signing on %s",
            activity.id(),
            activity.dates().getEndInclusive(),
            schedule.opportunity(),
            schedule.closesOn().map(Object::toString).orElse("-"))
        .require(
            activity.budget().isPositive(),
            RuleId.D7_9,
            "activity %s has a budget of %s; every activity has a positive budget",
            activity.id(),
            activity.budget())
        .require(
            activity.budget().getCurrencyUnit().equals(currency()),
            RuleId.D7_9,
            "activity %s is budgeted in %s, and this plan in %s; currencies are never mixed",
            activity.id(),
            activity.budget().getCurrencyUnit(),
            currency());
    return ImmutableContactPlan.builder().from(this).addActivity(activity).build();
  }

  /**
   * Cancels a planned activity.
   *
   * @param activity the id of the activity; not null
   * @return the plan without it, never null
   * @throws IllegalArgumentException if the plan holds no such activity
   */
  public ContactPlan cancel(ActivityId activity) {
    Objects.requireNonNull(activity, "activity");
    checkArgument(activity(activity).isPresent(), "the plan holds no activity %s", activity);
    return ImmutableContactPlan.builder()
        .from(this)
        .activities(activities().stream().filter(a -> !a.id().equals(activity)).toList())
        .build();
  }

  // ---------------------------------------------------------------- questions

  /**
   * Returns a planned activity.
   *
   * @param id its id; not null
   * @return the activity, or empty if the plan holds none with this id; never null
   */
  public Optional<ContactActivity> activity(ActivityId id) {
    Objects.requireNonNull(id, "id");
    return activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns the activities that support an opportunity, in plan order.
   *
   * @param opportunity the opportunity; not null
   * @return the activities, never null
   */
  public List<ContactActivity> activitiesFor(OpportunityId opportunity) {
    Objects.requireNonNull(opportunity, "opportunity");
    return activities().stream()
        .filter(a -> a.opportunity().equals(opportunity))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the activities that meet one of the customer's people, in plan order.
   *
   * @param person the person; not null
   * @return the activities, never null
   */
  public List<ContactActivity> activitiesWith(PersonId person) {
    Objects.requireNonNull(person, "person");
    return activities().stream()
        .filter(a -> a.meets(person))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the budget of every planned activity, zero for an empty plan; never null} */
  public Money totalBudget() {
    return Money.total(currency(), activities().stream().map(ContactActivity::budget).toList());
  }

  /**
   * Returns the budget of the activities that support an opportunity.
   *
   * @param opportunity the opportunity; not null
   * @return the total, zero if none; never null
   */
  public Money budgetFor(OpportunityId opportunity) {
    Objects.requireNonNull(opportunity, "opportunity");
    return Money.total(
        currency(), activitiesFor(opportunity).stream().map(ContactActivity::budget).toList());
  }

  /**
   * Returns the budget per supported opportunity, in the order the opportunities first appear in
   * the plan.
   *
   * @return the totals, never null
   */
  public Map<OpportunityId, Money> budgetByOpportunity() {
    Map<OpportunityId, Money> totals = new LinkedHashMap<>();
    for (ContactActivity a : activities()) {
      totals.merge(a.opportunity(), a.budget(), Money::plus);
    }
    return ImmutableMap.copyOf(totals);
  }

  /**
   * Returns the budget per activity type, for the types planned, in the order of the "12 + 1".
   *
   * @return the totals, never null
   */
  public Map<ActivityType, Money> budgetByType() {
    Map<ActivityType, Money> totals = new EnumMap<>(ActivityType.class);
    for (ContactActivity a : activities()) {
      totals.merge(a.type(), a.budget(), Money::plus);
    }
    return Maps.immutableEnumMap(totals);
  }

  /**
   * Returns the pairs of activities that may tire the customer's people, by the default {@link
   * FatiguePolicy#standard() policy}.
   *
   * @return the report, never null
   */
  public FatigueReport fatigueReport() {
    return fatigueReport(FatiguePolicy.standard());
  }

  /**
   * Returns the pairs of activities that may tire the customer's people (D7.9): every two
   * activities of the same type that meet the same person fewer days apart than the policy's window
   * for the type (see {@link FatiguePolicy} for "days apart").
   *
   * @param policy the host's fatigue policy; not null
   * @return the report, never null
   * @throws IllegalArgumentException if the policy gives a window of less than 1 day
   */
  public FatigueReport fatigueReport(FatiguePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<PersonId, Map<ActivityType, List<ContactActivity>>> byPerson =
        new TreeMap<>(Comparator.comparing(PersonId::value));
    for (ContactActivity activity : activities()) {
      for (PersonId person : activity.contacts()) {
        byPerson
            .computeIfAbsent(person, p -> new EnumMap<>(ActivityType.class))
            .computeIfAbsent(activity.type(), t -> new ArrayList<>())
            .add(activity);
      }
    }
    List<FatigueFlag> flags = new ArrayList<>();
    byPerson.forEach(
        (person, byType) ->
            byType.forEach(
                (type, group) -> {
                  OptionalInt window = policy.windowDays(type);
                  if (window.isPresent()) {
                    flag(person, type, group, window.getAsInt(), flags);
                  }
                }));
    return new FatigueReport(flags);
  }

  /**
   * Flags the pairs of one person's activities of one type. Sorted by first day, the days from the
   * end of activity {@code i} to the start of a later {@code j} only grow with {@code j}, so the
   * scan for {@code i} stops at the first pair outside the window.
   */
  private static void flag(
      PersonId person,
      ActivityType type,
      List<ContactActivity> group,
      int window,
      List<FatigueFlag> flags) {
    checkArgument(
        window >= 1,
        "the fatigue policy gives %s a window of %s days; a window is at least 1 day",
        type,
        window);
    List<ContactActivity> sorted = group.stream().sorted(CHRONOLOGICAL).toList();
    for (int i = 0; i < sorted.size(); i++) {
      ContactActivity earlier = sorted.get(i);
      for (int j = i + 1; j < sorted.size(); j++) {
        ContactActivity later = sorted.get(j);
        long apart =
            Math.max(
                0,
                ChronoUnit.DAYS.between(
                    earlier.dates().getEndInclusive(), later.dates().getStart()));
        if (apart >= window) {
          break;
        }
        flags.add(new FatigueFlag(person, type, earlier, later, apart, window));
      }
    }
  }

  /** {@return e.g. {@code ContactPlan CU-1: 4 activities, budget CNY 230,000.00}} */
  @Override
  public String toString() {
    return "ContactPlan "
        + customer()
        + ": "
        + activities().size()
        + (activities().size() == 1 ? " activity" : " activities")
        + ", budget "
        + Figures.money(totalBudget());
  }
}
