package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.CTO;
import static org.leadtocash.domain.customer.CustomerFixtures.CTO_HOBBY;
import static org.leadtocash.domain.customer.CustomerFixtures.CTO_NAME;
import static org.leadtocash.domain.customer.CustomerFixtures.CUSTOMER;
import static org.leadtocash.domain.customer.CustomerFixtures.NAME;
import static org.leadtocash.domain.customer.CustomerFixtures.analysed;
import static org.leadtocash.domain.customer.CustomerFixtures.basicData;
import static org.leadtocash.domain.customer.CustomerFixtures.competitor;
import static org.leadtocash.domain.customer.CustomerFixtures.date;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.executive;
import static org.leadtocash.domain.customer.CustomerFixtures.fullProfile;
import static org.leadtocash.domain.customer.CustomerFixtures.graded;
import static org.leadtocash.domain.customer.CustomerFixtures.point;
import static org.leadtocash.domain.customer.CustomerFixtures.registered;
import static org.leadtocash.domain.customer.CustomerFixtures.segment;
import static org.leadtocash.domain.customer.CustomerFixtures.strategy;
import static org.leadtocash.domain.customer.CustomerFixtures.summaryOnly;
import static org.leadtocash.domain.customer.CustomerFixtures.value;
import static org.leadtocash.domain.customer.CustomerFixtures.valued;
import static org.leadtocash.domain.customer.CustomerFixtures.withStrategy;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class CustomerTest {

  private static final CurrencyUnit USD = CurrencyUnit.USD;

  private static void assertMentions(String rule, IllegalArgumentException e) {
    assertTrue(e.getMessage().contains("DOMAIN " + rule), e::getMessage);
  }

  @Nested
  @DisplayName("D6.2 grades, categories and their policies")
  class GradesAndCategories {

    @Test
    @DisplayName("grades run S > A > B > C")
    void gradeOrder() {
      assertTrue(CustomerGrade.S.isAtLeast(CustomerGrade.A));
      assertTrue(CustomerGrade.B.isAtLeast(CustomerGrade.B));
      assertFalse(CustomerGrade.C.isAtLeast(CustomerGrade.B));
    }

    @Test
    @DisplayName("the four categories carry their definitions")
    void categories() {
      assertEquals(
          List.of("strategic", "partner", "commercial", "general"),
          List.of(CustomerCategory.values()).stream().map(CustomerCategory::label).toList());
      assertTrue(CustomerCategory.STRATEGIC.definition().contains("mutual dependence"));
      assertTrue(CustomerCategory.COMMERCIAL.definition().contains("larger single value"));
      assertTrue(
          CustomerCategory.GENERAL.definition().contains("low potential")
              || CustomerCategory.GENERAL.definition().contains("low development potential"));
    }

    @Test
    @DisplayName("each grade has a default policy: higher grades meet more often, higher up")
    void standardPolicies() {
      GradePolicy s = GradePolicy.standard(CustomerGrade.S);
      GradePolicy c = GradePolicy.standard(CustomerGrade.C);
      assertEquals(Period.ofMonths(1), s.contactCadence());
      assertEquals(OrganisationLevel.HEADQUARTERS, s.executiveSponsor());
      assertEquals(Period.ofYears(1), c.contactCadence());
      for (CustomerGrade grade : CustomerGrade.values()) {
        GradePolicy policy = GradePolicy.standard(grade);
        assertFalse(policy.technical().isBlank());
        assertFalse(policy.commercial().isBlank());
        assertFalse(policy.contact().isBlank());
      }
      assertTrue(
          GradePolicy.standard(CustomerGrade.A)
              .executiveSponsor()
              .isAtLeast(GradePolicy.standard(CustomerGrade.B).executiveSponsor()));
    }

    @Test
    @DisplayName("a policy states its technical, commercial and contact parts and a real cadence")
    void policyIsComplete() {
      GradePolicy base = GradePolicy.standard(CustomerGrade.A);
      assertMentions(
          "D6.2",
          assertThrows(
              IllegalArgumentException.class,
              () -> GradePolicy.builder().from(base).commercial(" ").build()));
      assertMentions(
          "D6.2",
          assertThrows(
              IllegalArgumentException.class,
              () -> GradePolicy.builder().from(base).contactCadence(Period.ZERO).build()));
    }
  }

  @Nested
  @DisplayName("D6.3 the five grading steps, in order")
  class GradingSteps {

    @Test
    @DisplayName("the steps run from basic data to tracking and monitoring")
    void stepOrder() {
      assertEquals(Optional.empty(), GradingStep.ANALYSE_BASIC_DATA.previous());
      assertEquals(
          Optional.of(GradingStep.GRADE_AND_SET_POLICY), GradingStep.IDENTIFY_VALUE.next());
      assertEquals(Optional.empty(), GradingStep.TRACK_AND_MONITOR.next());
      assertTrue(GradingStep.DECIDE_SERVICE_STRATEGY.covers().contains("financing"));
    }

    @Test
    @DisplayName("a customer walks the five steps; each is recorded as data")
    void walkTheSteps() {
      Transition<Customer, CustomerEvent> walk =
          Customer.register(CUSTOMER, NAME, segment(), day(0))
              .then(c -> c.analyseBasicData(basicData(), day(1)))
              .then(c -> c.identifyValue(value(3_000_000, 20_000_000), day(2)))
              .then(
                  c ->
                      c.grade(
                          CustomerGrade.S,
                          CustomerCategory.STRATEGIC,
                          GradePolicy.standard(CustomerGrade.S),
                          D0,
                          day(3)))
              .then(c -> c.decideServiceStrategy(strategy(), day(4)))
              .then(
                  c ->
                      c.monitor(
                          MonitoringFocus.VOICE_OF_THE_CUSTOMER,
                          "asks for faster fault repair",
                          date(30),
                          day(30)));
      Customer customer = walk.state();
      assertEquals(Set.of(GradingStep.values()), customer.completedSteps());
      assertEquals(Optional.empty(), customer.nextStep());
      assertEquals(6, customer.version());
      assertEquals(6, walk.events().size());
      assertEquals(Optional.of(CustomerGrade.S), customer.grade());
      assertEquals(Optional.of(CustomerCategory.STRATEGIC), customer.category());
      assertEquals(Optional.of(GradePolicy.standard(CustomerGrade.S)), customer.policy());
      assertEquals(Optional.of(strategy()), customer.serviceStrategy());
      assertEquals(MonitoringFocus.VOICE_OF_THE_CUSTOMER, customer.monitoring().get(0).focus());
      assertTrue(walk.events().get(3) instanceof CustomerGraded);
    }

    @Test
    @DisplayName("the next step is always the first one not taken")
    void nextStep() {
      assertEquals(Optional.of(GradingStep.ANALYSE_BASIC_DATA), registered().nextStep());
      assertEquals(Optional.of(GradingStep.IDENTIFY_VALUE), analysed().nextStep());
      assertEquals(Optional.of(GradingStep.GRADE_AND_SET_POLICY), valued().nextStep());
      assertEquals(Optional.of(GradingStep.DECIDE_SERVICE_STRATEGY), graded().nextStep());
      assertEquals(Optional.of(GradingStep.TRACK_AND_MONITOR), withStrategy().nextStep());
    }

    @Test
    @DisplayName("value is identified only after the basic data is analysed")
    void valueNeedsBasicData() {
      IllegalTransitionException e =
          assertRefused(
              IllegalTransitionException.class,
              "D6.3",
              registered(),
              c -> c.identifyValue(value(1, 1), day(1)));
      assertTrue(e.getMessage().contains("Customer CU-NORTH-MOBILE (REGISTERED)"), e::getMessage);
    }

    @Test
    @DisplayName("a customer is graded only after its value is identified")
    void gradeNeedsValue() {
      assertRefused(
          IllegalTransitionException.class,
          "D6.3",
          analysed(),
          c ->
              c.grade(
                  CustomerGrade.A,
                  CustomerCategory.PARTNER,
                  GradePolicy.standard(CustomerGrade.A),
                  D0,
                  day(2)));
    }

    @Test
    @DisplayName("the service strategy is decided only for a graded customer")
    void strategyNeedsGrade() {
      assertRefused(
          IllegalTransitionException.class,
          "D6.3",
          valued(),
          c -> c.decideServiceStrategy(strategy(), day(3)));
    }

    @Test
    @DisplayName("tracking and monitoring follow the service strategy")
    void monitoringNeedsStrategy() {
      assertRefused(
          IllegalTransitionException.class,
          "D6.3",
          graded(),
          c -> c.monitor(MonitoringFocus.ISSUE_CLOSURE, "three issues open", date(9), day(9)));
    }

    @Test
    @DisplayName("a step already reached may be taken again with fresh data")
    void stepsRepeat() {
      Customer customer = withStrategy();
      BasicDataAnalysis fresh =
          BasicDataAnalysis.of("merger announced", BasicDataSource.THIRD_PARTY_REPORT);
      Customer refreshed =
          customer
              .analyseBasicData(fresh, day(40))
              .then(c -> c.identifyValue(value(2_000_000, 30_000_000), day(41)))
              .state();
      assertEquals(Optional.of(fresh), refreshed.basicData());
      assertEquals(Optional.of(cny(30_000_000)), refreshed.value().map(v -> v.longTermValue()));
      assertEquals(customer.completedSteps(), refreshed.completedSteps());
    }

    @Test
    @DisplayName(
        "a customer's history runs forward: a command dated before its last event is refused")
    void timeRunsForward() {
      Customer customer = withStrategy();
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class,
              "D6.3",
              customer,
              c -> c.analyseBasicData(basicData(), customer.lastEventAt().minusSeconds(1)));
      assertTrue(early.getMessage().contains("runs forward"), early::getMessage);
      assertRefused(
          RuleViolationException.class,
          "D6.3",
          customer,
          c -> c.changeSegment(Segment.of(CustomerSize.SME, CustomerType.GENERAL, cny(1)), day(1)));
      Customer same = customer.analyseBasicData(basicData(), customer.lastEventAt()).state();
      assertEquals(customer.lastEventAt(), same.lastEventAt(), "the same instant is fine");
      Customer later =
          customer.monitor(MonitoringFocus.CUSTOMER_RETURNS, "returns", date(50), day(50)).state();
      assertEquals(day(50), later.lastEventAt());
    }

    @Test
    @DisplayName("an analysis names its sources; a strategy what the customer values in us")
    void stepDataIsComplete() {
      assertMentions(
          "D6.3",
          assertThrows(
              IllegalArgumentException.class, () -> new BasicDataAnalysis(Set.of(), "found")));
      assertMentions(
          "D6.3",
          assertThrows(
              IllegalArgumentException.class, () -> new ServiceStrategy(List.of(), "d", "o")));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ServiceStrategy(
                  List.of(ServiceValue.LOW_PRICE, ServiceValue.LOW_PRICE), "d", "o"));
    }

    @Test
    @DisplayName("a value-return curve in an assessment is this customer's")
    void curveIsTheCustomers() {
      ValueAssessment other =
          ValueAssessment.builder()
              .from(value(1, 2))
              .curve(
                  ValueReturnCurve.of(CustomerId.of("CU-OTHER"), List.of(point(1, 10, 10, 1, 1))))
              .build();
      assertThrows(IllegalArgumentException.class, () -> analysed().identifyValue(other, day(2)));
    }
  }

  @Nested
  @DisplayName("D6.2 the grade and its policy are reviewed every year")
  class YearlyReview {

    @Test
    @DisplayName("a grading is due for review a year after it took effect")
    void dueAfterAYear() {
      Customer customer = graded(CustomerGrade.A, LocalDate.of(2026, 3, 1));
      assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), customer.reviewDueOn());
      assertFalse(customer.isReviewDue(LocalDate.of(2027, 2, 28)));
      assertEquals(ReviewStatus.UP_TO_DATE, customer.reviewStatus(LocalDate.of(2027, 2, 28)));
      assertTrue(customer.isReviewDue(LocalDate.of(2027, 3, 1)));
      assertTrue(customer.isReviewDue(LocalDate.of(2028, 1, 1)));
      assertEquals(ReviewStatus.NOT_GRADED, valued().reviewStatus(D0));
      assertFalse(valued().isReviewDue(LocalDate.of(2030, 1, 1)), "not graded: grade it first");
    }

    @Test
    @DisplayName("a review may change grade, category and policy, and restarts the year")
    void reviewChangesGrade() {
      Customer customer = graded(CustomerGrade.A, LocalDate.of(2026, 3, 1));
      Transition<Customer, CustomerEvent> review =
          customer.reviewGrade(
              CustomerGrade.S,
              CustomerCategory.STRATEGIC,
              GradePolicy.standard(CustomerGrade.S),
              LocalDate.of(2027, 3, 10),
              day(430));
      Customer reviewed = review.state();
      assertTrue(review.events().get(0) instanceof GradeReviewed);
      assertEquals(Optional.of(CustomerGrade.S), reviewed.grade());
      assertEquals(2, reviewed.gradings().size());
      assertEquals(CustomerGrade.A, reviewed.gradings().get(0).grade());
      assertEquals(Optional.of(LocalDate.of(2028, 3, 10)), reviewed.reviewDueOn());
      assertFalse(reviewed.isReviewDue(LocalDate.of(2027, 6, 1)));
    }

    @Test
    @DisplayName("grading again within the year is a review, and restarts the year too")
    void earlyReview() {
      Customer customer = graded(CustomerGrade.B, LocalDate.of(2026, 3, 1));
      Customer reviewed =
          customer
              .reviewGrade(
                  CustomerGrade.B,
                  CustomerCategory.COMMERCIAL,
                  GradePolicy.standard(CustomerGrade.B),
                  LocalDate.of(2026, 9, 1),
                  day(240))
              .state();
      assertEquals(Optional.of(LocalDate.of(2027, 9, 1)), reviewed.reviewDueOn());
    }

    @Test
    @DisplayName("a graded customer is not graded a second time: that is its review")
    void gradeOnce() {
      assertRefused(
          IllegalTransitionException.class,
          "D6.2",
          graded(),
          c ->
              c.grade(
                  CustomerGrade.B,
                  CustomerCategory.GENERAL,
                  GradePolicy.standard(CustomerGrade.B),
                  date(100),
                  day(100)));
    }

    @Test
    @DisplayName("only a graded customer is reviewed")
    void reviewNeedsGrade() {
      assertRefused(
          IllegalTransitionException.class,
          "D6.2",
          valued(),
          c ->
              c.reviewGrade(
                  CustomerGrade.B,
                  CustomerCategory.GENERAL,
                  GradePolicy.standard(CustomerGrade.B),
                  date(400),
                  day(400)));
    }

    @Test
    @DisplayName("a review is dated after the grading it reviews")
    void reviewDatedAfter() {
      Customer customer = graded(CustomerGrade.A, D0);
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D6.2",
              customer,
              c ->
                  c.reviewGrade(
                      CustomerGrade.A,
                      CustomerCategory.PARTNER,
                      GradePolicy.standard(CustomerGrade.A),
                      D0,
                      day(5)));
      assertTrue(e.getMessage().contains("after the grading it reviews"), e::getMessage);
    }

    @Test
    @DisplayName(
        "the review report lists overdue customers, longest overdue first, and ungraded, each with"
            + " what to do next")
    void reviewReport() {
      Customer old = graded(CustomerId.of("CU-OLD"), CustomerGrade.C, LocalDate.of(2024, 6, 1));
      Customer recent =
          graded(CustomerId.of("CU-RECENT"), CustomerGrade.S, LocalDate.of(2025, 2, 1));
      Customer reviewed =
          graded(CustomerId.of("CU-REVIEWED"), CustomerGrade.A, LocalDate.of(2025, 1, 1))
              .reviewGrade(
                  CustomerGrade.A,
                  CustomerCategory.PARTNER,
                  GradePolicy.standard(CustomerGrade.A),
                  LocalDate.of(2026, 2, 1),
                  day(30))
              .state();
      Customer ungraded = registered();
      LocalDate asOf = LocalDate.of(2026, 3, 1);
      GradeReviewReport report =
          GradeReviewReport.of(List.of(recent, old, reviewed, ungraded), asOf);
      assertEquals(
          List.of(CustomerId.of("CU-OLD"), CustomerId.of("CU-RECENT")),
          report.overdue().stream().map(GradeReviewLine::customer).toList());
      assertEquals(273, report.overdue().get(0).daysOverdue());
      assertEquals(28, report.overdue().get(1).daysOverdue());
      assertEquals(List.of(CUSTOMER), report.notGraded());
      assertEquals(ReviewStatus.UP_TO_DATE, report.lines().get(2).status());
      assertEquals(Optional.of(LocalDate.of(2027, 2, 1)), report.lines().get(2).reviewDueOn());
      assertFalse(report.isClear());
      assertTrue(
          report
              .toString()
              .contains(
                  "CU-OLD grade C (partner) from 2024-06-01: review overdue since 2025-06-01"
                      + " (273 days)"),
          report::toString);
      Customer alsoOld =
          graded(CustomerId.of("CU-ALSO-OLD"), CustomerGrade.C, LocalDate.of(2024, 6, 1));
      assertEquals(
          List.of(CustomerId.of("CU-ALSO-OLD"), CustomerId.of("CU-OLD")),
          GradeReviewReport.of(List.of(old, alsoOld), asOf).overdue().stream()
              .map(GradeReviewLine::customer)
              .toList(),
          "as long overdue: by customer id");
      assertEquals(ReviewStatus.OVERDUE.action(), report.overdue().get(0).action());
      assertTrue(report.overdue().get(0).action().startsWith("review the grade"));
      assertTrue(report.lines().get(3).action().startsWith("grade the customer"), "not graded");
      assertTrue(
          report.toString().contains("(273 days) → review the grade, category and policy"),
          report::toString);
      assertTrue(GradeReviewReport.of(List.of(reviewed), asOf).isClear());
      assertThrows(
          IllegalArgumentException.class,
          () -> GradeReviewReport.of(List.of(old, old), asOf),
          "one line per customer");
    }
  }

  @Nested
  @DisplayName("D6.2 no business is not the same as no value")
  class NoBusinessIsNotNoValue {

    @Test
    @DisplayName("a customer we do no business with may be valuable, and graded S strategic")
    void noBusinessGradedHigh() {
      ValueAssessment promising =
          ValueAssessment.builder()
              .currentValue(Money.zero(cny(0).getCurrencyUnit()))
              .longTermValue(cny(50_000_000))
              .rationale("no contract yet; building the national enterprise network")
              .build();
      assertFalse(promising.hasBusiness());
      assertTrue(promising.isValuable());
      Customer customer =
          analysed()
              .identifyValue(promising, day(2))
              .then(
                  c ->
                      c.grade(
                          CustomerGrade.S,
                          CustomerCategory.STRATEGIC,
                          GradePolicy.standard(CustomerGrade.S),
                          D0,
                          day(3)))
              .state();
      assertEquals(Optional.of(CustomerGrade.S), customer.grade());
    }

    @Test
    @DisplayName("a customer's total value counts its intangibles without any profit")
    void intangiblesWithoutProfit() {
      CustomerTotalValue total =
          CustomerTotalValue.calculate(
              CUSTOMER,
              LocalDateRange.of(D0, D0.plusYears(1)),
              cny(0),
              ServingCosts.none(cny(0).getCurrencyUnit()),
              IntangibleScores.of(80, 20, 90, 0),
              IntangibleValuePolicy.standard(cny(10_000)));
      assertEquals(cny(1_900_000), total.total());
      assertTrue(total.total().isPositive());
    }

    @Test
    @DisplayName("the value pyramid ranks a promising customer by the value the host gives it")
    void pyramidRanksPotential() {
      ValueAssessment promising = value(0, 50_000_000);
      assertEquals(cny(50_000_000), promising.economicValue());
      ValuePyramid pyramid =
          ValuePyramid.classify(
              List.of(
                  CustomerValue.of(CUSTOMER, promising),
                  CustomerValue.of(CustomerId.of("CU-SMALL"), value(1_000_000, 900_000))));
      assertEquals(Optional.of(ValueTier.KEY), pyramid.tierOf(CUSTOMER));
      assertEquals(cny(1_000_000), pyramid.entries().get(1).value());
      assertEquals(CustomerValue.of(CUSTOMER, cny(20_000_000)), CustomerValue.of(valued()));
      assertMentions(
          "D6.3", assertThrows(IllegalArgumentException.class, () -> CustomerValue.of(analysed())));
    }
  }

  @Nested
  @DisplayName("D6.7 segmentation by size and type")
  class Segmentation {

    @Test
    @DisplayName("each type carries its key buying factors")
    void keyBuyingFactors() {
      assertEquals(
          Set.of(
              KeyBuyingFactor.CUTTING_EDGE_TECHNOLOGY,
              KeyBuyingFactor.CUSTOMISATION,
              KeyBuyingFactor.MARKET_LEADERSHIP,
              KeyBuyingFactor.PAYS_PREMIUM),
          CustomerType.TECHNICALLY_COMPLEX.keyBuyingFactors());
      assertEquals(
          Set.of(KeyBuyingFactor.SHORT_DELIVERY_TIME, KeyBuyingFactor.UNSTABLE_DEMAND),
          CustomerType.SERVICE_RESPONSIVE.keyBuyingFactors());
      assertEquals(
          Set.of(KeyBuyingFactor.MEETS_SPECIFICATION, KeyBuyingFactor.COMPETITIVE_PRICE),
          CustomerType.GENERAL.keyBuyingFactors());
      assertEquals(3, CustomerSize.values().length);
      assertEquals(
          CustomerType.TECHNICALLY_COMPLEX.keyBuyingFactors(), segment().keyBuyingFactors());
      assertEquals(
          "large enterprise or institution, technically complex, profit contribution"
              + " CNY 3,000,000.00",
          segment().toString());
    }

    @Test
    @DisplayName("a customer moves to another segment; the same segment is refused")
    void changeSegment() {
      Segment household = Segment.of(CustomerSize.HOUSEHOLD, CustomerType.GENERAL, cny(800));
      Customer moved = registered().changeSegment(household, day(5)).state();
      assertEquals(household, moved.segment());
      assertRefused(
          RuleViolationException.class, "D6.7", moved, c -> c.changeSegment(household, day(6)));
    }

    @Test
    @DisplayName("a customer has a name; a household's name never prints")
    void nameIsPersonal() {
      assertThrows(
          IllegalArgumentException.class,
          () -> Customer.register(CUSTOMER, " ", segment(), day(0)));
      Transition<Customer, CustomerEvent> registration =
          Customer.register(
              CUSTOMER,
              "Wang Family",
              Segment.of(CustomerSize.HOUSEHOLD, CustomerType.GENERAL, cny(0)),
              day(0));
      assertEquals("Wang Family", registration.state().name());
      assertFalse(registration.state().toString().contains("Wang"));
      assertFalse(registration.events().get(0).toString().contains("Wang"));
      assertFalse(registration.state().summary().contains("Wang"));
      assertTrue(registration.state().summary().startsWith("CU-NORTH-MOBILE (household"));
    }
  }

  @Nested
  @DisplayName("D6.5 customer total value")
  class TotalValue {

    private final LocalDateRange year2025 =
        LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

    @Test
    @DisplayName("profit − costs of sales, service, relationship + the four intangible parts")
    void breakdown() {
      Map<IntangibleValue, Money> perPoint = new EnumMap<>(IntangibleValue.class);
      perPoint.put(IntangibleValue.LEARNING, cny(20_000));
      perPoint.put(IntangibleValue.SKILL_BUILDING, cny(5_000));
      perPoint.put(IntangibleValue.REFERRAL, cny(10_000));
      perPoint.put(IntangibleValue.OTHER, cny(1_000));
      CustomerTotalValue total =
          CustomerTotalValue.calculate(
              CUSTOMER,
              year2025,
              cny(10_000_000),
              ServingCosts.of(cny(1_000_000), cny(500_000), cny(300_000)),
              IntangibleScores.of(50, 40, 30, 10),
              IntangibleValuePolicy.standard(perPoint));
      assertEquals(cny(1_800_000), total.costs().total());
      assertEquals(cny(8_200_000), total.tangibleValue());
      assertEquals(cny(1_000_000), total.intangible(IntangibleValue.LEARNING));
      assertEquals(cny(200_000), total.intangible(IntangibleValue.SKILL_BUILDING));
      assertEquals(cny(300_000), total.intangible(IntangibleValue.REFERRAL));
      assertEquals(cny(10_000), total.intangible(IntangibleValue.OTHER));
      assertEquals(cny(1_510_000), total.intangibleValue());
      assertEquals(cny(9_710_000), total.total());
      assertTrue(total.toString().startsWith("CU-NORTH-MOBILE 2025: profit contribution"));
      assertTrue(total.toString().contains("+ referral potential CNY 300,000.00"), total::toString);
      assertTrue(total.toString().endsWith("= CNY 9,710,000.00"), total::toString);
    }

    @Test
    @DisplayName("the host replaces the conversion policy")
    void customPolicy() {
      IntangibleValuePolicy referralsOnly =
          (part, score) -> part == IntangibleValue.REFERRAL ? cny(score * 1_000L) : cny(0);
      CustomerTotalValue total =
          CustomerTotalValue.calculate(
              CUSTOMER,
              year2025,
              cny(100),
              ServingCosts.none(cny(0).getCurrencyUnit()),
              IntangibleScores.of(100, 100, 7, 100),
              referralsOnly);
      assertEquals(cny(7_100), total.total());
    }

    @Test
    @DisplayName("a loss-making customer has a negative tangible value")
    void lossMaking() {
      CustomerTotalValue total =
          CustomerTotalValue.calculate(
              CUSTOMER,
              year2025,
              cny(100_000),
              ServingCosts.of(cny(150_000), cny(0), cny(0)),
              IntangibleScores.NONE,
              IntangibleValuePolicy.standard(cny(1)));
      assertEquals(cny(-50_000), total.total());
    }

    @Test
    @DisplayName(
        "currencies are never mixed: costs, policy or value in another currency are refused")
    void currenciesNeverMix() {
      Money usd = Money.of(USD, BigDecimal.TEN);
      assertMentions(
          "D6.5",
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  CustomerTotalValue.calculate(
                      CUSTOMER,
                      year2025,
                      cny(100),
                      ServingCosts.of(usd, usd, usd),
                      IntangibleScores.NONE,
                      IntangibleValuePolicy.standard(cny(1)))));
      assertMentions(
          "D6.5",
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  CustomerTotalValue.calculate(
                      CUSTOMER,
                      year2025,
                      cny(100),
                      ServingCosts.none(cny(0).getCurrencyUnit()),
                      IntangibleScores.NONE,
                      IntangibleValuePolicy.standard(usd))));
      assertMentions(
          "D6.5",
          assertThrows(IllegalArgumentException.class, () -> ServingCosts.of(cny(1), usd, cny(1))));
      Map<IntangibleValue, Money> mixed = new EnumMap<>(IntangibleValue.class);
      for (IntangibleValue part : IntangibleValue.values()) {
        mixed.put(part, cny(1));
      }
      mixed.put(IntangibleValue.OTHER, usd);
      assertMentions(
          "D6.5",
          assertThrows(
              IllegalArgumentException.class, () -> IntangibleValuePolicy.standard(mixed)));
    }

    @Test
    @DisplayName("scores run from 0 to 100; the standard policy values every part, not negatively")
    void scoresAndPolicyRules() {
      assertMentions(
          "D6.5",
          assertThrows(IllegalArgumentException.class, () -> IntangibleScores.of(0, 101, 0, 0)));
      assertThrows(IllegalArgumentException.class, () -> IntangibleScores.of(-1, 0, 0, 0));
      assertEquals(7, IntangibleScores.of(1, 2, 3, 7).score(IntangibleValue.OTHER));
      assertMentions(
          "D6.5",
          assertThrows(
              IllegalArgumentException.class,
              () -> IntangibleValuePolicy.standard(Map.of(IntangibleValue.LEARNING, cny(1)))));
      assertThrows(IllegalArgumentException.class, () -> IntangibleValuePolicy.standard(cny(-1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> IntangibleValuePolicy.standard(cny(1)).value(IntangibleValue.OTHER, 101));
      assertThrows(IllegalArgumentException.class, () -> ServingCosts.of(cny(-1), cny(0), cny(0)));
    }
  }

  @Nested
  @DisplayName("D6.4 the customer value pyramid")
  class Pyramid {

    /** Six customers; the top two bring 82% of the value. */
    private Map<CustomerId, Money> portfolio() {
      Map<CustomerId, Money> values = new LinkedHashMap<>();
      values.put(CustomerId.of("CU-F"), cny(150_000));
      values.put(CustomerId.of("CU-A"), cny(6_000_000));
      values.put(CustomerId.of("CU-D"), cny(400_000));
      values.put(CustomerId.of("CU-B"), cny(1_400_000));
      values.put(CustomerId.of("CU-E"), cny(250_000));
      values.put(CustomerId.of("CU-C"), cny(800_000));
      return values;
    }

    @Test
    @DisplayName("key customers bring 80%, important ones up to 95%, the rest are general")
    void standardTiers() {
      ValuePyramid pyramid = ValuePyramid.classify(portfolio());
      assertEquals(
          List.of(CustomerId.of("CU-A"), CustomerId.of("CU-B")), pyramid.customers(ValueTier.KEY));
      assertEquals(
          List.of(CustomerId.of("CU-C"), CustomerId.of("CU-D")),
          pyramid.customers(ValueTier.IMPORTANT));
      assertEquals(
          List.of(CustomerId.of("CU-E"), CustomerId.of("CU-F")),
          pyramid.customers(ValueTier.GENERAL));
      assertEquals(cny(9_000_000), pyramid.total());
      TierSummary key = pyramid.summary(ValueTier.KEY);
      assertEquals(2, key.customers());
      assertEquals(Rate.of(2, 6), key.customerShare());
      assertEquals(cny(7_400_000), key.value());
      assertEquals(
          Rate.of(BigDecimal.valueOf(7_400_000), BigDecimal.valueOf(9_000_000)), key.valueShare());
      assertEquals(
          "key tier: 2 of 6 customers (33.3%) bring CNY 7,400,000.00 (82.2% of the value)",
          key.toString());
      assertEquals(1, pyramid.entries().get(0).rank());
      assertEquals(CustomerId.of("CU-A"), pyramid.entries().get(0).customer());
    }

    @Test
    @DisplayName("the actual Pareto share: the lowest 80% of customers bring 18% of the value")
    void paretoShare() {
      ParetoShare pareto = ValuePyramid.classify(portfolio()).paretoShare();
      assertEquals(Rate.of(4, 6), pareto.customerShare());
      assertEquals(Optional.of(new BigDecimal("0.1777777777777778")), pareto.valueShare().value());
      assertEquals(
          "the lowest-ranked 4 of 6 customers (66.7%) bring 17.8% of the value", pareto.toString());
      String printed = ValuePyramid.classify(portfolio()).toString();
      assertTrue(printed.contains("1. CU-A CNY 6,000,000.00, key tier"), printed);
      assertTrue(printed.contains("general tier: 2 of 6 customers"), printed);
    }

    @Test
    @DisplayName("equal values rank by customer id, whatever the input order")
    void deterministicTies() {
      Map<CustomerId, Money> tied = new LinkedHashMap<>();
      tied.put(CustomerId.of("CU-2"), cny(100));
      tied.put(CustomerId.of("CU-1"), cny(100));
      tied.put(CustomerId.of("CU-3"), cny(100));
      ValuePyramid pyramid = ValuePyramid.classify(tied);
      assertEquals(
          List.of("CU-1", "CU-2", "CU-3"),
          pyramid.entries().stream().map(e -> e.customer().value()).toList());
      assertEquals(
          List.of(ValueTier.KEY, ValueTier.KEY, ValueTier.KEY),
          pyramid.entries().stream().map(PyramidEntry::tier).toList());
    }

    @Test
    @DisplayName("with no value at all, no customer is key")
    void zeroValue() {
      ValuePyramid pyramid =
          ValuePyramid.classify(
              Map.of(CustomerId.of("CU-1"), cny(0), CustomerId.of("CU-2"), cny(0)));
      assertEquals(2, pyramid.customers(ValueTier.GENERAL).size());
      assertFalse(pyramid.summary(ValueTier.GENERAL).valueShare().isDefined());
      assertEquals("no data", ValuePyramid.percent(pyramid.summary(ValueTier.KEY).valueShare()));
    }

    @Test
    @DisplayName("the host sets its own cut-offs or policy")
    void customPolicy() {
      ValuePyramid strict =
          ValuePyramid.classify(portfolio(), PyramidPolicy.byCumulativeValue(50, 80));
      assertEquals(List.of(CustomerId.of("CU-A")), strict.customers(ValueTier.KEY));
      assertEquals(List.of(CustomerId.of("CU-B")), strict.customers(ValueTier.IMPORTANT));
      PyramidPolicy topOne =
          ranked ->
              ranked.stream()
                  .map(v -> v == ranked.get(0) ? ValueTier.KEY : ValueTier.GENERAL)
                  .toList();
      assertEquals(
          List.of(CustomerId.of("CU-A")),
          ValuePyramid.classify(portfolio(), topOne).customers(ValueTier.KEY));
      assertMentions(
          "D6.4",
          assertThrows(
              IllegalArgumentException.class, () -> PyramidPolicy.byCumulativeValue(90, 80)));
    }

    @Test
    @DisplayName("a policy whose tiers do not follow the ranking is refused")
    void policyFollowsRanking() {
      PyramidPolicy upsideDown =
          ranked ->
              ranked.stream()
                  .map(v -> v == ranked.get(0) ? ValueTier.GENERAL : ValueTier.KEY)
                  .toList();
      assertMentions(
          "D6.4",
          assertThrows(
              IllegalArgumentException.class,
              () -> ValuePyramid.classify(portfolio(), upsideDown)));
      assertThrows(
          IllegalArgumentException.class,
          () -> ValuePyramid.classify(portfolio(), ranked -> List.of(ValueTier.KEY)));
    }

    @Test
    @DisplayName("mixed currencies, negative values, duplicates and empty portfolios are refused")
    void badPortfolios() {
      assertMentions(
          "D6.4",
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ValuePyramid.classify(
                      Map.of(
                          CustomerId.of("CU-1"),
                          cny(1),
                          CustomerId.of("CU-2"),
                          Money.of(USD, BigDecimal.ONE)))));
      assertMentions(
          "D6.4",
          assertThrows(
              IllegalArgumentException.class,
              () -> CustomerValue.of(CustomerId.of("CU-1"), cny(-1))));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ValuePyramid.classify(
                  List.of(
                      CustomerValue.of(CustomerId.of("CU-1"), cny(1)),
                      CustomerValue.of(CustomerId.of("CU-1"), cny(2)))));
      assertThrows(IllegalArgumentException.class, () -> ValuePyramid.classify(Map.of()));
    }
  }

  @Nested
  @DisplayName("D6.6 the value-return curve")
  class ValueReturn {

    @Test
    @DisplayName(
        "each period has its gap; a shortfall is diagnosed by the investment done, with what to do")
    void diagnosis() {
      ValueReturnPoint onTrack = point(1, 1_000, 1_200, 100, 100);
      ValueReturnPoint underInvested = point(2, 1_000, 700, 100, 40);
      ValueReturnPoint overestimated = point(3, 1_000, 600, 100, 120);
      assertEquals(ReturnDiagnosis.ON_TRACK, onTrack.diagnosis());
      assertEquals(cny(200), onTrack.gap());
      assertFalse(onTrack.isShort());
      assertEquals(ReturnDiagnosis.UNDER_INVESTMENT, underInvested.diagnosis());
      assertEquals(cny(-300), underInvested.gap());
      assertEquals(ReturnDiagnosis.OVERESTIMATED_VALUE, overestimated.diagnosis());
      assertEquals(ReturnDiagnosis.OVERESTIMATED_VALUE, point(4, 1_000, 999, 100, 100).diagnosis());
      assertEquals(ReturnDiagnosis.ON_TRACK, point(4, 1_000, 1_000, 100, 0).diagnosis());
      assertTrue(underInvested.diagnosis().action().startsWith("do the planned work"));
      assertTrue(
          overestimated.diagnosis().action().contains("identify the customer's value again"));
      assertEquals("2025-Q2", underInvested.label());
      assertEquals(
          "2025-Q2 expected CNY 1,000.00, actual CNY 700.00: under-investment: the planned work"
              + " was not done",
          underInvested.toString());
    }

    @Test
    @DisplayName("the curve totals the periods and diagnoses the whole")
    void curve() {
      ValueReturnCurve curve =
          ValueReturnCurve.of(
              CUSTOMER,
              List.of(
                  point(1, 1_000, 1_200, 100, 100),
                  point(2, 1_000, 700, 100, 40),
                  point(3, 1_000, 600, 100, 120)));
      assertEquals(cny(3_000), curve.totalExpected());
      assertEquals(cny(2_500), curve.totalActual());
      assertEquals(cny(-500), curve.totalGap());
      assertEquals(2, curve.shortfalls().size());
      assertEquals(ReturnDiagnosis.UNDER_INVESTMENT, curve.diagnosis());
      assertTrue(curve.toString().contains("overall: gap CNY -500.00, under-investment"));
    }

    @Test
    @DisplayName("months and free ranges label themselves")
    void periods() {
      ValueReturnPoint month =
          ValueReturnPoint.of(java.time.YearMonth.of(2025, 3), cny(1), cny(1), cny(0), cny(0));
      assertEquals("2025-03", month.label());
      ValueReturnPoint year =
          new ValueReturnPoint(
              LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
              cny(1),
              cny(1),
              cny(0),
              cny(0));
      assertEquals("2025", year.label());
      ValueReturnPoint free =
          new ValueReturnPoint(
              LocalDateRange.of(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 5)),
              cny(1),
              cny(1),
              cny(0),
              cny(0));
      assertEquals("2025-01-05/2025-02-05", free.label());
      assertEquals(
          "2025-Q4",
          ValueReturnPoint.of(YearQuarter.of(2025, 4), cny(1), cny(1), cny(0), cny(0)).label());
    }

    @Test
    @DisplayName("periods in order without overlap, one currency, investments not negative")
    void curveRules() {
      assertThrows(
          IllegalArgumentException.class,
          () -> ValueReturnCurve.of(CUSTOMER, List.of(point(2, 1, 1, 0, 0), point(1, 1, 1, 0, 0))));
      assertThrows(IllegalArgumentException.class, () -> ValueReturnCurve.of(CUSTOMER, List.of()));
      ValueReturnPoint usd =
          ValueReturnPoint.of(
              YearQuarter.of(2025, 3),
              Money.of(USD, BigDecimal.ONE),
              Money.of(USD, BigDecimal.ONE),
              Money.zero(USD),
              Money.zero(USD));
      assertMentions(
          "D6.6",
          assertThrows(
              IllegalArgumentException.class,
              () -> ValueReturnCurve.of(CUSTOMER, List.of(point(1, 1, 1, 0, 0), usd))));
      assertMentions(
          "D6.6",
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ValueReturnPoint.of(
                      YearQuarter.of(2025, 1),
                      cny(1),
                      Money.of(USD, BigDecimal.ONE),
                      cny(0),
                      cny(0))));
      assertThrows(IllegalArgumentException.class, () -> point(1, 1, 1, -1, 0));
      assertThrows(
          IllegalArgumentException.class,
          () -> new ValueReturnPoint(LocalDateRange.of(D0, D0), cny(1), cny(1), cny(0), cny(0)));
    }
  }

  @Nested
  @DisplayName("D6.8 and D6.1 profile, insight and the 30-second test")
  class Profile {

    @Test
    @DisplayName(
        "a full profile has every section, in pyramid order, and passes the 30-second test")
    void fullProfileSections() {
      CustomerProfile profile = fullProfile();
      assertEquals(Set.of(ProfileSection.values()), profile.sections());
      assertEquals(Set.of(), profile.missingSections());
      ThirtySecondTest test = profile.thirtySecondTest();
      assertTrue(test.passed(), test::toString);
      assertEquals(List.of(ThirtySecondQuestion.values()), test.answered());
      assertEquals(Optional.of("CTO, procurement director"), test.answers().get(4).answer());
      assertEquals(
          Optional.of("households, enterprises, government"), test.answers().get(1).answer());
      assertEquals(
          Optional.of(
              "fixed broadband for small businesses — our managed SD-WAN lets it sell a higher"
                  + " tier"),
          test.answers().get(3).answer(),
          "the weakest product, and how ours would raise its revenue");
      assertEquals(
          CompetitiveStance.DEFENDER, profile.industry().orElseThrow().competition().stance());
    }

    @Test
    @DisplayName("key events on the same day are listed by their description")
    void keyEventsOnOneDay() {
      KeyEvent meeting = KeyEvent.on(MonthDay.of(Month.MAY, 20), "shareholders' meeting");
      KeyEvent anniversary = KeyEvent.on(MonthDay.of(Month.MAY, 20), "founding anniversary");
      CustomerProfile profile =
          CustomerProfile.builder().from(summaryOnly()).addKeyEvents(meeting, anniversary).build();
      assertEquals(
          List.of(anniversary, meeting),
          profile
              .keyEventsIn(LocalDateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)))
              .stream()
              .map(KeyEventOccurrence::event)
              .toList());
    }

    @Test
    @DisplayName("a summary-only profile lists what is missing; the test reports every gap")
    void missingParts() {
      CustomerProfile profile = summaryOnly();
      assertEquals(Set.of(ProfileSection.SUMMARY), profile.sections());
      assertTrue(profile.missingSections().contains(ProfileSection.SWOT));
      assertTrue(ProfileSection.COUNTRY_ANALYSIS.isAppendix());
      assertFalse(ProfileSection.ORGANISATION.isAppendix());
      ThirtySecondTest test = profile.thirtySecondTest();
      assertFalse(test.passed());
      assertEquals(List.of(ThirtySecondQuestion.values()), test.missing());
      assertTrue(
          test.toString().contains("missing: who decides? — fill in organisation"), test::toString);
      assertTrue(test.toString().startsWith("30-second test of CU-NORTH-MOBILE: 0 of 5 answered"));
    }

    @Test
    @DisplayName("a profile without a profit model or weakest product misses those two questions")
    void partialTest() {
      CustomerProfile full = fullProfile();
      FinancialAnalysis thin =
          FinancialAnalysis.builder()
              .performance("flat")
              .spending("falling")
              .summary("tight")
              .build();
      ThirtySecondTest test =
          CustomerProfile.builder().from(full).financials(thin).build().thirtySecondTest();
      assertEquals(
          List.of(ThirtySecondQuestion.HOW_IT_MAKES_MONEY, ThirtySecondQuestion.WEAKEST_PRODUCT),
          test.missing());
    }

    @Test
    @DisplayName("the key-events calendar answers what happens in a period")
    void keyEvents() {
      CustomerProfile profile = fullProfile();
      List<KeyEventOccurrence> inYear =
          profile.keyEventsIn(
              LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
      assertEquals(
          List.of("2026-05-20: shareholders' meeting", "2026-09: budget committee"),
          inYear.stream().map(KeyEventOccurrence::toString).toList());
      List<KeyEventOccurrence> lateSummer =
          profile.keyEventsIn(
              LocalDateRange.of(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 2)));
      assertEquals(1, lateSummer.size());
      assertEquals("budget committee", lateSummer.get(0).event().description());
      List<KeyEventOccurrence> twoYears =
          profile.keyEventsIn(
              LocalDateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1)));
      assertEquals(4, twoYears.size());
      assertEquals(List.of(), profile.keyEventsIn(LocalDateRange.of(D0, D0)));
      KeyEvent leap = KeyEvent.on(MonthDay.of(Month.FEBRUARY, 29), "leap-day review");
      assertEquals(
          LocalDate.of(2027, 2, 28),
          leap.occurrencesIn(LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)))
              .get(0)
              .getStart());
      assertThrows(
          IllegalArgumentException.class,
          () -> new KeyEvent(Month.APRIL, java.util.OptionalInt.of(31), "no such day"));
      assertThrows(
          IllegalArgumentException.class,
          () -> leap.occurrencesIn(LocalDateRange.ofUnboundedEnd(D0)));
      assertEquals(
          "SEPTEMBER: budget committee",
          KeyEvent.in(Month.SEPTEMBER, "budget committee").toString());
    }

    @Test
    @DisplayName("personal data of executives never appears in toString (D7.8)")
    void personalDataRedacted() {
      ExecutiveProfile cto = executive();
      assertEquals(CTO_NAME, cto.name());
      for (String printed : List.of(cto.toString(), fullProfile().toString())) {
        assertFalse(printed.contains(CTO_NAME), printed);
        assertFalse(printed.contains(CTO_HOBBY), printed);
        assertFalse(printed.contains("Chief Technology Officer"), printed);
        assertFalse(printed.contains("a seat on the group board"), printed);
        assertFalse(printed.contains("birthday"), printed);
        assertFalse(printed.contains("architect"), printed);
      }
      assertTrue(cto.toString().contains("P-CTO"));
      assertTrue(cto.toString().contains("***"));
      assertEquals(Optional.of(cto), fullProfile().executive(CTO));
      assertThrows(
          IllegalArgumentException.class,
          () -> CustomerProfile.builder().from(fullProfile()).addExecutives(cto).build());
    }

    @Test
    @DisplayName("sections are structured: blank texts and mixed currencies are refused")
    void sectionRules() {
      assertMentions(
          "D6.8",
          assertThrows(
              IllegalArgumentException.class,
              () -> CustomerProfile.builder().customer(CUSTOMER).summary(" ").build()));
      assertMentions(
          "D6.8",
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  FinancialAnalysis.builder()
                      .performance("p")
                      .spending("s")
                      .summary("x")
                      .revenue(cny(1))
                      .profit(Money.of(USD, BigDecimal.ONE))
                      .build()));
      assertThrows(IllegalArgumentException.class, () -> Swot.builder().addStrengths("").build());
      assertTrue(Swot.builder().build().isEmpty());
      assertFalse(
          CustomerProfile.builder()
              .from(summaryOnly())
              .swot(Swot.builder().build())
              .build()
              .sections()
              .contains(ProfileSection.SWOT),
          "an empty SWOT is not a written section");
    }

    @Test
    @DisplayName("a competitor's profile: overall, products, CRM, operations and SWOT")
    void competitorProfile() {
      CompetitorProfile profile = competitor();
      assertEquals("CO-EAST", profile.competitor().value());
      assertEquals(CustomerFixtures.swot(), profile.swot());
      assertThrows(
          IllegalArgumentException.class,
          () -> CompetitorProfile.builder().from(profile).operations("").build());
    }

    @Test
    @DisplayName("customer insight reads the five forces, the company, its needs and procurement")
    void insight() {
      CustomerInsight insight = CustomerFixtures.insight();
      assertEquals(
          Set.of(
              CompetitiveForce.ENTRY_BARRIERS,
              CompetitiveForce.BUYER_POWER,
              CompetitiveForce.SUPPLIER_POWER),
          insight.missingForces());
      assertFalse(insight.needs().isEmpty());
      assertTrue(CustomerNeeds.builder().build().isEmpty());
      assertEquals(List.of("CTO", "procurement director"), insight.procurement().keyRoles());
    }
  }

  @Nested
  @DisplayName("replay")
  class Replay {

    @Test
    @DisplayName("replaying a customer's events gives an equal customer")
    void replayEquals() {
      Transition<Customer, CustomerEvent> walk =
          Customer.register(CUSTOMER, NAME, segment(), day(0))
              .then(c -> c.analyseBasicData(basicData(), day(1)))
              .then(c -> c.identifyValue(value(1, 2), day(2)))
              .then(
                  c ->
                      c.grade(
                          CustomerGrade.B,
                          CustomerCategory.COMMERCIAL,
                          GradePolicy.standard(CustomerGrade.B),
                          D0,
                          day(3)))
              .then(
                  c ->
                      c.reviewGrade(
                          CustomerGrade.A,
                          CustomerCategory.PARTNER,
                          GradePolicy.standard(CustomerGrade.A),
                          date(365),
                          day(365)));
      assertEquals(walk.state(), Customer.replay(walk.events()));
    }

    @Test
    @DisplayName("a history starts with the registration, is about one customer and runs forward")
    void badHistories() {
      CustomerEvent registeredEvent = new CustomerRegistered(CUSTOMER, 1, NAME, segment(), day(0));
      assertThrows(IllegalArgumentException.class, () -> Customer.replay(List.of()));
      List<List<CustomerEvent>> bad =
          List.of(
              List.of(new BasicDataAnalysed(CUSTOMER, 2, basicData(), day(0))),
              List.of(registeredEvent, registeredEvent),
              List.of(
                  registeredEvent,
                  new BasicDataAnalysed(CustomerId.of("CU-OTHER"), 2, basicData(), day(0))),
              List.of(
                  registeredEvent,
                  new BasicDataAnalysed(CUSTOMER, 2, basicData(), day(5)),
                  new BasicDataAnalysed(CUSTOMER, 3, basicData(), day(4))));
      for (List<CustomerEvent> history : bad) {
        RejectedHistoryException e =
            assertThrows(
                RejectedHistoryException.class,
                () -> Customer.replay(history),
                () -> "refused: " + history);
        assertEquals(RuleId.D6_3, e.rule(), e::getMessage);
        assertEquals(history.get(e.position() - 1), e.event(), e::getMessage);
      }
    }

    @Test
    @DisplayName("a graded customer's summary prints grade, category and next review")
    void summary() {
      assertEquals(
          "CU-NORTH-MOBILE (large enterprise or institution, technically complex, profit"
              + " contribution CNY 3,000,000.00): grade S (strategic) from 2026-01-05, review due"
              + " 2027-01-05",
          graded().summary());
      assertTrue(registered().summary().endsWith("not graded, next step: analyse basic data"));
    }
  }
}
