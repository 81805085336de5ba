package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.customer.CustomerFixtures.CUSTOMER;
import static org.leadtocash.domain.customer.CustomerFixtures.NAME;
import static org.leadtocash.domain.customer.CustomerFixtures.basicData;
import static org.leadtocash.domain.customer.CustomerFixtures.competitor;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.executive;
import static org.leadtocash.domain.customer.CustomerFixtures.fullProfile;
import static org.leadtocash.domain.customer.CustomerFixtures.graded;
import static org.leadtocash.domain.customer.CustomerFixtures.point;
import static org.leadtocash.domain.customer.CustomerFixtures.procurement;
import static org.leadtocash.domain.customer.CustomerFixtures.registered;
import static org.leadtocash.domain.customer.CustomerFixtures.segment;
import static org.leadtocash.domain.customer.CustomerFixtures.strategy;
import static org.leadtocash.domain.customer.CustomerFixtures.summaryOnly;
import static org.leadtocash.domain.customer.CustomerFixtures.swot;
import static org.leadtocash.domain.customer.CustomerFixtures.value;
import static org.leadtocash.domain.customer.CustomerFixtures.withStrategy;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.testing.DomainTesters;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** Null rejection and equality of the customer package's public types. */
class CustomerContractsTest {

  private static final LocalDateRange YEAR = LocalDateRange.of(D0, D0.plusYears(1));

  private static ValueReturnCurve curve() {
    return ValueReturnCurve.of(CUSTOMER, List.of(point(1, 100, 80, 10, 5)));
  }

  private static CustomerTotalValue totalValue() {
    return CustomerTotalValue.calculate(
        CUSTOMER,
        YEAR,
        cny(1_000),
        ServingCosts.of(cny(100), cny(50), cny(10)),
        IntangibleScores.of(10, 20, 30, 40),
        IntangibleValuePolicy.standard(cny(2)));
  }

  private static ValuePyramid pyramid() {
    return ValuePyramid.classify(Map.of(CUSTOMER, cny(900), CustomerId.of("CU-2"), cny(100)));
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(Segment.class, segment())
        .setDefault(BasicDataAnalysis.class, basicData())
        .setDefault(ValueAssessment.class, value(1, 2))
        .setDefault(GradePolicy.class, GradePolicy.standard(CustomerGrade.B))
        .setDefault(
            Grading.class,
            new Grading(
                CustomerGrade.B,
                CustomerCategory.PARTNER,
                GradePolicy.standard(CustomerGrade.B),
                D0))
        .setDefault(ServiceStrategy.class, strategy())
        .setDefault(
            MonitoringRecord.class, new MonitoringRecord(MonitoringFocus.CUSTOMER_CHANGES, "x", D0))
        .setDefault(Customer.class, registered())
        .setDefault(LocalDateRange.class, YEAR)
        .setDefault(YearQuarter.class, YearQuarter.of(2025, 1))
        .setDefault(YearMonth.class, YearMonth.of(2025, 1))
        .setDefault(Period.class, Period.ofMonths(1))
        .setDefault(MonthDay.class, MonthDay.of(Month.MAY, 1))
        .setDefault(ValueReturnPoint.class, point(1, 1, 1, 0, 0))
        .setDefault(ValueReturnCurve.class, curve())
        .setDefault(IntangibleScores.class, IntangibleScores.NONE)
        .setDefault(IntangibleValuePolicy.class, IntangibleValuePolicy.standard(cny(1)))
        .setDefault(ServingCosts.class, ServingCosts.none(DomainTesters.CNY))
        .setDefault(PyramidPolicy.class, PyramidPolicy.standard())
        .setDefault(CustomerValue.class, CustomerValue.of(CUSTOMER, cny(1)))
        .setDefault(KeyEvent.class, KeyEvent.in(Month.MAY, "x"))
        .setDefault(Swot.class, swot())
        .setDefault(ProcurementDecision.class, procurement())
        .setDefault(ExecutiveProfile.class, executive())
        .setDefault(CustomerProfile.class, summaryOnly())
        .setDefault(Rate.class, Rate.of(1, 2))
        .setDefault(
            ThirtySecondAnswer.class,
            new ThirtySecondAnswer(ThirtySecondQuestion.STRATEGY, Optional.empty()));
  }

