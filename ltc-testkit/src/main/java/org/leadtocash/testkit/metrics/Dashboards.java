package org.leadtocash.testkit.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.catalogue.KpiCatalogue;
import org.leadtocash.metrics.dashboard.Dashboard;
import org.leadtocash.metrics.dashboard.KpiProgress;
import org.leadtocash.metrics.dashboard.OrganisationDashboard;
import org.leadtocash.metrics.dashboard.SalesFigures;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.voice.CustomerIssues;

/**
 * The "four things watched" dashboards (DOMAIN D1.6): one unit's dashboard with its health, KPI
 * progress, hilltops, open issues and risks, and the dashboards of a whole book rolled up office →
 * region → area (D9.5).
 */
public final class Dashboards {

  private Dashboards() {}

  /**
   * Adds the arbitraries of the dashboards to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(KpiProgress.class, s -> progress())
        .add(Dashboard.class, Dashboards::dashboards)
        .add(OrganisationDashboard.class, Dashboards::organisationDashboards);
  }

  private static Arbitrary<KpiProgress> progress() {
    return Combinators.combine(
            Arbitraries.of(KpiCatalogue.standard().definitions()),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            Arbitraries.of(true, false))
        .as(
            (kpi, actual, target, higher) ->
                new KpiProgress(
                    kpi, BigDecimal.valueOf(actual), BigDecimal.valueOf(target), higher));
  }

  private static Arbitrary<Dashboard> dashboards(Settings settings) {
    return Combinators.combine(
            CommonValues.dates(settings),
            progress().list().ofMaxSize(3),
            BookOfBusiness.opportunities(settings, 10),
            CustomerIssues.issues(settings).list().ofMaxSize(3),
            CommonValues.texts().list().ofMaxSize(2))
        .as(
            (on, progress, opportunities, issues, risks) -> {
              Dashboard.Builder dashboard =
                  Dashboard.builder("OFFICE-0-0-0", on).health("win rate", "2/3");
              progress.forEach(dashboard::progress);
              dashboard.hilltops(opportunities).openIssues(issues);
              risks.forEach(dashboard::risk);
              return dashboard.build();
            });
  }

  /**
   * Returns the dashboards of books of business rolled up the settings' organisation: every
   * office's figures from its opportunities, a target each, its hilltops and some risks.
   *
   * @param settings what to generate within; not null
   * @return the dashboards, never null
   */
  public static Arbitrary<OrganisationDashboard> organisationDashboards(Settings settings) {
    return Combinators.combine(
            Kpis.watches(settings),
            BookOfBusiness.books(settings, 40),
            CommonValues.amounts(settings.currency(), 1, 50_000_000),
            CommonValues.dates(settings),
            CommonValues.texts().list().ofMaxSize(2))
        .as(
            (watch, book, target, on, risks) -> {
              Map<SalesUnitId, List<Opportunity>> byOffice = new HashMap<>();
              for (int i = 0; i < book.opportunities().size(); i++) {
                byOffice
                    .computeIfAbsent(book.officeOf(i), o -> new ArrayList<>())
                    .add(book.opportunities().get(i));
              }
              OrganisationDashboard.Builder dashboards =
                  OrganisationDashboard.builder(watch, book.organisation(), on);
              for (SalesUnitId office : book.offices()) {
                List<Opportunity> opportunities = byOffice.getOrDefault(office, List.of());
                dashboards
                    .office(office, figures(watch, opportunities), target)
                    .hilltops(office, opportunities);
              }
              risks.forEach(r -> dashboards.risk(book.offices().get(0), r));
              return dashboards.build();
            });
  }

  private static SalesFigures figures(SalesWatch watch, List<Opportunity> opportunities) {
    SalesFigures figures = watch.empty();
    for (Opportunity o : opportunities) {
      figures = watch.add(figures, o);
    }
    return figures;
  }
}
