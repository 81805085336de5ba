package org.leadtocash.testkit.customer;

import static org.leadtocash.testkit.Generators.hoursLater;
import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.BasicDataAnalysed;
import org.leadtocash.domain.customer.BasicDataAnalysis;
import org.leadtocash.domain.customer.BasicDataSource;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerGraded;
import org.leadtocash.domain.customer.CustomerMonitored;
import org.leadtocash.domain.customer.CustomerRegistered;
import org.leadtocash.domain.customer.CustomerSize;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.CustomerType;
import org.leadtocash.domain.customer.CustomerValue;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.GradeReviewLine;
import org.leadtocash.domain.customer.GradeReviewReport;
import org.leadtocash.domain.customer.GradeReviewed;
import org.leadtocash.domain.customer.Grading;
import org.leadtocash.domain.customer.GradingStep;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.MonitoringFocus;
import org.leadtocash.domain.customer.MonitoringRecord;
import org.leadtocash.domain.customer.ParetoShare;
import org.leadtocash.domain.customer.PyramidEntry;
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.domain.customer.ReviewStatus;
import org.leadtocash.domain.customer.Segment;
import org.leadtocash.domain.customer.SegmentChanged;
import org.leadtocash.domain.customer.ServiceStrategy;
import org.leadtocash.domain.customer.ServiceStrategyDecided;
import org.leadtocash.domain.customer.ServiceValue;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.domain.customer.TierSummary;
import org.leadtocash.domain.customer.ValueAssessment;
import org.leadtocash.domain.customer.ValueIdentified;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.customer.ValueReturnCurve;
import org.leadtocash.domain.customer.ValueReturnPoint;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Customers (DOMAIN D6) in every reachable state — registered, taken through the grading steps of
 * D6.3 in order, graded and reviewed year after year, their segment changed — and the values of
 * customer value: assessments with their value-return curves, total values, the value pyramid.
 */
public final class Customers {

  private Customers() {}

