package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The customer values' own checks, each hit with the smallest invalid value and its message read
 * (DOMAIN D6.1–D6.5); the nearest valid value is accepted.
 */
class CustomerValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "DOMAIN D6.5: an intangible score runs from 0 to 100; -1 and 101 are refused by name")
  void intangibleScoreBounds() {
    assertEquals(100, IntangibleScores.of(100, 0, 0, 0).learning());
    assertEquals(IntangibleScores.NONE, IntangibleScores.of(0, 0, 0, 0));
    assertEquals(
        "an intangible score is between 0 and 100, not learning = -1 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(-1, 0, 0, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not skillBuilding = 101 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 101, 0, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not referral = 101 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 0, 101, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not other = -1 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 0, 0, -1)));
  }

  @Test
  @DisplayName("DOMAIN D6.3: a service strategy names values once, and states difference and offer")
  void serviceStrategyChecks() {
    List<ServiceValue> valued = List.of(ServiceValue.INNOVATION);
    assertEquals(valued, new ServiceStrategy(valued, "we differ", "we offer").valued());
    assertEquals(
        "a service strategy names what the customer values in us (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(List.of(), "we differ", "we offer")));
    assertEquals(
        "a service strategy names each value once: [INNOVATION, INNOVATION]",
        refused(
            () ->
                new ServiceStrategy(
                    List.of(ServiceValue.INNOVATION, ServiceValue.INNOVATION),
                    "we differ",
                    "we offer")));
    assertEquals(
        "a service strategy states how we differ from competitors (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(valued, " ", "we offer")));
    assertEquals(
        "a service strategy states what we offer (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(valued, "we differ", "")));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.4: a tier summary of 0 customers and CNY 0 is valid; -1 and -0.01 are not")
  void tierSummaryChecks() {
    assertEquals(
        0, new TierSummary(ValueTier.KEY, 0, Rate.of(0, 3), cny(0), Rate.NO_DATA).customers());
    assertEquals(
        "a count of customers is not negative: -1",
        refused(() -> new TierSummary(ValueTier.KEY, -1, Rate.of(0, 3), cny(0), Rate.NO_DATA)));
    assertEquals(
        "a tier's value is not negative: CNY -0.01",
        refused(
            () ->
                new TierSummary(
                    ValueTier.KEY, 0, Rate.of(0, 3), Money.parse("CNY -0.01"), Rate.NO_DATA)));
  }

  @Test
  @DisplayName("DOMAIN D6.2: a grade policy states all three policies and a positive cadence")
  void gradePolicyChecks() {
    GradePolicy.Builder valid =
        GradePolicy.builder()
            .technical("standard products")
            .commercial("list prices")
            .contact("yearly contact")
            .contactCadence(Period.ofDays(1))
            .executiveSponsor(OrganisationLevel.REGION);
    assertEquals(Period.ofDays(1), valid.build().contactCadence());
    assertEquals(
        "a grade policy states its technical policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).technical(" ").build()));
    assertEquals(
        "a grade policy states its commercial policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).commercial(" ").build()));
    assertEquals(
        "a grade policy states its contact policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).contact(" ").build()));
    assertEquals(
        "a contact cadence is positive, not P0D (DOMAIN D6.2)",
        refused(
            () -> GradePolicy.builder().from(valid.build()).contactCadence(Period.ZERO).build()));
    assertEquals(
        "a contact cadence is positive, not P-1D (DOMAIN D6.2)",
        refused(
            () ->
                GradePolicy.builder()
                    .from(valid.build())
                    .contactCadence(Period.ofDays(-1))
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D6.2: each grade's standard policy has its cadence and sponsor level")
  void standardGradePolicies() {
    assertEquals(Period.ofMonths(1), GradePolicy.standard(CustomerGrade.S).contactCadence());
    assertEquals(
        OrganisationLevel.HEADQUARTERS, GradePolicy.standard(CustomerGrade.S).executiveSponsor());
    assertEquals(Period.ofMonths(3), GradePolicy.standard(CustomerGrade.A).contactCadence());
    assertEquals(
        OrganisationLevel.REGION, GradePolicy.standard(CustomerGrade.A).executiveSponsor());
    assertEquals(Period.ofMonths(6), GradePolicy.standard(CustomerGrade.B).contactCadence());
    assertEquals(Period.ofYears(1), GradePolicy.standard(CustomerGrade.C).contactCadence());
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE,
        GradePolicy.standard(CustomerGrade.C).executiveSponsor());
  }

  @Test
  @DisplayName("DOMAIN D6.1: the 30-second test has its five questions in order")
  void thirtySecondTestChecks() {
    CustomerId customer = CustomerId.of("CU-1");
    List<ThirtySecondAnswer> four =
        List.of(
            new ThirtySecondAnswer(ThirtySecondQuestion.STRATEGY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.ITS_CUSTOMERS, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.HOW_IT_MAKES_MONEY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WEAKEST_PRODUCT, Optional.empty()));
    assertEquals(
        "the 30-second test has 5 questions, not 4 (DOMAIN D6.1)",
        refused(() -> new ThirtySecondTest(customer, four)));
    List<ThirtySecondAnswer> swapped =
        List.of(
            new ThirtySecondAnswer(ThirtySecondQuestion.ITS_CUSTOMERS, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.STRATEGY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.HOW_IT_MAKES_MONEY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WEAKEST_PRODUCT, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WHO_DECIDES, Optional.empty()));
    assertEquals(
        "the 30-second test lists its questions in order; expected STRATEGY at 0",
        refused(() -> new ThirtySecondTest(customer, swapped)));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.4: cumulative shares satisfy 1 <= key <= important <= 100; each edge holds")
  void cumulativeSharesEdges() {
    assertEquals(
        "key to 1% of value, important to 1%", PyramidPolicy.byCumulativeValue(1, 1).toString());
    assertEquals(
        "key to 100% of value, important to 100%",
        PyramidPolicy.byCumulativeValue(100, 100).toString());
    assertEquals(
        "the pyramid's shares satisfy 1 <= key <= important <= 100 percent, not key 0, important 50"
            + " (DOMAIN D6.4)",
        refused(() -> PyramidPolicy.byCumulativeValue(0, 50)));
    assertEquals(
        "the pyramid's shares satisfy 1 <= key <= important <= 100 percent, not key 60, important"
            + " 59 (DOMAIN D6.4)",
        refused(() -> PyramidPolicy.byCumulativeValue(60, 59)));
    assertEquals(
        "the pyramid's shares satisfy 1 <= key <= important <= 100 percent, not key 50, important"
            + " 101 (DOMAIN D6.4)",
        refused(() -> PyramidPolicy.byCumulativeValue(50, 101)));
  }

  @Test
  @DisplayName("DOMAIN D6.4: a customer whose predecessors hold exactly the key share is important")
  void cumulativeLinesAreExclusive() {
    // 50 + 30 + 20 = 100; key to 50 %, important to 80 %: A starts at 0 %, B at exactly 50 %,
    // C at exactly 80 %
    ValuePyramid pyramid =
        ValuePyramid.classify(
            java.util.Map.of(
                CustomerId.of("CU-A"), cny(50),
                CustomerId.of("CU-B"), cny(30),
                CustomerId.of("CU-C"), cny(20)),
            PyramidPolicy.byCumulativeValue(50, 80));
    assertEquals(
        List.of(ValueTier.KEY, ValueTier.IMPORTANT, ValueTier.GENERAL),
        pyramid.entries().stream().map(PyramidEntry::tier).toList());
    assertEquals(List.of(1, 2, 3), pyramid.entries().stream().map(PyramidEntry::rank).toList());
  }

  @Test
  @DisplayName("DOMAIN D6.4: a pyramid has one currency, one entry per customer, ranks from 1")
  void pyramidChecks() {
    CustomerId a = CustomerId.of("CU-A");
    CustomerId b = CustomerId.of("CU-B");
    org.joda.money.CurrencyUnit cnyUnit = cny(1).getCurrencyUnit();
    assertEquals(
        "a value pyramid holds at least one customer",
        refused(() -> new ValuePyramid(cnyUnit, List.of())));
    assertEquals(
        "a value pyramid classifies at least one customer",
        refused(() -> ValuePyramid.classify(java.util.Map.of())));
    assertEquals(
        "a value pyramid holds each customer once",
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit,
                    List.of(
                        new PyramidEntry(1, a, cny(50), ValueTier.KEY),
                        new PyramidEntry(2, a, cny(40), ValueTier.KEY)))));
    assertEquals(
        "the entries are in rank order; expected rank 1 at 0",
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit, List.of(new PyramidEntry(2, a, cny(50), ValueTier.KEY)))));
    String currency =
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit,
                    List.of(new PyramidEntry(1, a, Money.parse("USD 50"), ValueTier.KEY))));
    assertEquals("every value of the pyramid is in CNY, not USD 50.00 (DOMAIN D6.4)", currency);
    String order =
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit,
                    List.of(
                        new PyramidEntry(1, a, cny(40), ValueTier.KEY),
                        new PyramidEntry(2, b, cny(50), ValueTier.KEY))));
    assertTrue(order.startsWith("the ranking is by value, highest first"), order);
    String tie =
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit,
                    List.of(
                        new PyramidEntry(1, b, cny(50), ValueTier.KEY),
                        new PyramidEntry(2, a, cny(50), ValueTier.KEY))));
    assertTrue(tie.startsWith("the ranking is by value, highest first"), tie);
    assertEquals(
        2,
        new ValuePyramid(
                cnyUnit,
                List.of(
                    new PyramidEntry(1, a, cny(50), ValueTier.KEY),
                    new PyramidEntry(2, b, cny(50), ValueTier.KEY)))
            .entries()
            .size(),
        "equal values rank by customer id");
    String tiers =
        refused(
            () ->
                new ValuePyramid(
                    cnyUnit,
                    List.of(
                        new PyramidEntry(1, a, cny(50), ValueTier.IMPORTANT),
                        new PyramidEntry(2, b, cny(40), ValueTier.KEY))));
    assertTrue(tiers.startsWith("tiers follow the value ranking"), tiers);
    String mixed =
        refused(
            () ->
                ValuePyramid.classify(
                    List.of(
                        CustomerValue.of(a, cny(50)), CustomerValue.of(b, Money.parse("USD 5")))));
    assertTrue(mixed.startsWith("the values of a pyramid are in one currency"), mixed);
  }

  @Test
  @DisplayName(
      "DOMAIN D6.5: an intangible part is valued for scores 0 to 100; -1 and 101 are refused")
  void intangibleValueScoreEdges() {
    IntangibleValuePolicy policy = IntangibleValuePolicy.standard(cny(10));
    assertEquals(cny(0), policy.value(IntangibleValue.LEARNING, 0));
    assertEquals(cny(1000), policy.value(IntangibleValue.REFERRAL, 100));
    assertEquals(
        "an intangible score is between 0 and 100, not -1",
        refused(() -> policy.value(IntangibleValue.LEARNING, -1)));
    assertEquals(
        "an intangible score is between 0 and 100, not 101",
        refused(() -> policy.value(IntangibleValue.OTHER, 101)));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.8: a key event falls on day 1 to the month's last; 0 and 30 February are not")
  void keyEventDays() {
    assertEquals(
        java.util.OptionalInt.of(1),
        new KeyEvent(java.time.Month.MARCH, java.util.OptionalInt.of(1), "budget kick-off").day());
    assertEquals(
        java.util.OptionalInt.of(29),
        new KeyEvent(java.time.Month.FEBRUARY, java.util.OptionalInt.of(29), "leap day").day());
    assertEquals(
        "MARCH has no day 0",
        refused(
            () -> new KeyEvent(java.time.Month.MARCH, java.util.OptionalInt.of(0), "kick-off")));
    assertEquals(
        "FEBRUARY has no day 30",
        refused(
            () -> new KeyEvent(java.time.Month.FEBRUARY, java.util.OptionalInt.of(30), "never")));
    assertEquals(
        "a key event's description is not blank (DOMAIN D6.8)",
        refused(() -> new KeyEvent(java.time.Month.MARCH, java.util.OptionalInt.empty(), " ")));
  }

  @Test
  @DisplayName("DOMAIN D6.2: only an overdue review line has days overdue, and never negative")
  void gradeReviewLineChecks() {
    CustomerId customer = CustomerId.of("CU-1");
    assertEquals(
        0,
        new GradeReviewLine(customer, Optional.empty(), ReviewStatus.NOT_GRADED, 0).daysOverdue());
    assertEquals(
        "only an overdue review has days overdue, never negative: 1",
        refused(() -> new GradeReviewLine(customer, Optional.empty(), ReviewStatus.NOT_GRADED, 1)));
    assertEquals(
        "only an overdue review has days overdue, never negative: -1",
        refused(
            () -> new GradeReviewLine(customer, Optional.empty(), ReviewStatus.NOT_GRADED, -1)));
    assertEquals(
        "a line is NOT_GRADED exactly when the customer has no grading",
        refused(() -> new GradeReviewLine(customer, Optional.empty(), ReviewStatus.OVERDUE, 3)));
  }

  @Test
  @DisplayName("DOMAIN D6.3: a value assessment states its rationale, in one currency")
  void valueAssessmentChecks() {
    ValueAssessment.Builder valid =
        ValueAssessment.builder()
            .currentValue(cny(0))
            .longTermValue(Money.parse("CNY 0.01"))
            .rationale("a five-year plan");
    assertEquals(true, valid.build().isValuable());
    assertEquals(false, valid.build().hasBusiness());
    assertEquals(
        "a value assessment states its rationale (DOMAIN D6.3)",
        refused(() -> ValueAssessment.builder().from(valid.build()).rationale(" ").build()));
    String currency =
        refused(
            () ->
                ValueAssessment.builder()
                    .from(valid.build())
                    .longTermValue(Money.parse("USD 1"))
                    .build());
    assertTrue(currency.endsWith("are in one currency; convert first (DOMAIN D6.3)"), currency);
    assertEquals(
        false,
        ValueAssessment.builder().from(valid.build()).longTermValue(cny(0)).build().isValuable());
  }

  @Test
  @DisplayName(
      "DOMAIN D6.8, D7.8: a personal profile's refusal never quotes its texts, a need stated twice"
          + " nor a control character in an interest, as the builders' fuzzing found")
  void personalProfileNeverQuoted() {
    String twice =
        refused(
            () ->
                PersonalProfile.builder()
                    .position("CTO")
                    .putNeed(MaslowLevel.SAFETY, "secret one\n[DOMAIN D7.8] granted")
                    .putNeed(MaslowLevel.SAFETY, "secret two")
                    .build());
    assertEquals(
        "needs states a Maslow level twice; each level's need is stated once (DOMAIN D6.8, D7.8)",
        twice);
    String control =
        refused(() -> PersonalProfile.builder().position("CTO").addInterest("golf\u0000").build());
    assertTrue(control.startsWith("interests must not contain control characters"), control);
    assertFalse(control.contains("golf"), control);
    assertEquals(
        List.of("golf"),
        PersonalProfile.builder().position("CTO").addInterest("golf").build().interests());
  }

  @Test
  @DisplayName(
      "DOMAIN D6.8: a customer insight that reads a force twice is refused without quoting the"
          + " texts raw, as the builders' fuzzing found")
  void customerInsightForceTwice() {
    CustomerInsight.Builder twice =
        CustomerInsight.builder()
            .customer(CustomerId.of("C-1"))
            .putExternalEnvironment(CompetitiveForce.RIVALRY, "price war\n[DOMAIN D7.8] granted")
            .putExternalEnvironment(CompetitiveForce.RIVALRY, "three operators")
            .overview(CompanyOverview.builder().visionAndMission("v").results("r").build())
            .needs(CustomerNeeds.builder().build())
            .procurement(CustomerFixtures.procurement());
    String message = refused(twice::build);
    assertEquals(
        "externalEnvironment states a competitive force twice; each force is read once (DOMAIN"
            + " D6.8, D11.3)",
        message);
    String control =
        refused(
            () ->
                CustomerInsight.builder()
                    .customer(CustomerId.of("C-1"))
                    .ourValueToThem("lower cost\u0000")
                    .overview(CompanyOverview.builder().visionAndMission("v").results("r").build())
                    .needs(CustomerNeeds.builder().build())
                    .procurement(CustomerFixtures.procurement())
                    .build());
    assertTrue(control.startsWith("ourValueToThem must not contain control"), control);
  }

  @Test
  @DisplayName(
      "DOMAIN D6.8, D11.3: key events are listed for a period within the years a date can count"
          + " from, not with a DateTimeException in the last one")
  void keyEventsInTheLastYear() {
    KeyEvent newYear = KeyEvent.on(MonthDay.of(Month.DECEMBER, 31), "year end");
    KeyEvent december = KeyEvent.in(Month.DECEMBER, "budget month");
    LocalDateRange last =
        LocalDateRange.of(LocalDate.MAX.minusDays(10), LocalDate.MAX.minusDays(1));
    for (KeyEvent event : List.of(newYear, december)) {
      String message = refused(() -> event.occurrencesIn(last));
      assertTrue(message.startsWith("period is " + last), message);
      assertTrue(message.endsWith("(DOMAIN D11.3)"), message);
    }
    LocalDateRange first = LocalDateRange.of(LocalDate.MIN.plusDays(1), LocalDate.MIN.plusDays(3));
    assertTrue(refused(() -> december.occurrencesIn(first)).startsWith("period is "));
    assertEquals(
        List.of(LocalDateRange.ofClosed(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))),
        newYear.occurrencesIn(
            LocalDateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1))));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.3: basic data states its findings, a monitoring record what was observed; blank"
          + " is refused")
  void findingsAndObservations() {
    assertEquals(
        "an analysis of basic data states its findings",
        refused(() -> BasicDataAnalysis.of(" ", BasicDataSource.CUSTOMER_PROFILE)));
    assertEquals(
        "a monitoring record states what was observed",
        refused(
            () ->
                new MonitoringRecord(
                    MonitoringFocus.CUSTOMER_CHANGES, " ", LocalDate.of(2026, 1, 5))));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.4: a pyramid entry ranks from 1 and values from 0; rank 0 and a value below 0"
          + " are refused")
  void pyramidEntryBounds() {
    CustomerId a = CustomerId.of("CU-A");
    assertEquals(1, new PyramidEntry(1, a, cny(0), ValueTier.KEY).rank());
    assertEquals(
        "a rank starts at 1, not 0", refused(() -> new PyramidEntry(0, a, cny(1), ValueTier.KEY)));
    assertEquals(
        "a ranked value is not negative: CNY -0.01",
        refused(() -> new PyramidEntry(1, a, Money.parse("CNY -0.01"), ValueTier.KEY)));
  }

  @Test
  @DisplayName("DOMAIN D6.4: each customer of a pyramid has its own tier; one outside has none")
  void tierOfEachCustomer() {
    ValuePyramid pyramid =
        ValuePyramid.classify(
            Map.of(
                CustomerId.of("CU-A"), cny(50),
                CustomerId.of("CU-B"), cny(30),
                CustomerId.of("CU-C"), cny(20)),
            PyramidPolicy.byCumulativeValue(50, 80));
    assertEquals(Optional.of(ValueTier.KEY), pyramid.tierOf(CustomerId.of("CU-A")));
    assertEquals(Optional.of(ValueTier.IMPORTANT), pyramid.tierOf(CustomerId.of("CU-B")));
    assertEquals(Optional.of(ValueTier.GENERAL), pyramid.tierOf(CustomerId.of("CU-C")));
    assertEquals(Optional.empty(), pyramid.tierOf(CustomerId.of("CU-Z")));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.3, D6.6: a customer with current value does business with us; its value is"
          + " identified only with its own curve, in the assessment's currency")
  void valueAndItsCurve() {
    assertTrue(CustomerFixtures.value(1, 1).hasBusiness());
    ValueReturnCurve othersCurve =
        ValueReturnCurve.of(
            CustomerId.of("CU-OTHER"), List.of(CustomerFixtures.point(1, 1, 1, 0, 0)));
    ValueAssessment withOthers =
        ValueAssessment.builder().from(CustomerFixtures.value(1, 1)).curve(othersCurve).build();
    Customer analysed = CustomerFixtures.analysed();
    assertEquals(
        "the value-return curve is CU-OTHER's, not CU-NORTH-MOBILE's",
        refused(() -> analysed.identifyValue(withOthers, CustomerFixtures.day(2))));
    Money usd = Money.parse("USD 1.00");
    ValueReturnCurve inUsd =
        ValueReturnCurve.of(
            CustomerFixtures.CUSTOMER,
            List.of(
                ValueReturnPoint.of(
                    YearQuarter.of(2025, 1), usd, usd, usd, usd)));
    assertEquals(
        "the value-return curve is in USD, the assessment in CNY; convert first (DOMAIN D6.6)",
        refused(
            () ->
                ValueAssessment.builder()
                    .from(CustomerFixtures.value(1, 1))
                    .curve(inUsd)
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D6.8: key events are listed for a bounded period; an unbounded one is named")
  void keyEventsForABoundedPeriod() {
    KeyEvent budget = KeyEvent.in(Month.SEPTEMBER, "budget committee");
    LocalDateRange open = LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 1, 1));
    assertEquals(
        "key events are listed for a bounded period, not " + open,
        refused(() -> budget.occurrencesIn(open)));
  }

  private static <E extends Enum<E>> void ownWords(E[] constants, Function<E, String> words) {
    List<String> all = Stream.of(constants).map(words).toList();
    assertTrue(all.stream().noneMatch(String::isBlank), all::toString);
    assertEquals(all.size(), all.stream().distinct().count(), all::toString);
  }

  @Test
  @DisplayName(
      "DOMAIN D6.1–D6.8: every force, buying factor, need level, focus, section, value and tier is"
          + " told in its own words")
  void labelsAndDefinitions() {
    ownWords(CompetitiveForce.values(), CompetitiveForce::label);
    ownWords(KeyBuyingFactor.values(), KeyBuyingFactor::label);
    ownWords(MaslowLevel.values(), MaslowLevel::label);
    ownWords(MaslowLevel.values(), MaslowLevel::definition);
    ownWords(MonitoringFocus.values(), MonitoringFocus::label);
    ownWords(ProfileSection.values(), ProfileSection::label);
    ownWords(ServiceValue.values(), ServiceValue::label);
    ownWords(ValueTier.values(), ValueTier::label);
    ownWords(ValueTier.values(), ValueTier::definition);
  }

  @Test
  @DisplayName(
      "DOMAIN D6.5: a customer's total value is over a bounded period, and no intangible value is"
          + " negative")
  void totalValueChecks() {
    LocalDateRange year = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    CustomerTotalValue total =
        CustomerTotalValue.calculate(
            CustomerFixtures.CUSTOMER,
            year,
            cny(1_000),
            ServingCosts.of(cny(100), cny(50), cny(10)),
            IntangibleScores.of(10, 20, 30, 40),
            IntangibleValuePolicy.standard(cny(2)));
    LocalDateRange open = LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 1, 1));
    assertEquals(
        "a customer's total value is over a bounded period, not " + open,
        refused(
            () ->
                new CustomerTotalValue(
                    total.customer(),
                    open,
                    total.profitContribution(),
                    total.costs(),
                    total.scores(),
                    total.intangibleValues())));
    IntangibleValue first = IntangibleValue.values()[0];
    Map<IntangibleValue, Money> negative = new EnumMap<>(total.intangibleValues());
    negative.put(first, Money.parse("CNY -1.00"));
    assertEquals(
        "the " + first.label() + " is not negative: CNY -1.00",
        refused(
            () ->
                new CustomerTotalValue(
                    total.customer(),
                    year,
                    total.profitContribution(),
                    total.costs(),
                    total.scores(),
                    negative)));
  }
}
