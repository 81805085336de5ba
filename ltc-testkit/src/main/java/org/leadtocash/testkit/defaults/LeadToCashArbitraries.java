package org.leadtocash.testkit.defaults;

import net.jqwik.api.Arbitrary;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.activity.Activities;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.contract.Contracts;
import org.leadtocash.testkit.customer.CustomerProfiles;
import org.leadtocash.testkit.customer.Customers;
import org.leadtocash.testkit.lead.Leads;
import org.leadtocash.testkit.metrics.Dashboards;
import org.leadtocash.testkit.metrics.Kpis;
import org.leadtocash.testkit.opportunity.Opportunities;
import org.leadtocash.testkit.planning.Accounts;
import org.leadtocash.testkit.planning.Expansions;
import org.leadtocash.testkit.planning.PlanningCycles;
import org.leadtocash.testkit.planning.PricingCases;
import org.leadtocash.testkit.planning.RelationshipPlans;
import org.leadtocash.testkit.planning.SkillMaps;
import org.leadtocash.testkit.planning.Allocations;
import org.leadtocash.testkit.planning.Strategies;
import org.leadtocash.testkit.planning.Targets;
import org.leadtocash.testkit.process.ProcessArchitectures;
import org.leadtocash.testkit.relationship.KeyRelationships;
import org.leadtocash.testkit.relationship.Relationships;
import org.leadtocash.testkit.team.Teams;
import org.leadtocash.testkit.voice.CustomerIssues;
import org.leadtocash.testkit.voice.Surveys;

/**
 * The kit's catalogue: an arbitrary for every public value type and aggregate of the library,
 * behind {@link LeadToCashArbitraryProvider} and {@link LeadToCashDomain}.
 */
public final class LeadToCashArbitraries {

  private static final ArbitraryCatalogue CATALOGUE = build();

  private LeadToCashArbitraries() {}

  /** {@return the catalogue of every type the kit generates; never null} */
  public static ArbitraryCatalogue catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns the arbitrary of a type under the standard settings, as {@code @ForAll} gets it.
   *
   * @param type the type; not null
   * @param <T> the type
   * @return the arbitrary, never null
   * @throws IllegalArgumentException if the kit has no arbitrary for the type
   */
  public static <T> Arbitrary<T> of(Class<T> type) {
    return of(type, Settings.standard());
  }

  /**
   * Returns the arbitrary of a type under given settings.
   *
   * @param type the type; not null
   * @param settings what to generate within; not null
   * @param <T> the type
   * @return the arbitrary, never null
   * @throws IllegalArgumentException if the kit has no arbitrary for the type
   */
  public static <T> Arbitrary<T> of(Class<T> type, Settings settings) {
    return CATALOGUE.arbitrary(type, settings);
  }

  private static ArbitraryCatalogue build() {
    ArbitraryCatalogue.Builder catalogue = ArbitraryCatalogue.builder();
    CommonValues.addTo(catalogue);
    Leads.addTo(catalogue);
    Opportunities.addTo(catalogue);
    Contracts.addTo(catalogue);
    Teams.addTo(catalogue);
    Activities.addTo(catalogue);
    CustomerIssues.addTo(catalogue);
    Surveys.addTo(catalogue);
    ProcessArchitectures.addTo(catalogue);
    Customers.addTo(catalogue);
    CustomerProfiles.addTo(catalogue);
    KeyRelationships.addTo(catalogue);
    Relationships.addTo(catalogue);
    Kpis.addTo(catalogue);
    Dashboards.addTo(catalogue);
    Strategies.addTo(catalogue);
    Accounts.addTo(catalogue);
    Targets.addTo(catalogue);
    Expansions.addTo(catalogue);
    SkillMaps.addTo(catalogue);
    PricingCases.addTo(catalogue);
    PlanningCycles.addTo(catalogue);
    RelationshipPlans.addTo(catalogue);
    Allocations.addTo(catalogue);
    return catalogue.build();
  }
}
