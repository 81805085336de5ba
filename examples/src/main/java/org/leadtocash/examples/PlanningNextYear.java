package org.leadtocash.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.GrowthMatrixPolicy;
import org.leadtocash.planning.account.GrowthOption;
import org.leadtocash.planning.account.GrowthOptionKind;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.allocation.Salesperson;
import org.leadtocash.planning.allocation.TargetAccount;
import org.leadtocash.planning.target.CoverageMode;
import org.leadtocash.planning.target.CoverageReport;
import org.leadtocash.planning.target.CustomerNumber;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityNumber;

/** README "What is in ltc-planning": a representative office plans next year. */
public final class PlanningNextYear {

  static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NORTH-MOBILE");
  static final CustomerId CAPITAL_POWER = CustomerId.of("CU-CAPITAL-POWER");
  static final SalesUnitId BEIJING = SalesUnitId.of("OFFICE-BEIJING");

  private PlanningNextYear() {}

  /** D9.5: the office's number onto its customers, North Mobile's onto its opportunities. */
  static CoverageReport coverage() {
    SalesOrganisation organisation =
        SalesOrganisation.builder()
            .area(SalesUnitId.of("AREA-CHINA"))
            .region(SalesUnitId.of("REGION-NORTH"), SalesUnitId.of("AREA-CHINA"))
            .office(BEIJING, SalesUnitId.of("REGION-NORTH"))
            .build();
    OfficeTarget beijing =
        OfficeTarget.of(BEIJING, Money.parse("CNY 20000000")) // split 3 : 1 onto two customers
            .ontoShares(Map.of(NORTH_MOBILE, BigDecimal.valueOf(3), CAPITAL_POWER, BigDecimal.ONE));
    CustomerNumber northMobile =
        beijing
            .customer(NORTH_MOBILE)
            .orElseThrow()
            .inProportion(
                List.of(
                    OpportunityNumber.of(
                        OpportunityId.of("OP-CORE"),
                        Money.parse("CNY 9000000"),
                        Probability.ofPercent(70)),
                    OpportunityNumber.of(
                        OpportunityId.of("OP-EDGE"),
                        Money.parse("CNY 4000000"),
                        Probability.ofPercent(40))),
                CoverageMode.WEIGHTED);
    return CoverageReport.of(
        organisation,
        CurrencyUnit.of("CNY"),
        CoverageMode.WEIGHTED, // what the opportunities cover, weighted by their win probability
        List.of(beijing.with(northMobile)));
  }

  /** D11.3: where North Mobile could grow, on the matrix of prize and probability. */
  static GrowthMatrix growth() {
    return GrowthMatrix.of(
        List.of(
            new GrowthOption(
                GrowthOptionKind.CROSS_SELL,
                "private 5G for the two ports",
                Money.parse("CNY 30000000"),
                Probability.ofPercent(40)),
            new GrowthOption(
                GrowthOptionKind.RAISE_USAGE,
                "more core-network capacity",
                Money.parse("CNY 12000000"),
                Probability.ofPercent(80))),
        GrowthMatrixPolicy.standard()); // big from the options' mean prize, likely from 50 %
  }

  /** D11.6: the office's selling hours over its target accounts, as a linear programme. */
  static Allocation hours() {
    List<TargetAccount> accounts =
        List.of(
            TargetAccount.of( // potential, win chance, visits, hours a visit, useful hours
                NORTH_MOBILE,
                Money.parse("CNY 1200000"),
                Probability.ofPercent(25),
                4,
                new BigDecimal("2"),
                new BigDecimal("50")),
            TargetAccount.of(
                CAPITAL_POWER,
                Money.parse("CNY 600000"),
                Probability.ofPercent(40),
                3,
                new BigDecimal("2"),
                new BigDecimal("60")));
    List<Salesperson> team =
        List.of(
            Salesperson.of(EmployeeId.of("E-LI"), new BigDecimal("40")),
            Salesperson.of(EmployeeId.of("E-WANG"), new BigDecimal("30")));
    return Allocation.of(accounts, team, ReturnPolicy.standard(), new BigDecimal("120"));
  }
}
