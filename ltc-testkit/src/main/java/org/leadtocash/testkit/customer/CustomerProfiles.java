package org.leadtocash.testkit.customer;

import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.BusinessSegment;
import org.leadtocash.domain.customer.CompanyOverview;
import org.leadtocash.domain.customer.CompetitiveForce;
import org.leadtocash.domain.customer.CompetitivePosition;
import org.leadtocash.domain.customer.CompetitiveStance;
import org.leadtocash.domain.customer.CompetitorProfile;
import org.leadtocash.domain.customer.CountryAnalysis;
import org.leadtocash.domain.customer.CustomerInsight;
import org.leadtocash.domain.customer.CustomerNeeds;
import org.leadtocash.domain.customer.CustomerProfile;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.customer.FinancialAnalysis;
import org.leadtocash.domain.customer.IndustryAnalysis;
import org.leadtocash.domain.customer.KeyDate;
import org.leadtocash.domain.customer.KeyEvent;
import org.leadtocash.domain.customer.KeyEventOccurrence;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.OrganisationAnalysis;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.customer.ProcurementDecision;
import org.leadtocash.domain.customer.StrategyAnalysis;
import org.leadtocash.domain.customer.Swot;
import org.leadtocash.domain.customer.ThirtySecondAnswer;
import org.leadtocash.domain.customer.ThirtySecondTest;
import org.leadtocash.domain.customer.WeakestProduct;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Customer insight and profiles (DOMAIN D6.1, D6.8): every section of an enterprise profile, from
 * the summary to the country analysis, filled or left out, executives with their personal profiles
 * (D7.8), competitor profiles, and the 30-second test a profile answers.
 */
public final class CustomerProfiles {

  private CustomerProfiles() {}

