package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;

/**
 * The dashboards rolled up office → region → area (DOMAIN D1.6, D9.5) over books of business spread
 * over the settings' sales organisation: a unit's figures are the watch over all its offices'
 * opportunities.
 */
class OrganisationDashboardProperties {

  private static final Settings SETTINGS = Settings.standard();
  private static final SalesWatch WATCH =
      SalesWatch.in(SETTINGS.period(), Money.ofMajor(SETTINGS.currency(), 1));

  @Provide
  Arbitrary<BookOfBusiness> books() {
    return BookOfBusiness.books(SETTINGS, 60);
  }

  @Property(tries = 40)
  void aUnitsFiguresEqualTheWatchOverAllItsOfficesOpportunities(
      @ForAll("books") BookOfBusiness book) {
    Map<SalesUnitId, List<Opportunity>> byOffice = new LinkedHashMap<>();
    for (int i = 0; i < book.opportunities().size(); i++) {
      byOffice
          .computeIfAbsent(book.officeOf(i), office -> new ArrayList<>())
          .add(book.opportunities().get(i));
    }
    SalesOrganisation organisation = book.organisation();
    OrganisationDashboard.Builder builder =
        OrganisationDashboard.builder(WATCH, organisation, SETTINGS.date(SETTINGS.days()));
    for (SalesUnitId office : book.offices()) {
      List<Opportunity> own = byOffice.getOrDefault(office, List.of());
      builder
          .office(office, WATCH.over(SalesBook.of(own)), Money.ofMajor(SETTINGS.currency(), 1))
          .hilltops(office, own);
    }
    OrganisationDashboard dashboards = builder.build();
    for (SalesUnitId unit : organisation.units()) {
      List<Opportunity> below = new ArrayList<>();
      for (SalesUnitId office : book.offices()) {
        if (office.equals(unit) || isBelow(organisation, office, unit)) {
          below.addAll(byOffice.getOrDefault(office, List.of()));
        }
      }
      assertEquals(
          WATCH.over(SalesBook.of(below)), dashboards.figures(unit), unit + " merges its offices");
      SalesHealth health = WATCH.compute(below);
      assertEquals(health.winRate(), dashboards.health(unit).winRate(), unit + "'s win rate");
      assertEquals(health.funnel(), dashboards.health(unit).funnel(), unit + "'s funnel");
    }
  }

  private static boolean isBelow(
      SalesOrganisation organisation, SalesUnitId unit, SalesUnitId above) {
    return organisation
        .parent(unit)
        .map(p -> p.equals(above) || isBelow(organisation, p, above))
        .orElse(false);
  }
}
