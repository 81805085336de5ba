package org.leadtocash.metrics.dashboard;

import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.date;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.Coverage;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareTally;
import org.leadtocash.metrics.testing.China;
import org.leadtocash.metrics.testing.Deals;

/** Null rejection and equality of the sales watch's public types (DESIGN §5). */
class SalesWatchContractsTest {

  private static final ReportingPeriod QUARTER = days(0, 90);
  private static final SalesWatch WATCH = SalesWatch.in(QUARTER, cny(10));
  private static final Opportunity DEAL = Deals.open(1, 0, 1_000).opportunity();

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(ReportingPeriod.class, QUARTER)
        .setDefault(Money.class, cny(10))
        .setDefault(LocalDate.class, date(90))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Opportunity.class, DEAL)
        .setDefault(SalesWatch.class, WATCH)
        .setDefault(SalesFigures.class, WATCH.empty())
        .setDefault(SalesBook.class, SalesBook.of(List.of(DEAL)))
        .setDefault(Funnel.class, Funnel.NONE)
        .setDefault(Tally.class, Tally.NONE)
        .setDefault(Rate.class, Rate.NO_DATA)
        .setDefault(PipelineTally.class, PipelineTally.zero(CNY))
        .setDefault(ShareTally.class, ShareTally.zero(CNY))
        .setDefault(Coverage.class, new Coverage(cny(10), cny(5), cny(1), 2))
        .setDefault(SalesUnitId.class, China.BEIJING)
        .setDefault(SalesOrganisation.class, China.ORGANISATION);
  }

  @Test
  @DisplayName("every public method and constructor of the sales watch's types rejects null")
  void nullRejection() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            SalesWatch.class,
            SalesBook.class,
            SalesFigures.class,
            SalesHealth.class,
            OrganisationDashboard.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    SalesWatch watch = OrganisationDashboardTest.WATCH;
    OrganisationDashboard.Builder builder =
        OrganisationDashboard.builder(watch, China.ORGANISATION, date(90));
    for (SalesUnitId office : China.OFFICES) {
      builder.office(office, watch.empty(), cny(1));
    }
    for (Object instance :
        List.of(
            WATCH,
            SalesBook.of(List.of(DEAL)),
            WATCH.empty(),
            WATCH.compute(List.of(DEAL)),
            OrganisationDashboard.builder(watch, China.ORGANISATION, date(90)),
            builder.build())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("figures and health are equal by their parts")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            WATCH.empty(),
            new SalesFigures(
                Tally.NONE, Funnel.NONE, Tally.NONE, PipelineTally.zero(CNY), ShareTally.zero(CNY)))
        .addEqualityGroup(WATCH.add(WATCH.empty(), DEAL), WATCH.over(SalesBook.of(List.of(DEAL))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WATCH.compute(List.of()), WATCH.result(WATCH.empty()))
        .addEqualityGroup(WATCH.compute(List.of(DEAL)))
        .testEquals();
  }
}
