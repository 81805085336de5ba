package org.leadtocash.testkit.planning;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.planning.account.AccountPlan;
import org.leadtocash.planning.account.AccountPrinciple;
import org.leadtocash.planning.account.Assessment;
import org.leadtocash.planning.account.CallFrequency;
import org.leadtocash.planning.account.CompletedStep;
import org.leadtocash.planning.account.CustomerGroup;
import org.leadtocash.planning.account.DecisionMaking;
import org.leadtocash.planning.account.DecisionPower;
import org.leadtocash.planning.account.GapCoverage;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.GrowthMatrixPolicy;
import org.leadtocash.planning.account.GrowthOption;
import org.leadtocash.planning.account.GrowthOptionKind;
import org.leadtocash.planning.account.KamChecklist;
import org.leadtocash.planning.account.KamReport;
import org.leadtocash.planning.account.KamStep;
import org.leadtocash.planning.account.KamStepCheck;
import org.leadtocash.planning.account.KeyAccountStrategy;
import org.leadtocash.planning.account.MatrixThresholds;
import org.leadtocash.planning.account.Milestone;
import org.leadtocash.planning.account.Penetration;
import org.leadtocash.planning.account.PlacedOption;
import org.leadtocash.planning.account.PrincipleFinding;
import org.leadtocash.planning.account.PrincipleReport;
import org.leadtocash.planning.account.PrincipleReview;
import org.leadtocash.planning.account.SalesPotentialGap;
import org.leadtocash.planning.account.SegmentPenetration;
import org.leadtocash.planning.account.ValueProposition;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Key-account management (DOMAIN D11.1–D11.4, D11.9, D11.11): principle reviews with principles
 * met, not met (with or without evidence) or not recorded; key-account strategies with steps open
 * or written; growth options on the matrix under the mean-prize or a host's threshold, with their
 * sales-potential gaps; penetration by segment; account plans with any part missing; and KAM
 * checklists walked in order on a complete account plan.
 */
public final class Accounts {

  private Accounts() {}