  /**
   * Adds the arbitraries of the customer's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(Segment.class, Customers::segments)
        .add(BasicDataAnalysis.class, s -> basicData())
        .add(ValueAssessment.class, s -> CommonValues.customers(s).flatMap(c -> assessments(s, c)))
        .add(ValueReturnCurve.class, s -> CommonValues.customers(s).flatMap(c -> curves(s, c)))
        .add(
            ValueReturnPoint.class,
            s ->
                partsOf(
                    CommonValues.customers(s).flatMap(c -> curves(s, c)), ValueReturnCurve::points))
        .add(GradePolicy.class, s -> policies())
        .add(Grading.class, s -> partsOf(customers(s), Customer::gradings))
        .add(GradeAttestation.class, Customers::attestations)
        .add(ServiceStrategy.class, s -> strategies())
        .add(MonitoringRecord.class, s -> partsOf(customers(s), Customer::monitoring))
        .add(
            GradeReviewLine.class,
            s -> Combinators.combine(customers(s), CommonValues.dates(s)).as(GradeReviewLine::of))
        .add(
            GradeReviewReport.class,
            s ->
                Combinators.combine(
                        customers(s).list().ofMaxSize(6).uniqueElements(Customer::id),
                        CommonValues.dates(s))
                    .as(GradeReviewReport::of))
        .add(CustomerValue.class, Customers::values)
        .add(ValuePyramid.class, Customers::pyramids)
        .add(PyramidEntry.class, s -> partsOf(pyramids(s), ValuePyramid::entries))
        .add(TierSummary.class, s -> partsOf(pyramids(s), ValuePyramid::summaries))
        .add(ParetoShare.class, s -> pyramids(s).map(ValuePyramid::paretoShare))
        .add(ServingCosts.class, s -> costs(s.currency()))
        .add(IntangibleScores.class, s -> scores())
        .add(CustomerTotalValue.class, Customers::totalValues);
    catalogue.addAggregate(
        Customer.class,
        CustomerEvent.class,
        Customers::model,
        List.of(
            CustomerRegistered.class,
            BasicDataAnalysed.class,
            ValueIdentified.class,
            CustomerGraded.class,
            ServiceStrategyDecided.class,
            CustomerMonitored.class,
            GradeReviewed.class,
            SegmentChanged.class));
  }

  /**
   * Returns the customer's model: its histories take the grading steps of D6.3 in order, then
   * review, monitor or change the segment; its chains add commands with random arguments, some
   * dated a few hours before the latest event, and commands dated before it on purpose, which the
   * customer must refuse (D6.3).
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<Customer, CustomerEvent> model(Settings settings) {
    Arbitrary<Command<Customer, CustomerEvent>> steps = steps(settings);
    return AggregateModel.builder(Customer.class)
        .timeOrder(RuleId.D6_3)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(4, steps),
                Tuple.of(4, anyCommand(settings)),
                Tuple.of(1, backdated(settings))))
        .replay(Customer::replay, Customer::replay)
        .invariants(Customers::checkRules)
        .sizes(12, 24)
        .build();
  }

  /**
   * Returns the attestations of grades (DOMAIN D6.2), each issued by a customer the settings know,
   * graded through its own commands with any grade; see {@link #attestation}.
   *
   * @param settings what to generate within; not null
   * @return the attestations, never null
   */
  public static Arbitrary<GradeAttestation> attestations(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of(CustomerGrade.class),
            Arbitraries.integers().between(0, Math.max(0, settings.days() - 1)))
        .as((customer, grade, day) -> attestation(settings, customer, grade, settings.day(day)));
  }

  /**
   * Returns the attestation of a grade that a customer issues once graded so (DOMAIN D6.2): the
   * customer is registered, walked through the first three grading steps of D6.3 and graded, all at
   * the instant given, and attests its grade. The only way to obtain a {@link GradeAttestation},
   * here as for a host.
   *
   * @param settings what to generate within (the currency); not null
   * @param customer the customer's id; not null
   * @param grade its grade; not null
   * @param at when it is registered and graded; not null
   * @return the customer's attestation of the grade, never null
   */
  public static GradeAttestation attestation(
      Settings settings, CustomerId customer, CustomerGrade grade, Instant at) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(at, "at");
    CurrencyUnit currency = settings.currency();
    return Customer.register(
            customer,
            "customer " + customer,
            Segment.of(
                CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
                CustomerType.TECHNICALLY_COMPLEX,
                Money.ofMajor(currency, 3_000_000)),
            at)
        .then(
            c ->
                c.analyseBasicData(
                    BasicDataAnalysis.of("profile read", BasicDataSource.CUSTOMER_PROFILE), at))
        .then(
            c ->
                c.identifyValue(
                    ValueAssessment.builder()
                        .currentValue(Money.ofMajor(currency, 1_000_000))
                        .longTermValue(Money.ofMajor(currency, 5_000_000))
                        .rationale("the value-return curve")
                        .build(),
                    at))
        .then(
            c ->
                c.grade(
                    grade,
                    CustomerCategory.PARTNER,
                    GradePolicy.standard(grade),
                    settings.dateOf(at),
                    at))
        .state()
        .gradeAttestation()
        .orElseThrow();
  }

  /**
   * Returns customers in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the customers, never null
   */
  public static Arbitrary<Customer> customers(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns segments (DOMAIN D6.7): any size and type, a profit contribution in the settings'
   * currency.
   *
   * @param settings what to generate within; not null
   * @return the segments, never null
   */
  public static Arbitrary<Segment> segments(Settings settings) {
    return Combinators.combine(
            Arbitraries.of(CustomerSize.class),
            Arbitraries.of(CustomerType.class),
            Arbitraries.longs()
                .between(-1_000_000, 50_000_000)
                .map(n -> Money.ofMajor(settings.currency(), n)))
        .as(Segment::of);
  }

  private static Arbitrary<BasicDataAnalysis> basicData() {
    return Combinators.combine(
            CommonValues.texts(),
            Arbitraries.of(BasicDataSource.class),
            Arbitraries.of(BasicDataSource.class))
        .as((findings, first, second) -> BasicDataAnalysis.of(findings, first, second));
  }

  /** Value-return curves (DOMAIN D6.6) of a customer: consecutive quarters of the window's year. */
  private static Arbitrary<ValueReturnCurve> curves(Settings settings, CustomerId customer) {
    CurrencyUnit currency = settings.currency();
    Arbitrary<Money> amounts = CommonValues.amounts(currency, 0, 5_000_000);
    return Combinators.combine(amounts, amounts, amounts, amounts)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            quarters -> {
              YearQuarter first = YearQuarter.from(settings.date(0));
              List<ValueReturnPoint> points = new ArrayList<>();
              for (int i = 0; i < quarters.size(); i++) {
                Tuple.Tuple4<Money, Money, Money, Money> q = quarters.get(i);
                points.add(
                    ValueReturnPoint.of(
                        first.plusQuarters(i), q.get1(), q.get2(), q.get3(), q.get4()));
              }
              return ValueReturnCurve.of(customer, points);
            });
  }

  /**
   * Returns value assessments (DOMAIN D6.3) of a customer: current and long-term value in the
   * settings' currency, with or without its value-return curve.
   */
  private static Arbitrary<ValueAssessment> assessments(Settings settings, CustomerId customer) {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000, 10_000_000),
            Arbitraries.longs().between(0, 50_000_000),
            curves(settings, customer).optional(0.4))
        .as(
            (current, longTerm, curve) -> {
              ValueAssessment.Builder b =
                  ValueAssessment.builder()
                      .currentValue(Money.ofMajor(settings.currency(), current))
                      .longTermValue(Money.ofMajor(settings.currency(), longTerm))
                      .rationale("the value-return curve and the budget table");
              curve.ifPresent(b::curve);
              return b.build();
            });
  }

  private static Arbitrary<GradePolicy> policies() {
    Arbitrary<GradePolicy> custom =
        Combinators.combine(
                CommonValues.texts(),
                CommonValues.texts(),
                CommonValues.texts(),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(OrganisationLevel.class))
            .as(
                (technical, commercial, contact, months, sponsor) ->
                    GradePolicy.builder()
                        .technical(technical)
                        .commercial(commercial)
                        .contact(contact)
                        .contactCadence(Period.ofMonths(months))
                        .executiveSponsor(sponsor)
                        .build());
    return Arbitraries.oneOf(
        Arbitraries.of(CustomerGrade.class).map(GradePolicy::standard), custom);
  }

  private static Arbitrary<ServiceStrategy> strategies() {
    return Combinators.combine(
            Arbitraries.of(ServiceValue.class).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            CommonValues.texts(),
            CommonValues.texts())
        .as(ServiceStrategy::new);
  }

  private static Arbitrary<CustomerValue> values(Settings settings) {
    return Combinators.combine(CommonValues.customers(settings), worth(settings))
        .as(CustomerValue::of);
  }

  /** What a customer brings: never negative (D6.4), often the same as another's, now and then 0. */
  private static Arbitrary<Money> worth(Settings settings) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, CommonValues.amounts(settings.currency(), 0, 10_000_000)),
        Tuple.of(
            3, Arbitraries.of(0L, 100L, 1_000L).map(n -> Money.ofMajor(settings.currency(), n))));
  }

  /**
   * Returns portfolios (DOMAIN D6.4): the values of 1 to 40 distinct customers, the settings' first
   * ones, in the settings' currency, often tied and now and then zero — what a value pyramid
   * classifies.
   *
   * @param settings what to generate within; not null
   * @return the portfolios, never null
   */
  public static Arbitrary<List<CustomerValue>> portfolios(Settings settings) {
    return worth(settings)
        .list()
        .ofMinSize(1)
        .ofMaxSize(Math.min(40, settings.customers()))
        .map(
            list -> {
              List<CustomerValue> portfolio = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                portfolio.add(CustomerValue.of(settings.customer(i), list.get(i)));
              }
              return portfolio;
            });
  }

  /**
   * Returns value pyramids (DOMAIN D6.4) of {@link #portfolios portfolios}, by the standard policy
   * or by cumulative value.
   *
   * @param settings what to generate within; not null
   * @return the pyramids, never null
   */
  public static Arbitrary<ValuePyramid> pyramids(Settings settings) {
    return Combinators.combine(
            portfolios(settings),
            Arbitraries.of(PyramidPolicy.standard(), PyramidPolicy.byCumulativeValue(70, 90)))
        .as(ValuePyramid::classify);
  }

  private static Arbitrary<ServingCosts> costs(CurrencyUnit currency) {
    Arbitrary<Money> part = CommonValues.amounts(currency, 0, 1_000_000);
    return Combinators.combine(part, part, part).as(ServingCosts::of);
  }

  private static Arbitrary<IntangibleScores> scores() {
    Arbitrary<Integer> score =
        Arbitraries.integers().between(IntangibleScores.MIN_SCORE, IntangibleScores.MAX_SCORE);
    return Combinators.combine(score, score, score, score).as(IntangibleScores::of);
  }

  /**
   * Returns customer total values (DOMAIN D6.5) over a quarter of the window, calculated with the
   * standard intangible-value policy.
   *
   * @param settings what to generate within; not null
   * @return the total values, never null
   */
  public static Arbitrary<CustomerTotalValue> totalValues(Settings settings) {
    CurrencyUnit currency = settings.currency();
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs()
                .between(-1_000_000, 20_000_000)
                .map(n -> Money.ofMajor(currency, n)),
            costs(currency),
            scores())
        .as(
            (customer, quarter, profit, costs, scores) -> {
              YearQuarter q = YearQuarter.from(settings.date(0)).plusQuarters(quarter);
              return CustomerTotalValue.calculate(
                  customer,
                  LocalDateRange.of(q.atDay(1), q.plusQuarters(1).atDay(1)),
                  profit,
                  costs,
                  scores,
                  IntangibleValuePolicy.standard(Money.ofMajor(currency, 100)));
            });
  }

  // ---------------------------------------------------------------- commands

  private static Arbitrary<Transition<Customer, CustomerEvent>> creations(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of("North Mobile", "Coastal Power", "City Water"),
            segments(settings),
            Arbitraries.integers().between(0, settings.days() / 2))
        .as((id, name, segment, day) -> Customer.register(id, name, segment, settings.day(day)));
  }

  /** The arguments a step draws; which command it sends depends on the customer's state. */
  private record Step(
      int choice,
      int hours,
      CustomerGrade grade,
      CustomerCategory category,
      MonitoringFocus focus,
      int days,
      Segment segment) {}

  private static Arbitrary<Command<Customer, CustomerEvent>> steps(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 23),
            Arbitraries.of(CustomerGrade.class),
            Arbitraries.of(CustomerCategory.class),
            Arbitraries.of(MonitoringFocus.class),
            Arbitraries.integers().between(1, 500),
            segments(settings))
        .as(Step::new)
        .map(step -> Command.of("step " + step, c -> step(settings, c, step)));
  }

  /**
   * The next grading step (D6.3), in order; once all are taken, a yearly review, monitoring or a
   * change of segment.
   */
  private static Transition<Customer, CustomerEvent> step(Settings settings, Customer c, Step s) {
    Instant at = later(settings, c.lastEventAt(), s.hours());
    LocalDate today = settings.dateOf(at);
    if (s.choice() < 5) {
      return c.changeSegment(s.segment(), at);
    }
    Optional<GradingStep> next = c.nextStep();
    if (next.isEmpty() || s.choice() < 25) {
      return c.grading().isPresent() && s.choice() % 2 == 0
          ? c.reviewGrade(
              s.grade(),
              s.category(),
              GradePolicy.standard(s.grade()),
              earlier(c.grading().get().effectiveOn().plusDays(s.days()), today),
              at)
          : c.monitor(s.focus(), "observed", today, at);
    }
    return switch (next.get()) {
      case ANALYSE_BASIC_DATA ->
          c.analyseBasicData(
              BasicDataAnalysis.of("profile read", pick(BasicDataSource.values(), s.choice())), at);
      case IDENTIFY_VALUE ->
          c.identifyValue(
              ValueAssessment.builder()
                  .currentValue(
                      Money.ofMajor(
                          c.segment().profitContribution().getCurrencyUnit(), s.days() * 1_000L))
                  .longTermValue(
                      Money.ofMajor(
                          c.segment().profitContribution().getCurrencyUnit(), s.days() * 5_000L))
                  .rationale("the value-return curve")
                  .build(),
              at);
      case GRADE_AND_SET_POLICY ->
          c.grade(s.grade(), s.category(), GradePolicy.standard(s.grade()), today, at);
      case DECIDE_SERVICE_STRATEGY ->
          c.decideServiceStrategy(
              new ServiceStrategy(
                  List.of(pick(ServiceValue.values(), s.choice())),
                  "fast response",
                  "a dedicated team"),
              at);
      case TRACK_AND_MONITOR -> c.monitor(s.focus(), "observed", today, at);
    };
  }

  /** The earlier of two dates: a review is held no later than the day it is recorded (D6.3). */
  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The arguments of a grading or its review. */
  private record GradingArguments(
      CustomerGrade grade, CustomerCategory category, GradePolicy policy, LocalDate on) {}

  /**
   * Any command with random arguments, some hours after the latest event or a few before it (as a
   * host might send them): steps out of order, reviews dated before the grading.
   */
  private static Arbitrary<Command<Customer, CustomerEvent>> anyCommand(Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(-6, 60);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(-400, 1_500).map(settings::date);
    Arbitrary<GradingArguments> gradings =
        Combinators.combine(
                Arbitraries.of(CustomerGrade.class), Arbitraries.of(CustomerCategory.class), dates)
            .as(
                (grade, category, on) ->
                    new GradingArguments(grade, category, GradePolicy.standard(grade), on));
    return Arbitraries.oneOf(
        hours.map(
            h ->
                hoursLater(
                    "analyseBasicData",
                    h,
                    settings,
                    Customer::lastEventAt,
                    (c, at) ->
                        c.analyseBasicData(
                            BasicDataAnalysis.of("read", BasicDataSource.CUSTOMER_PROFILE), at))),
        Combinators.combine(Arbitraries.longs().between(-1_000, 10_000_000), hours)
            .as(
                (v, h) ->
                    hoursLater(
                        "identifyValue " + v,
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) ->
                            c.identifyValue(
                                ValueAssessment.builder()
                                    .currentValue(Money.ofMajor(settings.currency(), v))
                                    .longTermValue(
                                        Money.ofMajor(settings.currency(), Math.abs(v) * 2))
                                    .rationale("estimated")
                                    .build(),
                                at))),
        Combinators.combine(gradings, hours)
            .as(
                (g, h) ->
                    hoursLater(
                        "grade " + g,
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) -> c.grade(g.grade(), g.category(), g.policy(), g.on(), at))),
        Combinators.combine(gradings, hours)
            .as(
                (g, h) ->
                    hoursLater(
                        "reviewGrade " + g,
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) -> c.reviewGrade(g.grade(), g.category(), g.policy(), g.on(), at))),
        Combinators.combine(strategies(), hours)
            .as(
                (st, h) ->
                    hoursLater(
                        "decideServiceStrategy",
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) -> c.decideServiceStrategy(st, at))),
        Combinators.combine(Arbitraries.of(MonitoringFocus.class), dates, hours)
            .as(
                (f, on, h) ->
                    hoursLater(
                        "monitor " + f,
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) -> c.monitor(f, "observed", on, at))),
        Combinators.combine(segments(settings), hours)
            .as(
                (seg, h) ->
                    hoursLater(
                        "changeSegment " + seg,
                        h,
                        settings,
                        Customer::lastEventAt,
                        (c, at) -> c.changeSegment(seg, at))));
  }

  /**
   * Commands dated before the latest event, which every customer refuses (D6.3: its history runs
   * forward): an analysis of its basic data, allowed in every state, or a change of segment.
   */
  private static Arbitrary<Command<Customer, CustomerEvent>> backdated(Settings settings) {
    return Arbitraries.oneOf(
        Generators.backdated(
            "analyseBasicData",
            Customer::lastEventAt,
            (c, at) ->
                c.analyseBasicData(
                    BasicDataAnalysis.of("read again", BasicDataSource.CUSTOMER_PROFILE), at)),
        segments(settings)
            .flatMap(
                segment ->
                    Generators.<Customer, CustomerEvent>backdated(
                        "changeSegment " + segment,
                        Customer::lastEventAt,
                        (c, at) -> c.changeSegment(segment, at))));
  }

  /** One of an enum's constants, by a number modulo their count. */
  private static <T> T pick(T[] values, int n) {
    return List.of(values).get(n % values.length);
  }

  // ---------------------------------------------------------------- the rules

  /**
   * Checks the rules of DOMAIN D6.2, D6.3 and D6.7 on a customer and its history.
   *
   * @param log the customer with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<Customer, CustomerEvent> log) {
    Customer customer = log.state();
    List<CustomerEvent> events = log.events();
    Check.equal((long) events.size(), customer.version(), "the version counts the events");
    Check.equal(
        events.get(events.size() - 1).occurredAt(),
        customer.lastEventAt(),
        "D6.3: the last event's instant is kept");
    int taken = customer.completedSteps().size();
    List<GradingStep> steps = List.of(GradingStep.values());
    for (int i = 0; i < steps.size(); i++) {
      GradingStep step = steps.get(i);
      Check.equal(
          i < taken,
          customer.completedSteps().contains(step),
          "D6.3: steps are taken in order, " + customer.completedSteps());
    }
    int lastFirst = -1;
    for (Class<?> kind :
        List.of(
            BasicDataAnalysed.class,
            ValueIdentified.class,
            CustomerGraded.class,
            ServiceStrategyDecided.class,
            CustomerMonitored.class)) {
      int first = indexOfFirst(events, kind);
      if (first < 0) {
        break;
      }
      Check.that(first > lastFirst, "D6.3: " + kind.getSimpleName() + " after its predecessor");
      lastFirst = first;
    }
    long graded = events.stream().filter(e -> e instanceof CustomerGraded).count();
    long reviews = events.stream().filter(e -> e instanceof GradeReviewed).count();
    Check.that(graded <= 1, "D6.2: a customer is graded once");
    Check.equal(graded + reviews, (long) customer.gradings().size(), "D6.2: every grading kept");
    if (graded == 0) {
      Check.equal(0L, reviews, "D6.2: only a graded customer is reviewed");
      Check.equal(
          ReviewStatus.NOT_GRADED,
          customer.reviewStatus(LocalDate.of(9999, 1, 1)),
          "D6.2: not graded yet");
    }
    for (int i = 1; i < customer.gradings().size(); i++) {
      Check.that(
          customer
              .gradings()
              .get(i)
              .effectiveOn()
              .isAfter(customer.gradings().get(i - 1).effectiveOn()),
          "D6.2: reviews move forward in time");
    }
    customer
        .grading()
        .ifPresent(
            g -> {
              LocalDate due = g.effectiveOn().plus(Customer.REVIEW_PERIOD);
              Check.equal(Optional.of(due), customer.reviewDueOn(), "D6.2: reviewed every year");
              Check.that(customer.isReviewDue(due), "D6.2: due a year after");
              Check.that(!customer.isReviewDue(due.minusDays(1)), "D6.2: not due within the year");
            });
  }

  private static int indexOfFirst(List<CustomerEvent> events, Class<?> kind) {
    for (int i = 0; i < events.size(); i++) {
      if (kind.isInstance(events.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
