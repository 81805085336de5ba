package com.example.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.planning.strategy.GapAnalysis;
import org.threeten.extra.LocalDateRange;

/**
 * A host application as a user of the published jars writes it: not part of the build's sources,
 * compiled by the host tests with {@code -Xlint:all -Werror} against the jars and their runtime
 * dependencies only.
 */
public final class CrmHost {

  private CrmHost() {}

  /**
   * Creates a lead through a value type's builder, closes it, sees a second close refused, computes
   * a KPI over it, and classifies the gap of a year's results against its expectation.
   *
   * @return one line that the host tests check
   */
  public static String run() {
    Instant monday = Instant.parse("2026-03-02T09:00:00Z");
    LeadProfile profile =
        LeadProfile.builder()
            .customer(CustomerId.of("CU-HOST"))
            .title("Core network refresh")
            .need("named in the customer's investment budget table")
            .source(LeadSource.CUSTOMER_BUDGET_TABLE)
            .budget(Money.parse("EUR 250000"))
            .build();
    Transition<Lead, LeadEvent> created =
        Lead.create(LeadId.of("LD-HOST-1"), profile, EmployeeId.of("E-HOST"), monday);
    Lead closed = created.then(lead -> lead.close("budget moved to next year", monday)).state();

    String refusal;
    try {
      Transition<Lead, LeadEvent> unexpected = closed.close("again", monday);
      refusal = "accepted " + unexpected.events();
    } catch (DomainException refused) {
      refusal = "refused " + refused.rule();
    }

    LocalDate start = LocalDate.of(2026, 3, 2);
    ReportingPeriod week =
        ReportingPeriod.of(LocalDateRange.of(start, start.plusDays(7)), ZoneOffset.UTC);
    Rate conversion = LeadConversionRate.in(week).compute(List.of(created.state()));
    GapAnalysis year =
        GapAnalysis.of(
            Money.parse("EUR 200000"), Money.parse("EUR 250000"), Money.parse("EUR 200000"));
    List<String> gaps = year.gaps().stream().map(g -> g.kind().label() + " " + g.amount()).toList();
    return "created with "
        + created.events().size()
        + " event; second close "
        + refusal
        + "; lead conversion "
        + conversion
        + "; gaps "
        + gaps;
  }

  /**
   * Prints {@link #run()} and the modules the host and the library run in.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run());
    System.out.println("host module: " + CrmHost.class.getModule().getName());
    System.out.println("domain module: " + Lead.class.getModule().getName());
    System.out.println("metrics module: " + LeadConversionRate.class.getModule().getName());
    System.out.println("planning module: " + GapAnalysis.class.getModule().getName());
  }
}
