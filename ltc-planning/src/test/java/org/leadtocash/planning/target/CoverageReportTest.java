package org.leadtocash.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.target.Beijing.BEIJING;
import static org.leadtocash.planning.target.Beijing.BEIJING_METRO;
import static org.leadtocash.planning.target.Beijing.CAPITAL_POWER;
import static org.leadtocash.planning.target.Beijing.CHINA;
import static org.leadtocash.planning.target.Beijing.GUANGZHOU;
import static org.leadtocash.planning.target.Beijing.NORTH;
import static org.leadtocash.planning.target.Beijing.NORTH_MOBILE;
import static org.leadtocash.planning.target.Beijing.ORGANISATION;
import static org.leadtocash.planning.target.Beijing.SOUTH;
import static org.leadtocash.planning.target.Beijing.TIANJIN;
import static org.leadtocash.planning.target.DecompositionTest.assertRefused;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * The planner's coverage report (DOMAIN D9.5): per customer and per unit, the target, what the
 * opportunities cover, the uncovered rest and the surplus, rolled up office → region → area.
 */
class CoverageReportTest {

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private static CoverageReport report(CoverageMode mode) {
    return CoverageReport.of(
        ORGANISATION, CNY, mode, List.of(Beijing.beijing(), Beijing.tianjin()));
  }

  private static Coverage coverage(long target, long covered, long uncovered, long surplus) {
    return new Coverage(cny(target), cny(covered), cny(uncovered), cny(surplus));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: weighted, North Mobile's opportunities are expected to bring 4.03 M of its"
          + " 6.3 M, leaving 2.27 M uncovered")
  void weightedCustomerCoverage() {
    CoverageReport report = report(CoverageMode.WEIGHTED);
    // 3.0 M × 80 % + 2.5 M × 50 % + 1.5 M × 20 % + 0.8 M × 10 % = 2.4 + 1.25 + 0.3 + 0.08 M
    Coverage northMobile = report.customer(NORTH_MOBILE).orElseThrow().coverage();
    assertEquals(coverage(6_300_000, 4_030_000, 2_270_000, 0), northMobile);
    assertEquals(Rate.of(4_030_000, 6_300_000), northMobile.ratio());
    // 4.0 M × 50 % against 3.78 M
    assertEquals(
        coverage(3_780_000, 2_000_000, 1_780_000, 0),
        report.customer(CAPITAL_POWER).orElseThrow().coverage());
    // no opportunity yet: the whole number is uncovered
    assertEquals(
        coverage(2_520_000, 0, 2_520_000, 0),
        report.customer(BEIJING_METRO).orElseThrow().coverage());
    assertEquals(Optional.empty(), report.customer(CustomerId.of("CU-UNKNOWN")));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: unweighted, North Mobile's opportunities amount to 7.8 M, a surplus of 1.5 M"
          + " over its 6.3 M")
  void unweightedCustomerCoverage() {
    CoverageReport report = report(CoverageMode.UNWEIGHTED);
    Coverage northMobile = report.customer(NORTH_MOBILE).orElseThrow().coverage();
    assertEquals(coverage(6_300_000, 7_800_000, 0, 1_500_000), northMobile);
    assertEquals("123.8%", northMobile.ratio().toString().substring(0, 6));
    assertEquals(
        coverage(3_780_000, 4_000_000, 0, 220_000),
        report.customer(CAPITAL_POWER).orElseThrow().coverage());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: an office's line sums its customers'; a surplus at one customer does not fill"
          + " another's gap")
  void officeLines() {
    UnitCoverage weighted = report(CoverageMode.WEIGHTED).unit(BEIJING);
    assertEquals(OrganisationLevel.REPRESENTATIVE_OFFICE, weighted.level());
    assertEquals(coverage(12_600_000, 6_030_000, 6_570_000, 0), weighted.coverage());
    assertEquals(
        List.of(NORTH_MOBILE, CAPITAL_POWER, BEIJING_METRO),
        weighted.customers().stream().map(CustomerCoverage::customer).toList());
    // unweighted: 11.8 M covered, yet Beijing Metro's 2.52 M is uncovered and 1.72 M is surplus
    UnitCoverage unweighted = report(CoverageMode.UNWEIGHTED).unit(BEIJING);
    assertEquals(coverage(12_600_000, 11_800_000, 2_520_000, 1_720_000), unweighted.coverage());
    assertEquals(
        coverage(5_000_000, 1_200_000, 3_800_000, 0),
        report(CoverageMode.WEIGHTED).unit(TIANJIN).coverage());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: the region sums Beijing and Tianjin, the area its regions; Guangzhou, not"
          + " planned, shows zero")
  void rollUp() {
    CoverageReport weighted = report(CoverageMode.WEIGHTED);
    assertEquals(coverage(0, 0, 0, 0), weighted.unit(GUANGZHOU).coverage());
    assertEquals(coverage(0, 0, 0, 0), weighted.unit(SOUTH).coverage());
    // 12.6 + 5.0 M target; 6.03 + 1.2 M covered; 6.57 + 3.8 M uncovered
    assertEquals(coverage(17_600_000, 7_230_000, 10_370_000, 0), weighted.unit(NORTH).coverage());
    assertEquals(weighted.unit(NORTH).coverage(), weighted.unit(CHINA).coverage());
    assertEquals(weighted.unit(CHINA).coverage(), weighted.total());
    assertEquals(OrganisationLevel.AREA, weighted.unit(CHINA).level());
    assertEquals(List.of(), weighted.unit(NORTH).customers());
    CoverageReport unweighted = report(CoverageMode.UNWEIGHTED);
    assertEquals(
        coverage(17_600_000, 13_800_000, 5_520_000, 1_720_000), unweighted.unit(CHINA).coverage());
    assertEquals(
        List.of(CHINA, NORTH, SOUTH, BEIJING, TIANJIN, GUANGZHOU),
        weighted.units().stream().map(UnitCoverage::unit).toList());
  }