  @Test
  @DisplayName("every public method of the customer package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Customer.class,
            Segment.class,
            Grading.class,
            GradeAttestation.class,
            GradePolicy.class,
            BasicDataAnalysis.class,
            ServiceStrategy.class,
            MonitoringRecord.class,
            ValueAssessment.class,
            GradeReviewLine.class,
            GradeReviewReport.class,
            CustomerTotalValue.class,
            ServingCosts.class,
            IntangibleScores.class,
            IntangibleValuePolicy.class,
            CustomerValue.class,
            PyramidPolicy.class,
            PyramidEntry.class,
            TierSummary.class,
            ParetoShare.class,
            ValuePyramid.class,
            ValueReturnPoint.class,
            ValueReturnCurve.class,
            KeyEvent.class,
            KeyEventOccurrence.class,
            BusinessSegment.class,
            CountryAnalysis.class,
            WeakestProduct.class,
            ThirtySecondAnswer.class,
            ThirtySecondTest.class,
            CustomerProfile.class,
            CustomerRegistered.class,
            BasicDataAnalysed.class,
            ValueIdentified.class,
            CustomerGraded.class,
            ServiceStrategyDecided.class,
            CustomerMonitored.class,
            GradeReviewed.class,
            SegmentChanged.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    for (Object instance :
        List.of(
            registered(),
            withStrategy(),
            segment(),
            value(1, 2),
            totalValue(),
            IntangibleScores.NONE,
            IntangibleValuePolicy.standard(cny(1)),
            PyramidPolicy.standard(),
            pyramid(),
            curve(),
            point(1, 1, 1, 0, 0),
            KeyEvent.in(Month.MAY, "x"),
            fullProfile(),
            GradeReviewReport.of(List.of(graded()), D0),
            graded().gradeAttestation().orElseThrow())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName(
      "a grade attestation is equal to another exactly when it carries the same customer, version,"
          + " grade and dates (DOMAIN D6.2)")
  void attestationEquality() {
    Customer graded = graded();
    new EqualsTester()
        .addEqualityGroup(
            graded.gradeAttestation().orElseThrow(), graded().gradeAttestation().orElseThrow())
        .addEqualityGroup(graded(CustomerGrade.A, D0).gradeAttestation().orElseThrow())
        .addEqualityGroup(graded(CustomerGrade.S, D0.plusDays(1)).gradeAttestation().orElseThrow())
        .addEqualityGroup(
            graded(CustomerId.of("CU-2"), CustomerGrade.S, D0).gradeAttestation().orElseThrow())
        .addEqualityGroup(withStrategy().gradeAttestation().orElseThrow())
        .testEquals();
    assertEquals(
        "grade S of CU-NORTH-MOBILE at v4 (from " + D0 + ", as of " + day(3) + ")",
        graded.gradeAttestation().orElseThrow().toString());
  }

  @Test
  @DisplayName("customer values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(registered(), registered())
        .addEqualityGroup(graded())
        .addEqualityGroup(Customer.register(CustomerId.of("CU-2"), NAME, segment(), day(0)).state())
        .addEqualityGroup(Customer.register(CUSTOMER, "Another name", segment(), day(0)).state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(segment(), segment())
        .addEqualityGroup(Segment.of(CustomerSize.SME, CustomerType.GENERAL, cny(3_000_000)))
        .addEqualityGroup(
            Segment.of(
                CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
                CustomerType.TECHNICALLY_COMPLEX,
                cny(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            GradePolicy.standard(CustomerGrade.S),
            GradePolicy.builder().from(GradePolicy.standard(CustomerGrade.S)).build())
        .addEqualityGroup(GradePolicy.standard(CustomerGrade.A))
        .addEqualityGroup(
            GradePolicy.builder()
                .from(GradePolicy.standard(CustomerGrade.S))
                .contactCadence(Period.ofWeeks(2))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(value(1, 2), value(1, 2))
        .addEqualityGroup(value(2, 2))
        .addEqualityGroup(ValueAssessment.builder().from(value(1, 2)).curve(curve()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(basicData(), basicData())
        .addEqualityGroup(BasicDataAnalysis.of("other", BasicDataSource.CUSTOMER_PROFILE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(totalValue(), totalValue())
        .addEqualityGroup(
            CustomerTotalValue.calculate(
                CUSTOMER,
                YEAR,
                cny(1_000),
                ServingCosts.of(cny(100), cny(50), cny(10)),
                IntangibleScores.of(10, 20, 30, 41),
                IntangibleValuePolicy.standard(cny(2))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            IntangibleValuePolicy.standard(cny(2)), IntangibleValuePolicy.standard(cny(2)))
        .addEqualityGroup(IntangibleValuePolicy.standard(cny(3)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PyramidPolicy.standard(), PyramidPolicy.byCumulativeValue(80, 95))
        .addEqualityGroup(PyramidPolicy.byCumulativeValue(70, 95))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(pyramid(), pyramid())
        .addEqualityGroup(ValuePyramid.classify(Map.of(CUSTOMER, cny(900))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(curve(), curve())
        .addEqualityGroup(ValueReturnCurve.of(CUSTOMER, List.of(point(1, 100, 80, 10, 10))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyEvent.on(MonthDay.of(Month.MAY, 20), "agm"),
            new KeyEvent(Month.MAY, OptionalInt.of(20), "agm"))
        .addEqualityGroup(KeyEvent.in(Month.MAY, "agm"))
        .addEqualityGroup(KeyEvent.on(MonthDay.of(Month.MAY, 21), "agm"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(executive(), executive())
        .addEqualityGroup(ExecutiveProfile.builder().from(executive()).name("Other").build())
        .addEqualityGroup(
            ExecutiveProfile.builder().from(executive()).person(PersonId.of("P-2")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(fullProfile(), fullProfile())
        .addEqualityGroup(summaryOnly())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(competitor(), competitor())
        .addEqualityGroup(CompetitorProfile.builder().from(competitor()).name("Other").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(strategy(), strategy())
        .addEqualityGroup(new ServiceStrategy(List.of(ServiceValue.CONSULTING), "d", "o"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new BasicDataAnalysis(Set.of(BasicDataSource.CUSTOMER_PROFILE), "f"),
            BasicDataAnalysis.of("f", BasicDataSource.CUSTOMER_PROFILE))
        .testEquals();
  }
}
