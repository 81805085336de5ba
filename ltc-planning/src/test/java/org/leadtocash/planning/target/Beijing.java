package org.leadtocash.planning.target;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * The planner's worked example (DOMAIN D9.5): the Beijing office's target of CNY 12.6 M split 5 : 3
 * : 2 onto North Mobile, Capital Power and Beijing Metro; North Mobile's number onto four
 * opportunities; Tianjin's target on the Port of Tianjin; Guangzhou not planned.
 */
final class Beijing {

  static final SalesUnitId CHINA = SalesUnitId.of("AREA-CHINA");
  static final SalesUnitId NORTH = SalesUnitId.of("REGION-NORTH");
  static final SalesUnitId SOUTH = SalesUnitId.of("REGION-SOUTH");
  static final SalesUnitId BEIJING = SalesUnitId.of("OFFICE-BEIJING");
  static final SalesUnitId TIANJIN = SalesUnitId.of("OFFICE-TIANJIN");
  static final SalesUnitId GUANGZHOU = SalesUnitId.of("OFFICE-GUANGZHOU");

  static final SalesOrganisation ORGANISATION =
      SalesOrganisation.builder()
          .area(CHINA)
          .region(NORTH, CHINA)
          .region(SOUTH, CHINA)
          .office(BEIJING, NORTH)
          .office(TIANJIN, NORTH)
          .office(GUANGZHOU, SOUTH)
          .build();

  static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NORTH-MOBILE");
  static final CustomerId CAPITAL_POWER = CustomerId.of("CU-CAPITAL-POWER");
  static final CustomerId BEIJING_METRO = CustomerId.of("CU-BEIJING-METRO");
  static final CustomerId PORT_OF_TIANJIN = CustomerId.of("CU-PORT-OF-TIANJIN");

  /** Core network: 3.0 M at 80 %, weighted 2.4 M. */
  static final OpportunityNumber CORE = opportunity("OP-1-CORE", 3_000_000, 80);

  /** 5G sites: 2.5 M at 50 %, weighted 1.25 M. */
  static final OpportunityNumber SITES = opportunity("OP-2-SITES", 2_500_000, 50);

  /** Data centre: 1.5 M at 20 %, weighted 0.3 M. */
  static final OpportunityNumber DATA_CENTRE = opportunity("OP-3-DATA-CENTRE", 1_500_000, 20);

  /** Managed services: 0.8 M at 10 %, weighted 0.08 M. */
  static final OpportunityNumber MANAGED = opportunity("OP-4-MANAGED", 800_000, 10);

  /** Capital Power's grid upgrade: 4.0 M at 50 %. */
  static final OpportunityNumber GRID = opportunity("OP-5-GRID", 4_000_000, 50);

  /** The port's terminal automation: 2.0 M at 60 %. */
  static final OpportunityNumber TERMINAL = opportunity("OP-6-TERMINAL", 2_000_000, 60);

  static final List<OpportunityNumber> NORTH_MOBILE_OPPORTUNITIES =
      List.of(CORE, SITES, DATA_CENTRE, MANAGED);

  private Beijing() {}

  static OpportunityNumber opportunity(String id, long amount, int percent) {
    return OpportunityNumber.of(OpportunityId.of(id), cny(amount), Probability.ofPercent(percent));
  }

  /** Beijing's 12.6 M split 5 : 3 : 2 onto its three customers, not yet onto opportunities. */
  static OfficeTarget beijingByShares() {
    return OfficeTarget.of(BEIJING, cny(12_600_000))
        .ontoShares(
            ImmutableMap.of(
                NORTH_MOBILE, BigDecimal.valueOf(5),
                CAPITAL_POWER, BigDecimal.valueOf(3),
                BEIJING_METRO, BigDecimal.valueOf(2)));
  }

  /**
   * Beijing fully planned: North Mobile's 6.3 M by explicit parts onto its four opportunities,
   * Capital Power's 3.78 M onto the grid upgrade, Beijing Metro without opportunities yet.
   */
  static OfficeTarget beijing() {
    OfficeTarget beijing = beijingByShares();
    beijing =
        beijing.with(
            beijing
                .customer(NORTH_MOBILE)
                .orElseThrow()
                .onto(
                    ImmutableMap.of(
                        CORE, cny(3_000_000),
                        SITES, cny(2_000_000),
                        DATA_CENTRE, cny(1_000_000),
                        MANAGED, cny(300_000))));
    return beijing.with(
        beijing.customer(CAPITAL_POWER).orElseThrow().onto(ImmutableMap.of(GRID, cny(3_780_000))));
  }

  /** Tianjin's 5 M, all on the Port of Tianjin and its terminal automation. */
  static OfficeTarget tianjin() {
    OfficeTarget tianjin =
        OfficeTarget.of(TIANJIN, cny(5_000_000))
            .onto(ImmutableMap.of(PORT_OF_TIANJIN, cny(5_000_000)));
    return tianjin.with(
        tianjin
            .customer(PORT_OF_TIANJIN)
            .orElseThrow()
            .inProportion(List.of(TERMINAL), CoverageMode.WEIGHTED));
  }
}