  @Test
  @DisplayName("DOMAIN D9.5: the report reads as a tree, area down to customers")
  void rendering() {
    assertEquals(
        String.join(
            "\n",
            "Coverage of the targets by opportunities, weighted, in CNY (DOMAIN D9.5)",
            "area AREA-CHINA: target CNY 17,600,000.00, covered CNY 7,230,000.00 (41.1%),"
                + " uncovered CNY 10,370,000.00",
            "  region REGION-NORTH: target CNY 17,600,000.00, covered CNY 7,230,000.00 (41.1%),"
                + " uncovered CNY 10,370,000.00",
            "    representative office OFFICE-BEIJING: target CNY 12,600,000.00, covered"
                + " CNY 6,030,000.00 (47.9%), uncovered CNY 6,570,000.00",
            "      customer CU-NORTH-MOBILE: target CNY 6,300,000.00, covered CNY 4,030,000.00"
                + " (64.0%), uncovered CNY 2,270,000.00",
            "      customer CU-CAPITAL-POWER: target CNY 3,780,000.00, covered CNY 2,000,000.00"
                + " (52.9%), uncovered CNY 1,780,000.00",
            "      customer CU-BEIJING-METRO: target CNY 2,520,000.00, covered CNY 0.00 (0.0%),"
                + " uncovered CNY 2,520,000.00",
            "    representative office OFFICE-TIANJIN: target CNY 5,000,000.00, covered"
                + " CNY 1,200,000.00 (24.0%), uncovered CNY 3,800,000.00",
            "      customer CU-PORT-OF-TIANJIN: target CNY 5,000,000.00, covered"
                + " CNY 1,200,000.00 (24.0%), uncovered CNY 3,800,000.00",
            "  region REGION-SOUTH: target CNY 0.00, covered CNY 0.00, uncovered CNY 0.00",
            "    representative office OFFICE-GUANGZHOU: target CNY 0.00, covered CNY 0.00,"
                + " uncovered CNY 0.00"),
        report(CoverageMode.WEIGHTED).render());
    assertTrue(
        report(CoverageMode.UNWEIGHTED)
            .toString()
            .contains(
                "customer CU-NORTH-MOBILE: target CNY 6,300,000.00, covered CNY 7,800,000.00"
                    + " (123.8%), uncovered CNY 0.00, surplus CNY 1,500,000.00"));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: an office's target not yet decomposed onto customers is wholly uncovered")
  void undecomposedOffice() {
    CoverageReport report =
        CoverageReport.of(
            ORGANISATION,
            CNY,
            CoverageMode.UNWEIGHTED,
            List.of(OfficeTarget.of(GUANGZHOU, cny(8_000_000))));
    assertEquals(coverage(8_000_000, 0, 8_000_000, 0), report.unit(SOUTH).coverage());
    assertEquals(List.of(), report.unit(GUANGZHOU).customers());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: the report refuses mixed currencies, offices outside the organisation, an"
          + " office planned twice, a customer in two offices and an opportunity listed twice")
  void refusals() {
    assertRefused(
        "a coverage report is in one currency (DOMAIN D9.5): OFFICE-TIANJIN's target is in EUR,"
            + " the report in CNY",
        () ->
            CoverageReport.of(
                ORGANISATION,
                CNY,
                CoverageMode.WEIGHTED,
                List.of(OfficeTarget.of(TIANJIN, Money.of(CurrencyUnit.EUR, 5)))));
    assertRefused(
        "targets are planned for the offices of the sales organisation (DOMAIN D9.5):"
            + " OFFICE-SHANGHAI is not one of its units",
        () ->
            CoverageReport.of(
                ORGANISATION,
                CNY,
                CoverageMode.WEIGHTED,
                List.of(OfficeTarget.of(SalesUnitId.of("OFFICE-SHANGHAI"), cny(1)))));
    assertRefused(
        "targets are planned per representative office and rolled up (DOMAIN D9.5):"
            + " REGION-NORTH is a region",
        () ->
            CoverageReport.of(
                ORGANISATION, CNY, CoverageMode.WEIGHTED, List.of(OfficeTarget.of(NORTH, cny(1)))));
    assertRefused(
        "an office has one target (DOMAIN D9.5): OFFICE-TIANJIN is planned twice",
        () ->
            CoverageReport.of(
                ORGANISATION,
                CNY,
                CoverageMode.WEIGHTED,
                List.of(Beijing.tianjin(), OfficeTarget.of(TIANJIN, cny(1)))));
    OfficeTarget guangzhouWithNorthMobile =
        OfficeTarget.of(GUANGZHOU, cny(1_000_000))
            .onto(ImmutableMap.of(NORTH_MOBILE, cny(1_000_000)));
    assertRefused(
        "a customer is planned in one office (DOMAIN D9.5): CU-NORTH-MOBILE is planned in"
            + " OFFICE-BEIJING and in OFFICE-GUANGZHOU",
        () ->
            CoverageReport.of(
                ORGANISATION,
                CNY,
                CoverageMode.WEIGHTED,
                List.of(Beijing.beijing(), guangzhouWithNorthMobile)));
    OfficeTarget guangzhouWithTheTerminal =
        OfficeTarget.of(GUANGZHOU, cny(1_000_000))
            .ontoShares(ImmutableMap.of(CustomerId.of("CU-SOUTH-PORT"), BigDecimal.ONE));
    OfficeTarget south =
        guangzhouWithTheTerminal.with(
            guangzhouWithTheTerminal
                .customers()
                .get(0)
                .onto(ImmutableMap.of(Beijing.TERMINAL, cny(1_000_000))));
    assertRefused(
        "an opportunity is listed once (DOMAIN D9.5): OP-6-TERMINAL is listed for"
            + " CU-PORT-OF-TIANJIN and for CU-SOUTH-PORT",
        () ->
            CoverageReport.of(
                ORGANISATION, CNY, CoverageMode.WEIGHTED, List.of(Beijing.tianjin(), south)));
    assertRefused(
        "is not a unit of the sales organisation (DOMAIN D9.5)",
        () -> report(CoverageMode.WEIGHTED).unit(SalesUnitId.of("OFFICE-SHANGHAI")));
  }

  @Test
  @DisplayName("DOMAIN D9.5: a coverage's figures always reconcile to its target")
  void coverageFigures() {
    assertRefused(
        "covered + uncovered − surplus is the target (DOMAIN D9.5)", () -> coverage(10, 4, 5, 0));
    assertRefused("no figure of a coverage is negative (DOMAIN D9.5)", () -> coverage(-1, 0, 0, 1));
    assertRefused(
        "a coverage is in one currency (DOMAIN D9.5)",
        () -> Coverage.of(cny(1), Money.of(CurrencyUnit.EUR, 1)));
    assertEquals(coverage(10, 4, 6, 0), Coverage.of(cny(10), cny(4)));
    assertEquals(coverage(10, 14, 0, 4), Coverage.of(cny(10), cny(14)));
    assertEquals(Rate.NO_DATA, Coverage.zero(CNY).ratio());
    assertEquals(
        "target CNY 10.00, covered CNY 14.00 (140.0%), uncovered CNY 0.00, surplus CNY 4.00",
        Coverage.of(cny(10), cny(14)).explanation());
    assertRefused(
        "an office's coverage is the sum of its customers' (DOMAIN D9.5)",
        () ->
            new UnitCoverage(
                BEIJING,
                OrganisationLevel.REPRESENTATIVE_OFFICE,
                coverage(10, 0, 10, 0),
                List.of(new CustomerCoverage(NORTH_MOBILE, coverage(5, 0, 5, 0)))));
    assertRefused(
        "customers are planned in representative offices (DOMAIN D9.5): REGION-NORTH is a region",
        () ->
            new UnitCoverage(
                NORTH,
                OrganisationLevel.REGION,
                coverage(5, 0, 5, 0),
                List.of(new CustomerCoverage(NORTH_MOBILE, coverage(5, 0, 5, 0)))));
  }
}