  /**
   * Adds the arbitraries of the profiles' values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(CustomerProfile.class, CustomerProfiles::profiles)
        .add(CustomerInsight.class, CustomerProfiles::insights)
        .add(CompanyOverview.class, s -> overviews())
        .add(CustomerNeeds.class, s -> needs())
        .add(ProcurementDecision.class, s -> procurement())
        .add(CompetitivePosition.class, s -> positions())
        .add(IndustryAnalysis.class, s -> industries())
        .add(StrategyAnalysis.class, s -> strategies())
        .add(FinancialAnalysis.class, CustomerProfiles::financials)
        .add(OrganisationAnalysis.class, s -> organisations())
        .add(Swot.class, s -> swots())
        .add(WeakestProduct.class, s -> weakestProducts())
        .add(PersonalProfile.class, s -> personalProfiles())
        .add(KeyDate.class, s -> keyDates())
        .add(ExecutiveProfile.class, s -> executives())
        .add(BusinessSegment.class, CustomerProfiles::businessSegments)
        .add(KeyEvent.class, s -> keyEvents())
        .add(
            KeyEventOccurrence.class,
            s -> Generators.partsOf(profiles(s), p -> p.keyEventsIn(s.dates())))
        .add(CountryAnalysis.class, s -> countries())
        .add(CompetitorProfile.class, s -> competitors())
        .add(ThirtySecondTest.class, s -> profiles(s).map(CustomerProfile::thirtySecondTest))
        .add(
            ThirtySecondAnswer.class,
            s -> Generators.partsOf(profiles(s), p -> p.thirtySecondTest().answers()));
  }

  private static Arbitrary<List<String>> items() {
    return CommonValues.texts().list().ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<CompanyOverview> overviews() {
    return Combinators.combine(
            CommonValues.texts(), CommonValues.texts(), items(), items(), items())
        .as(
            (vision, results, capabilities, opportunities, threats) -> {
              CompanyOverview.Builder b =
                  CompanyOverview.builder().visionAndMission(vision).results(results);
              capabilities.forEach(b::addCoreCapability);
              opportunities.forEach(b::addOpportunity);
              threats.forEach(b::addThreat);
              return b.build();
            });
  }

  private static Arbitrary<CustomerNeeds> needs() {
    return Combinators.combine(items(), items(), items(), items())
        .as(
            (products, solutions, services, models) -> {
              CustomerNeeds.Builder b = CustomerNeeds.builder();
              products.forEach(b::addProduct);
              solutions.forEach(b::addSolution);
              services.forEach(b::addService);
              models.forEach(b::addBusinessModel);
              return b.build();
            });
  }

  private static Arbitrary<ProcurementDecision> procurement() {
    return Combinators.combine(CommonValues.texts(), items(), items())
        .as(
            (model, roles, procedure) -> {
              ProcurementDecision.Builder b = ProcurementDecision.builder().model(model);
              roles.forEach(b::addKeyRole);
              procedure.forEach(b::addProcedure);
              return b.build();
            });
  }

  private static Arbitrary<CompetitivePosition> positions() {
    return Combinators.combine(
            CommonValues.texts(),
            items(),
            items(),
            Arbitraries.of(CompetitiveStance.class),
            CommonValues.texts().optional(0.5),
            CommonValues.texts().optional(0.5))
        .as(
            (chain, customers, competitors, stance, distribution, differentiation) -> {
              CompetitivePosition.Builder b =
                  CompetitivePosition.builder().valueChainPosition(chain).stance(stance);
              customers.forEach(b::addCustomer);
              competitors.forEach(b::addMainCompetitor);
              distribution.ifPresent(b::marketDistribution);
              differentiation.ifPresent(b::differentiation);
              return b.build();
            });
  }

  private static Arbitrary<IndustryAnalysis> industries() {
    return Combinators.combine(CommonValues.texts(), items(), positions(), CommonValues.texts())
        .as(
            (macro, trends, competition, summary) -> {
              IndustryAnalysis.Builder b =
                  IndustryAnalysis.builder()
                      .macroEnvironment(macro)
                      .competition(competition)
                      .summary(summary);
              trends.forEach(b::addIndustryTrend);
              return b.build();
            });
  }

  private static Arbitrary<StrategyAnalysis> strategies() {
    return Combinators.combine(
            CommonValues.texts(),
            items(),
            CommonValues.texts(),
            CommonValues.texts().optional(0.5),
            items(),
            CommonValues.texts())
        .as(
            (analysis, focus, business, pr, pains, summary) -> {
              StrategyAnalysis.Builder b =
                  StrategyAnalysis.builder()
                      .strategicAnalysis(analysis)
                      .businessStrategy(business)
                      .summary(summary);
              focus.forEach(b::addCeoFocu);
              pr.ifPresent(b::publicRelationsStrategy);
              pains.forEach(b::addPainPoint);
              return b.build();
            });
  }

  private static Arbitrary<WeakestProduct> weakestProducts() {
    return Combinators.combine(CommonValues.texts(), CommonValues.texts()).as(WeakestProduct::new);
  }

  private static Arbitrary<FinancialAnalysis> financials(Settings settings) {
    Arbitrary<Optional<Money>> amount =
        CommonValues.amounts(settings.currency(), 0, 900_000_000).optional(0.7);
    return Combinators.combine(
            CommonValues.texts(),
            amount,
            amount,
            CommonValues.texts(),
            amount,
            CommonValues.texts().optional(0.5),
            weakestProducts().optional(0.5),
            CommonValues.texts())
        .as(
            (performance, revenue, profit, spending, capex, model, weakest, summary) -> {
              FinancialAnalysis.Builder b =
                  FinancialAnalysis.builder()
                      .performance(performance)
                      .spending(spending)
                      .summary(summary);
              revenue.ifPresent(b::revenue);
              profit.ifPresent(b::profit);
              capex.ifPresent(b::capitalSpending);
              model.ifPresent(b::profitModel);
              weakest.ifPresent(b::weakestProduct);
              return b.build();
            });
  }

  private static Arbitrary<OrganisationAnalysis> organisations() {
    return Combinators.combine(
            CommonValues.texts(), CommonValues.texts(), procurement(), CommonValues.texts())
        .as(
            (structure, part, procurement, summary) ->
                OrganisationAnalysis.builder()
                    .structure(structure)
                    .partWorkingWithUs(part)
                    .procurement(procurement)
                    .summary(summary)
                    .build());
  }

  private static Arbitrary<Swot> swots() {
    return Combinators.combine(
            items(), items(), items(), items(), CommonValues.texts().optional(0.5))
        .as(
            (strengths, weaknesses, opportunities, threats, summary) -> {
              Swot.Builder b = Swot.builder();
              strengths.forEach(b::addStrength);
              weaknesses.forEach(b::addWeaknesse);
              opportunities.forEach(b::addOpportunity);
              threats.forEach(b::addThreat);
              summary.ifPresent(b::summary);
              return b.build();
            });
  }

  private static Arbitrary<KeyDate> keyDates() {
    return Combinators.combine(
            Arbitraries.of("birthday", "company anniversary", "work anniversary"),
            Arbitraries.of(Month.class),
            Arbitraries.integers().between(1, 28))
        .as((occasion, month, day) -> KeyDate.of(occasion, MonthDay.of(month, day)));
  }

  /** {@return personal profiles (DOMAIN D6.8, D7.8): position, needs, interests, key dates} */
  public static Arbitrary<PersonalProfile> personalProfiles() {
    return Combinators.combine(
            Arbitraries.of("CTO", "CFO", "procurement director"),
            items(),
            Arbitraries.subsetOf(MaslowLevel.values()),
            items(),
            keyDates().list().ofMaxSize(2))
        .as(
            (position, careerNeeds, levels, interests, dates) -> {
              PersonalProfile.Builder b = PersonalProfile.builder().position(position);
              careerNeeds.forEach(b::addCareerNeed);
              levels.forEach(
                  level ->
                      b.putNeed(level, "wants " + level.name().toLowerCase(java.util.Locale.ROOT)));
              interests.forEach(b::addInterest);
              dates.forEach(b::addKeyDate);
              return b.build();
            });
  }

