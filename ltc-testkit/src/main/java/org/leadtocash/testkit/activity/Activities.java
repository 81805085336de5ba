package org.leadtocash.testkit.activity;

import static org.leadtocash.testkit.Generators.partsOf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.activity.ActivityId;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.activity.ContactPlan;
import org.leadtocash.domain.activity.CooperationForm;
import org.leadtocash.domain.activity.FatigueFlag;
import org.leadtocash.domain.activity.FatigueReport;
import org.leadtocash.domain.activity.PlaybookEntry;
import org.leadtocash.domain.activity.ProjectSchedule;
import org.leadtocash.domain.activity.RelationshipPlaybook;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.opportunity.Opportunities;
import org.threeten.extra.LocalDateRange;

/**
 * Contact activities and plans (DOMAIN D7.9, D7.11): activities of the "12 + 1" types, a customer's
 * plan filled through {@link ContactPlan#plan} — so every planned activity fits its opportunity's
 * schedule and budget rules — its fatigue report, and the relationship playbook.
 */
public final class Activities {

  private static final List<PersonId> PEOPLE =
      List.of(PersonId.of("P-CTO"), PersonId.of("P-CFO"), PersonId.of("P-PROCUREMENT"));

  private Activities() {}

  /**
   * Adds the arbitraries of the activities' values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(ActivityId.class, s -> CommonValues.ids("A-", ActivityId::of))
        .add(
            ContactActivity.class,
            s ->
                Combinators.combine(
                        CommonValues.ids("OP-", OpportunityId::of), CommonValues.dates(s))
                    .flatAs((o, on) -> activities(s.currency(), o, on)))
        .add(ContactPlan.class, Activities::plans)
        .add(
            ProjectSchedule.class,
            s -> Opportunities.opportunities(s).map(o -> ProjectSchedule.of(o, ZoneOffset.UTC)))
        .add(FatigueReport.class, s -> plans(s).map(ContactPlan::fatigueReport))
        .add(FatigueFlag.class, s -> partsOf(plans(s), p -> p.fatigueReport().flags()))
        .add(RelationshipPlaybook.class, s -> Arbitraries.of(RelationshipPlaybook.standard()))
        .add(
            PlaybookEntry.class,
            s -> Arbitraries.of(List.copyOf(RelationshipPlaybook.standard().entries().values())));
  }

  /**
   * Returns contact activities for an opportunity, starting on a date or up to 60 days later and
   * lasting one to four days: any type (the "+1" with its form of joint work), one to three of the
   * customer's people, one or two of ours, a positive budget.
   *
   * @param currency the budget's currency; not null
   * @param opportunity the opportunity supported; not null
   * @param from the earliest start; not null
   * @return the activities, never null
   */
  public static Arbitrary<ContactActivity> activities(
      CurrencyUnit currency, OpportunityId opportunity, LocalDate from) {
    return Combinators.combine(
            CommonValues.ids("A-", ActivityId::of),
            Arbitraries.of(ActivityType.class),
            Arbitraries.of(CooperationForm.class),
            Arbitraries.of(PEOPLE).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(EmployeeId.of("E-AR"), EmployeeId.of("E-SR")).set().ofMinSize(1),
            Arbitraries.integers().between(0, 60),
            Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(1, 3)),
            CommonValues.amounts(currency, 1_000, 80_000))
        .as(
            (id, type, form, contacts, staff, days, length, budget) -> {
              LocalDate start = from.plusDays(days);
              ContactActivity.Builder activity =
                  ContactActivity.builder()
                      .id(id)
                      .type(type)
                      .contacts(contacts)
                      .staff(staff)
                      .opportunity(opportunity)
                      .dates(LocalDateRange.ofClosed(start, start.plusDays(length)))
                      .budget(budget)
                      .purpose(type.label() + " to build trust");
              if (type.isJointWork()) {
                activity.form(form);
              }
              return activity.build();
            });
  }

  /**
   * Returns contact plans (DOMAIN D7.9): a customer's plan for some of its open opportunities, each
   * activity planned through the plan's own rule — those that do not fit their opportunity's
   * schedule are left out, as the plan refuses them.
   *
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<ContactPlan> plans(Settings settings) {
    return Opportunities.opportunities(settings)
        .flatMap(
            opportunity ->
                activities(
                        opportunity.amount().getCurrencyUnit(),
                        opportunity.id(),
                        settings.dateOf(opportunity.openedAt()))
                    .list()
                    .ofMaxSize(8)
                    .map(list -> plan(opportunity, list)));
  }

  private static ContactPlan plan(Opportunity opportunity, List<ContactActivity> activities) {
    ContactPlan plan =
        ContactPlan.of(
            opportunity.customer(), opportunity.amount().getCurrencyUnit(), ZoneOffset.UTC);
    ProjectSchedule schedule = ProjectSchedule.of(opportunity, ZoneOffset.UTC);
    for (ContactActivity activity : activities) {
      if (plan.activity(activity.id()).isPresent()) {
        continue;
      }
      try {
        plan = plan.plan(activity, schedule);
      } catch (DomainException refused) {
        // the activity does not fit the schedule (D7.9): the plan keeps what it accepted
      }
    }
    return plan;
  }
}
