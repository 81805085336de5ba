package org.leadtocash.metrics.customer;

import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.MONTH;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.YEAR;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.customer;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationship;
import org.leadtocash.domain.relationship.ProcurementStep;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.threeten.extra.LocalDateRange;

/** Null rejection and equality of the customer KPIs' public types (DESIGN §5). */
class CustomerMetricsContractsTest {

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(LocalDateRange.class, YEAR)
        .setDefault(ReportingPeriod.class, MONTH)
        .setDefault(CustomerTotalValue.class, CustomerMetricsFixtures.value(1, 100))
        .setDefault(CustomerValues.class, CustomerValues.zero(CNY))
        .setDefault(MoneyTotal.class, MoneyTotal.zero(CNY))
        .setDefault(Tally.class, Tally.NONE)
        .setDefault(PyramidPolicy.class, PyramidPolicy.standard())
        .setDefault(DecisionChain.class, RelationshipCoverageTest.firstChain().chain())
        .setDefault(AssessedChain.class, RelationshipCoverageTest.firstChain())
        .setDefault(
            OrganisationalRelationship.class,
            OrganisationalRelationship.of(customer(1), ProcurementStep.ASSESS_PROBLEM))
        .setDefault(CoverageCounts.class, CoverageCounts.NONE)
        .setDefault(KeyRelationshipLevel.class, KeyRelationshipLevel.ACCEPTED)
        .setDefault(SatisfactionIndices.class, SatisfactionIndices.NONE)
        .setDefault(
            SatisfactionSurvey.class,
            CustomerMetricsFixtures.survey(
                1, LocalDate.of(2026, 5, 5), List.of(Map.of(SatisfactionDimension.SAFETY, 4))))
        .setDefault(CustomerIssue.class, CustomerMetricsFixtures.issue(1, 0, true, 10))
        .setDefault(ClosureTimes.class, ClosureTimes.NONE)
        .setDefault(Duration.class, Duration.ofHours(1));
  }

  @Test
  @DisplayName("every public constructor and method rejects null")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            CustomerValues.class,
            Concentration.class,
            AssessedChain.class,
            CoverageCounts.class,
            CoverageFigures.class,
            SatisfactionIndices.class,
            ClosureTimes.class,
            CustomerKpis.class,
            CustomerTotalValueSum.class,
            ValueConcentration.class,
            PyramidMembership.class,
            RelationshipCoverage.class,
            SatisfactionIndex.class,
            IssueClosureTime.class,
            EscalationRate.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    for (Object instance :
        List.of(
            CustomerValues.zero(CNY).plus(customer(1), cny(5)),
            Concentration.NO_DATA,
            RelationshipCoverageTest.firstChain(),
            CoverageCounts.NONE,
            SatisfactionIndices.NONE,
            ClosureTimes.NONE,
            CustomerTotalValueSum.in(Y2026, CNY),
            ValueConcentration.in(Y2026, CNY),
            PyramidMembership.in(Y2026, CNY),
            RelationshipCoverage.of(KeyRelationshipLevel.ACCEPTED),
            SatisfactionIndex.in(Y2026),
            IssueClosureTime.in(MONTH),
            EscalationRate.in(MONTH))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("value types are equal by their contents")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            CustomerValues.zero(CNY).plus(customer(1), cny(5)).plus(customer(2), cny(1)),
            CustomerValues.zero(CNY).plus(customer(2), cny(1)).plus(customer(1), cny(5)),
            CustomerValues.zero(CNY)
                .plus(customer(1), cny(2))
                .plus(CustomerValues.zero(CNY).plus(customer(2), cny(1)).plus(customer(1), cny(3))))
        .addEqualityGroup(CustomerValues.zero(CNY).plus(customer(1), cny(5)))
        .addEqualityGroup(CustomerValues.zero(CNY))
        .addEqualityGroup(CustomerValues.zero(org.joda.money.CurrencyUnit.USD))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Concentration(Rate.of(1, 5), Rate.of(3, 4)),
            new Concentration(Rate.of(1, 5), Rate.of(3, 4)))
        .addEqualityGroup(new Concentration(Rate.of(1, 5), Rate.of(3, 5)))
        .addEqualityGroup(Concentration.NO_DATA)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new CoverageCounts(1, 3, 1, 2, 0, 1, 0, 1, 4),
            CoverageCounts.NONE.plus(new CoverageCounts(1, 3, 1, 2, 0, 1, 0, 1, 4)))
        .addEqualityGroup(new CoverageCounts(1, 3, 1, 2, 0, 1, 0, 0, 0))
        .addEqualityGroup(CoverageCounts.NONE)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ClosureTimes(2, Duration.ofHours(5), Duration.ofHours(3)),
            ClosureTimes.of(Duration.ofHours(2)).plus(ClosureTimes.of(Duration.ofHours(3))))
        .addEqualityGroup(ClosureTimes.of(Duration.ofHours(5)))
        .addEqualityGroup(ClosureTimes.NONE)
        .testEquals();
  }
}