  private static Arbitrary<ExecutiveProfile> executives() {
    return Combinators.combine(
            CommonValues.ids("P-", PersonId::of),
            Arbitraries.of("Chen Jie", "Li Na", "Wang Fang"),
            personalProfiles())
        .as(
            (person, name, profile) ->
                ExecutiveProfile.builder().person(person).name(name).profile(profile).build());
  }

  private static Arbitrary<BusinessSegment> businessSegments(Settings settings) {
    return Combinators.combine(
            Arbitraries.of("mobile", "fixed broadband", "enterprise"),
            CommonValues.texts(),
            CommonValues.amounts(settings.currency(), 0, 500_000_000).optional(0.6))
        .as(BusinessSegment::new);
  }

  private static Arbitrary<KeyEvent> keyEvents() {
    return Combinators.combine(
            Arbitraries.of(Month.class),
            Arbitraries.integers().between(1, 28).optional(0.5),
            Arbitraries.of("budget planning", "annual tender", "board meeting"))
        .as(
            (month, day, what) ->
                day.map(d -> KeyEvent.on(MonthDay.of(month, d), what))
                    .orElse(KeyEvent.in(month, what)));
  }

  private static Arbitrary<CountryAnalysis> countries() {
    return Combinators.combine(Arbitraries.of("Kenya", "Brazil", "Germany"), CommonValues.texts())
        .as(CountryAnalysis::new);
  }

  private static Arbitrary<CompetitorProfile> competitors() {
    return Combinators.combine(
            CommonValues.competitors(),
            CommonValues.texts(),
            CommonValues.texts(),
            CommonValues.texts(),
            CommonValues.texts(),
            swots())
        .as(
            (CompetitorId id,
                String analysis,
                String products,
                String relations,
                String ops,
                Swot swot) ->
                CompetitorProfile.builder()
                    .competitor(id)
                    .name(id.value().substring("CO-".length()))
                    .overallAnalysis(analysis)
                    .productsAndServices(products)
                    .customerRelationshipManagement(relations)
                    .operations(ops)
                    .swot(swot)
                    .build());
  }

  /**
   * Returns customer insights (DOMAIN D6.1): a customer of the settings, some of the five forces,
   * the company overview, needs and procurement decision, maybe both sides' value.
   *
   * @param settings what to generate within; not null
   * @return the insights, never null
   */
  public static Arbitrary<CustomerInsight> insights(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.subsetOf(CompetitiveForce.values()),
            overviews(),
            needs(),
            procurement(),
            CommonValues.texts().optional(0.5),
            CommonValues.texts().optional(0.5))
        .as(
            (customer, forces, overview, needs, procurement, ours, theirs) -> {
              CustomerInsight.Builder b =
                  CustomerInsight.builder()
                      .customer(customer)
                      .overview(overview)
                      .needs(needs)
                      .procurement(procurement);
              forces.forEach(f -> b.putExternalEnvironment(f, "analysed " + f.label()));
              ours.ifPresent(b::ourValueToThem);
              theirs.ifPresent(b::theirValueToUs);
              return b.build();
            });
  }

  /**
   * Returns customer profiles (DOMAIN D6.8): a customer of the settings and a summary, and each
   * other section present or missing.
   *
   * @param settings what to generate within; not null
   * @return the profiles, never null
   */
  public static Arbitrary<CustomerProfile> profiles(Settings settings) {
    Arbitrary<Sections> sections =
        Combinators.combine(
                CommonValues.customers(settings),
                CommonValues.texts(),
                industries().optional(0.6),
                strategies().optional(0.6),
                financials(settings).optional(0.6),
                organisations().optional(0.6),
                swots().optional(0.6))
            .as(Sections::new);
    return Combinators.combine(
            sections,
            executives().list().ofMaxSize(3).uniqueElements(ExecutiveProfile::person),
            businessSegments(settings).list().ofMaxSize(2),
            keyEvents().list().ofMaxSize(3),
            CommonValues.texts().list().ofMaxSize(2),
            countries().list().ofMaxSize(2))
        .as(
            (parts, executives, segments, events, network, countries) -> {
              CustomerProfile.Builder b = parts.builder();
              executives.forEach(b::addExecutive);
              segments.forEach(b::addBusinessSegment);
              events.forEach(b::addKeyEvent);
              network.forEach(b::addNetworkDetail);
              countries.forEach(b::addCountry);
              return b.build();
            });
  }

  /** The sections of a profile that are one value each. */
  private record Sections(
      org.leadtocash.domain.common.CustomerId customer,
      String summary,
      Optional<IndustryAnalysis> industry,
      Optional<StrategyAnalysis> strategy,
      Optional<FinancialAnalysis> financials,
      Optional<OrganisationAnalysis> organisation,
      Optional<Swot> swot) {

    CustomerProfile.Builder builder() {
      CustomerProfile.Builder b = CustomerProfile.builder().customer(customer).summary(summary);
      industry.ifPresent(b::industry);
      strategy.ifPresent(b::strategy);
      financials.ifPresent(b::financials);
      organisation.ifPresent(b::organisation);
      swot.ifPresent(b::swot);
      return b;
    }
  }
}
