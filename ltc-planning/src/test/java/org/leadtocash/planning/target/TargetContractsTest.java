package org.leadtocash.planning.target;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the target package's public types (DOMAIN D9.5). */
class TargetContractsTest {

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private static CoverageReport report(CoverageMode mode) {
    return CoverageReport.of(
        Beijing.ORGANISATION, CNY, mode, List.of(Beijing.beijing(), Beijing.tianjin()));
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(SalesUnitId.class, Beijing.BEIJING)
        .setDefault(CustomerId.class, Beijing.NORTH_MOBILE)
        .setDefault(SalesOrganisation.class, Beijing.ORGANISATION)
        .setDefault(CurrencyUnit.class, CNY)
        .setDefault(CoverageMode.class, CoverageMode.WEIGHTED)
        .setDefault(OrganisationLevel.class, OrganisationLevel.REPRESENTATIVE_OFFICE)
        .setDefault(OpportunityNumber.class, Beijing.CORE)
        .setDefault(Coverage.class, Coverage.of(cny(10), cny(4)))
        .setDefault(CustomerNumber.class, CustomerNumber.of(Beijing.NORTH_MOBILE, cny(1)));
  }

  @Test
  @DisplayName("DOMAIN D9.5: every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            OpportunityNumber.class,
            OpportunityPart.class,
            CustomerNumber.class,
            OfficeTarget.class,
            Coverage.class,
            CustomerCoverage.class,
            UnitCoverage.class,
            CoverageReport.class,
            CoverageMode.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    OfficeTarget beijing = Beijing.beijing();
    for (Object instance :
        List.of(
            Beijing.CORE,
            beijing.customers().get(0).opportunities().get(0),
            beijing.customers().get(0),
            beijing,
            Coverage.of(cny(10), cny(4)),
            report(CoverageMode.WEIGHTED),
            report(CoverageMode.WEIGHTED).unit(Beijing.BEIJING),
            CoverageMode.WEIGHTED)) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("DOMAIN D9.5: values are equal by their components, reports by their inputs")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Beijing.CORE, Beijing.opportunity("OP-1-CORE", 3_000_000, 80))
        .addEqualityGroup(Beijing.opportunity("OP-1-CORE", 3_000_000, 70))
        .addEqualityGroup(Beijing.SITES)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Beijing.beijing(), Beijing.beijing())
        .addEqualityGroup(Beijing.beijingByShares())
        .addEqualityGroup(OfficeTarget.of(Beijing.BEIJING, cny(12_600_000)))
        .addEqualityGroup(
            OfficeTarget.of(Beijing.BEIJING, cny(12_600_000))
                .onto(ImmutableMap.of(Beijing.NORTH_MOBILE, cny(12_600_000))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Coverage.of(cny(10), cny(4)), Coverage.of(cny(10), cny(4)))
        .addEqualityGroup(Coverage.of(cny(10), cny(14)))
        .addEqualityGroup(Coverage.zero(CNY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(report(CoverageMode.WEIGHTED), report(CoverageMode.WEIGHTED))
        .addEqualityGroup(report(CoverageMode.UNWEIGHTED))
        .addEqualityGroup(
            CoverageReport.of(Beijing.ORGANISATION, CNY, CoverageMode.WEIGHTED, List.of()))
        .testEquals();
  }
}