  /**
   * Adds the arbitraries of the account package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(Assessment.class, s -> assessments())
        .add(PrincipleReview.class, s -> reviews())
        .add(PrincipleReport.class, s -> reviews().map(PrincipleReview::report))
        .add(
            PrincipleFinding.class,
            s -> reviews().map(PrincipleReview::report).flatMap(r -> Arbitraries.of(r.findings())))
        .add(KeyAccountStrategy.class, s -> strategies())
        .add(
            CustomerGroup.class,
            s ->
                strategies()
                    .filter(k -> !k.customerGroups().isEmpty())
                    .flatMap(k -> Arbitraries.of(k.customerGroups())))
        .add(
            ValueProposition.class,
            s ->
                strategies()
                    .filter(k -> !k.propositions().isEmpty())
                    .flatMap(k -> Arbitraries.of(k.propositions())))
        .add(GrowthOption.class, Accounts::growthOptions)
        .add(GrowthMatrix.class, Accounts::growthMatrices)
        .add(MatrixThresholds.class, s -> growthMatrices(s).map(GrowthMatrix::thresholds))
        .add(
            PlacedOption.class, s -> growthMatrices(s).flatMap(m -> Arbitraries.of(m.placements())))
        .add(SalesPotentialGap.class, Accounts::salesPotentialGaps)
        .add(GapCoverage.class, Accounts::gapCoverages)
        .add(SegmentPenetration.class, Accounts::segmentPenetrations)
        .add(Penetration.class, Accounts::penetrations)
        .add(DecisionMaking.class, s -> decisionMakings())
        .add(CallFrequency.class, s -> callFrequencies())
        .add(Milestone.class, Accounts::milestones)
        .add(AccountPlan.class, Accounts::accountPlans)
        .add(KamChecklist.class, Accounts::kamChecklists)
        .add(
            CompletedStep.class,
            s ->
                kamChecklists(s)
                    .filter(k -> !k.completed().isEmpty())
                    .flatMap(k -> Arbitraries.of(k.completed())))
        .add(KamReport.class, Accounts::kamReports)
        .add(KamStepCheck.class, s -> kamReports(s).flatMap(r -> Arbitraries.of(r.steps())));
  }

  /** Evidence: mostly written, sometimes blank. */
  private static Arbitrary<String> evidence() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, CommonValues.texts()), Tuple.of(1, Arbitraries.of("", " ")));
  }

  /** {@return assessments met or not, with evidence or a blank text} */
  public static Arbitrary<Assessment> assessments() {
    return Combinators.combine(Arbitraries.of(true, false), evidence()).as(Assessment::new);
  }

  /** {@return reviews with each of the 17 principles recorded (met or not) or not recorded} */
  public static Arbitrary<PrincipleReview> reviews() {
    List<AccountPrinciple> all = AccountPrinciple.all();
    return assessments()
        .optional(0.7)
        .list()
        .ofSize(all.size())
        .map(
            recorded -> {
              PrincipleReview.Builder review = PrincipleReview.builder();
              for (int i = 0; i < all.size(); i++) {
                AccountPrinciple principle = all.get(i);
                recorded.get(i).ifPresent(a -> review.record(principle, a));
              }
              return review.build();
            });
  }

  /**
   * Returns key-account strategies with up to four customer groups of priority 1 to 3, up to three
   * targets, a value proposition for some groups and a role defined, blank or not written.
   *
   * @return the strategies, never null
   */
  public static Arbitrary<KeyAccountStrategy> strategies() {
    Arbitrary<List<CustomerGroup>> groups =
        Combinators.combine(
                Arbitraries.integers().between(1, 8).map(i -> "group " + i),
                Arbitraries.integers().between(1, 3))
            .as(CustomerGroup::new)
            .list()
            .ofMaxSize(4)
            .uniqueElements(CustomerGroup::name);
    return Combinators.combine(
            groups,
            CommonValues.texts().list().ofMaxSize(3),
            Arbitraries.of(true, false).list().ofSize(4),
            Arbitraries.of("", " ", "the account's business advisor", "the customer's guide"))
        .as(
            (customerGroups, targets, withProposition, role) -> {
              KeyAccountStrategy.Builder strategy = KeyAccountStrategy.builder().salesRole(role);
              customerGroups.forEach(g -> strategy.customerGroup(g.name(), g.priority()));
              targets.forEach(strategy::target);
              for (int i = 0; i < customerGroups.size(); i++) {
                if (withProposition.get(i)) {
                  strategy.proposition(
                      customerGroups.get(i).name(),
                      "buyers of " + customerGroups.get(i).name(),
                      "at market price",
                      "local service");
                }
              }
              return strategy.build();
            });
  }

  /**
   * Returns growth options in the settings' currency, of any kind, prizes up to 50 million and any
   * probability, described from a small set so that a list of them needs {@code uniqueElements} by
   * description.
   *
   * @param settings what to generate within; not null
   * @return the options, never null
   */
  public static Arbitrary<GrowthOption> growthOptions(Settings settings) {
    return Combinators.combine(
            Arbitraries.of(GrowthOptionKind.class),
            Arbitraries.integers().between(1, 40).map(i -> "option " + i),
            CommonValues.amounts(settings.currency(), 0, 50_000_000),
            CommonValues.probabilities())
        .as(GrowthOption::new);
  }

  /**
   * Returns growth policies: the standard mean-prize policy, or the standard policy with a host's
   * prize threshold in the settings' currency.
   *
   * @param settings what to generate within; not null
   * @return the policies, never null
   */
  public static Arbitrary<GrowthMatrixPolicy> growthPolicies(Settings settings) {
    return Arbitraries.oneOf(
        Arbitraries.just(GrowthMatrixPolicy.standard()),
        CommonValues.amounts(settings.currency(), 0, 50_000_000).map(GrowthMatrixPolicy::standard));
  }

  /**
   * Returns matrices of 1 to 8 distinctly described options under a generated policy.
   *
   * @param settings what to generate within; not null
   * @return the matrices, never null
   */
  public static Arbitrary<GrowthMatrix> growthMatrices(Settings settings) {
    return Combinators.combine(
            growthOptions(settings)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .uniqueElements(GrowthOption::description),
            growthPolicies(settings))
        .as(GrowthMatrix::of);
  }

  /**
   * Returns sales-potential gaps in the settings' currency: a gap, a surplus or neither.
   *
   * @param settings what to generate within; not null
   * @return the gaps, never null
   */
  public static Arbitrary<SalesPotentialGap> salesPotentialGaps(Settings settings) {
    CurrencyUnit currency = settings.currency();
    return Combinators.combine(
            CommonValues.amounts(currency, 0, 300_000_000),
            CommonValues.amounts(currency, 0, 200_000_000),
            CommonValues.amounts(currency, 0, 100_000_000))
        .as(SalesPotentialGap::of);
  }

  /**
   * Returns how a matrix of growth options covers a sales-potential gap.
   *
   * @param settings what to generate within; not null
   * @return the coverages, never null
   */
  public static Arbitrary<GapCoverage> gapCoverages(Settings settings) {
    return Combinators.combine(salesPotentialGaps(settings), growthMatrices(settings))
        .as(SalesPotentialGap::coverage);
  }

  /** {@return shares: defined rates from 0 to 1} */
  private static Arbitrary<Rate> shares() {
    return Arbitraries.integers()
        .between(1, 200)
        .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Rate.of(n, d)));
  }

  /**
   * Returns segment penetrations named from a small set, with or without a market size in the
   * settings' currency.
   *
   * @param settings what to generate within; not null
   * @return the penetrations, never null
   */
  public static Arbitrary<SegmentPenetration> segmentPenetrations(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 20).map(i -> "segment " + i),
            shares(),
            shares(),
            CommonValues.amounts(settings.currency(), 0, 900_000_000).optional())
        .as(SegmentPenetration::new);
  }

  /**
   * Returns penetrations of up to 8 distinct segments.
   *
   * @param settings what to generate within; not null
   * @return the penetrations, never null
   */
  public static Arbitrary<Penetration> penetrations(Settings settings) {
    return segmentPenetrations(settings)
        .list()
        .ofMaxSize(8)
        .uniqueElements(SegmentPenetration::segment)
        .map(Penetration::of);
  }

  /** {@return decision power with a process} */
  public static Arbitrary<DecisionMaking> decisionMakings() {
    return Combinators.combine(Arbitraries.of(DecisionPower.class), CommonValues.texts())
        .as(DecisionMaking::new);
  }

  /** {@return 1 to 8 calls every 1 to 4 weeks or 1 to 3 months} */
  public static Arbitrary<CallFrequency> callFrequencies() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 8),
            Arbitraries.oneOf(
                Arbitraries.integers().between(1, 4).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 3).map(Period::ofMonths)))
        .as(CallFrequency::new);
  }

  /**
   * Returns milestones due within the settings' window.
   *
   * @param settings what to generate within; not null
   * @return the milestones, never null
   */
  public static Arbitrary<Milestone> milestones(Settings settings) {
    return Combinators.combine(CommonValues.texts(), CommonValues.dates(settings))
        .as(Milestone::new);
  }

  /**
   * Returns account plans of the settings' customers with each part written or missing, and 0 to 5
   * opportunities.
   *
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<AccountPlan> accountPlans(Settings settings) {
    return CommonValues.customers(settings).flatMap(c -> accountPlans(c, settings));
  }

  /**
   * Returns account plans of one customer with each part written or missing.
   *
   * @param customer the key account; not null
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<AccountPlan> accountPlans(CustomerId customer, Settings settings) {
    CurrencyUnit currency = settings.currency();
    Arbitrary<String> products = Arbitraries.of("transport", "core", "IoT", "cloud", "5G");
    Arbitrary<List<Tuple.Tuple2<String, Money>>> amounts =
        Combinators.combine(products, CommonValues.amounts(currency, 0, 90_000_000))
            .as(Tuple::of)
            .list()
            .ofMaxSize(3)
            .uniqueElements(Tuple.Tuple2::get1);
    Arbitrary<List<String>> texts = CommonValues.texts().list().ofMaxSize(2);
    Arbitrary<AccountPlan.Builder> information =
        Combinators.combine(
                amounts,
                Arbitraries.longs()
                    .between(-5_000_000, 20_000_000)
                    .map(n -> Money.ofMajor(currency, n))
                    .optional(),
                decisionMakings().optional(),
                Arbitraries.integers()
                    .between(0, 30)
                    .map(i -> OpportunityId.of("OP-" + i))
                    .list()
                    .ofMaxSize(AccountPlan.MOST_OPPORTUNITIES)
                    .uniqueElements(),
                texts)
            .as(
                (sales, profit, decision, opportunities, risks) -> {
                  AccountPlan.Builder plan = AccountPlan.builder(customer);
                  sales.forEach(t -> plan.sales(t.get1(), t.get2()));
                  profit.ifPresent(plan::profitability);
                  decision.ifPresent(d -> plan.decisionMaking(d.power(), d.process()));
                  opportunities.forEach(plan::opportunity);
                  risks.forEach(plan::risk);
                  return plan;
                });
    return Combinators.combine(
            information,
            amounts,
            callFrequencies().optional(),
            texts,
            texts,
            texts,
            milestones(settings).list().ofMaxSize(3))
        .as(
            (plan, targets, calls, team, product, measures, milestones) -> {
              targets.forEach(t -> plan.target(t.get1(), t.get2()));
              calls.ifPresent(c -> plan.callFrequency(c.calls(), c.per()));
              team.forEach(plan::teamRequirement);
              product.forEach(plan::productRequirement);
              measures.forEach(plan::measure);
              milestones.forEach(m -> plan.milestone(m.name(), m.due()));
              return plan.build();
            });
  }

  /**
   * Returns KAM checklists of the settings' customers with 0 to 6 steps done in order, a few days
   * apart, each against a complete account plan.
   *
   * @param settings what to generate within; not null
   * @return the checklists, never null
   */
  public static Arbitrary<KamChecklist> kamChecklists(Settings settings) {
    return CommonValues.customers(settings)
        .flatMap(
            customer ->
                Combinators.combine(
                        fullPlans(customer, settings),
                        Arbitraries.integers().between(0, KamStep.values().length),
                        CommonValues.dates(settings),
                        Arbitraries.integers()
                            .between(0, 21)
                            .list()
                            .ofSize(KamStep.values().length))
                    .as(
                        (plan, steps, start, gaps) -> {
                          KamChecklist checklist = KamChecklist.start(customer);
                          LocalDate day = start;
                          for (int i = 0; i < steps; i++) {
                            day = day.plusDays(gaps.get(i));
                            KamStep step = KamStep.values()[i];
                            checklist =
                                checklist.complete(step, day, "recorded " + step.work(), plan);
                          }
                          return checklist;
                        }));
  }

  /**
   * Returns KAM reports: a checklist checked against an account plan of its customer, complete or
   * not.
   *
   * @param settings what to generate within; not null
   * @return the reports, never null
   */
  public static Arbitrary<KamReport> kamReports(Settings settings) {
    return kamChecklists(settings)
        .flatMap(
            checklist ->
                Arbitraries.oneOf(
                        fullPlans(checklist.customer(), settings),
                        accountPlans(checklist.customer(), settings))
                    .map(checklist::report));
  }

  /**
   * Returns account plans of one customer with every part written: up to three of each list, one to
   * three products, three to five opportunities.
   *
   * @param customer the key account; not null
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<AccountPlan> fullPlans(CustomerId customer, Settings settings) {
    CurrencyUnit currency = settings.currency();
    return Combinators.combine(
            Arbitraries.integers().between(3, AccountPlan.MOST_OPPORTUNITIES),
            CommonValues.amounts(currency, 1, 90_000_000),
            decisionMakings(),
            callFrequencies(),
            CommonValues.texts(),
            milestones(settings))
        .as(
            (opportunities, amount, decision, calls, text, milestone) -> {
              AccountPlan.Builder plan =
                  AccountPlan.builder(customer)
                      .sales("transport", amount)
                      .profitability(amount.dividedBy(10, RoundingMode.DOWN))
                      .decisionMaking(decision.power(), decision.process())
                      .risk(text)
                      .target("transport", amount.multipliedBy(2))
                      .callFrequency(calls.calls(), calls.per())
                      .teamRequirement(text)
                      .productRequirement(text)
                      .measure(text)
                      .milestone(milestone.name(), milestone.due());
              for (int i = 0; i < opportunities; i++) {
                plan.opportunity(OpportunityId.of("OP-" + customer.value() + "-" + i));
              }
              return plan.build();
            });
  }
}
