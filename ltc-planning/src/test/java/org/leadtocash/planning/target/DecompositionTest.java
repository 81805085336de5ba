package org.leadtocash.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.target.Beijing.BEIJING;
import static org.leadtocash.planning.target.Beijing.BEIJING_METRO;
import static org.leadtocash.planning.target.Beijing.CAPITAL_POWER;
import static org.leadtocash.planning.target.Beijing.CORE;
import static org.leadtocash.planning.target.Beijing.DATA_CENTRE;
import static org.leadtocash.planning.target.Beijing.MANAGED;
import static org.leadtocash.planning.target.Beijing.NORTH_MOBILE;
import static org.leadtocash.planning.target.Beijing.NORTH_MOBILE_OPPORTUNITIES;
import static org.leadtocash.planning.target.Beijing.SITES;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;

/** A planner decomposes numbers onto customers and opportunities (DOMAIN D9.5). */
class DecompositionTest {

  private static Money yuan(String amount) {
    return Money.parse("CNY " + amount);
  }

  @Test
  @DisplayName("DOMAIN D9.5: Beijing's CNY 12.6 M split 5 : 3 : 2 gives 6.3 M, 3.78 M and 2.52 M")
  void officeTargetByShares() {
    OfficeTarget beijing = Beijing.beijingByShares();
    assertEquals(
        ImmutableMap.of(
            NORTH_MOBILE, cny(6_300_000),
            CAPITAL_POWER, cny(3_780_000),
            BEIJING_METRO, cny(2_520_000)),
        beijing.numbers());
    assertEquals(
        List.of(NORTH_MOBILE, CAPITAL_POWER, BEIJING_METRO),
        List.copyOf(beijing.numbers().keySet()),
        "in the planner's order");
    assertTrue(beijing.isDecomposed());
    assertFalse(beijing.customer(NORTH_MOBILE).orElseThrow().isDecomposed());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: CNY 10.00 split 1 : 2 : 3 is 1.67 + 3.33 + 5.00, the left-over cent going to"
          + " the largest remainder")
  void sharesRoundByLargestRemainder() {
    CustomerId a = CustomerId.of("CU-A");
    CustomerId b = CustomerId.of("CU-B");
    CustomerId c = CustomerId.of("CU-C");
    OfficeTarget split =
        OfficeTarget.of(BEIJING, yuan("10.00"))
            .ontoShares(
                ImmutableMap.of(
                    a, BigDecimal.ONE, b, BigDecimal.valueOf(2), c, BigDecimal.valueOf(3)));
    // exact shares 1.6667, 3.3333, 5.0000: floors 1.66 + 3.33 + 5.00 = 9.99, remainders 4/6, 2/6, 0
    assertEquals(
        ImmutableMap.of(a, yuan("1.67"), b, yuan("3.33"), c, yuan("5.00")), split.numbers());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: CNY 100.00 split three ways is 33.34 + 33.33 + 33.33 whatever the order of the"
          + " shares; the tie goes to the first id alphabetically")
  void tiesAreBrokenByIdNotByOrder() {
    CustomerId a = CustomerId.of("CU-A");
    CustomerId b = CustomerId.of("CU-B");
    CustomerId c = CustomerId.of("CU-C");
    Map<CustomerId, Money> forward =
        OfficeTarget.of(BEIJING, cny(100))
            .ontoShares(ImmutableMap.of(a, BigDecimal.ONE, b, BigDecimal.ONE, c, BigDecimal.ONE))
            .numbers();
    Map<CustomerId, Money> backward =
        OfficeTarget.of(BEIJING, cny(100))
            .ontoShares(ImmutableMap.of(c, BigDecimal.ONE, b, BigDecimal.ONE, a, BigDecimal.ONE))
            .numbers();
    assertEquals(yuan("33.34"), forward.get(a));
    assertEquals(yuan("33.33"), forward.get(b));
    assertEquals(yuan("33.33"), forward.get(c));
    assertEquals(forward, backward);
  }

  @Test
  @DisplayName("DOMAIN D9.5: shares may be percentages with decimals; a zero share gets nothing")
  void decimalAndZeroShares() {
    OfficeTarget split =
        OfficeTarget.of(BEIJING, cny(1_000_000))
            .ontoShares(
                ImmutableMap.of(
                    NORTH_MOBILE, new BigDecimal("62.5"),
                    CAPITAL_POWER, new BigDecimal("37.5"),
                    BEIJING_METRO, BigDecimal.ZERO));
    assertEquals(
        ImmutableMap.of(
            NORTH_MOBILE, cny(625_000), CAPITAL_POWER, cny(375_000), BEIJING_METRO, cny(0)),
        split.numbers());
  }

  @Test
  @DisplayName("DOMAIN D9.5: a customer's number split onto its opportunities by explicit parts")
  void customerNumberByExplicitParts() {
    CustomerNumber northMobile = Beijing.beijing().customer(NORTH_MOBILE).orElseThrow();
    assertEquals(
        ImmutableMap.of(
            CORE.opportunity(), cny(3_000_000),
            SITES.opportunity(), cny(2_000_000),
            DATA_CENTRE.opportunity(), cny(1_000_000),
            MANAGED.opportunity(), cny(300_000)),
        northMobile.parts());
    assertEquals(cny(6_300_000), northMobile.number());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: North Mobile's 6.3 M in proportion to its opportunities' weighted values"
          + " 2.4 : 1.25 : 0.3 : 0.08 M")
  void customerNumberInProportionWeighted() {
    CustomerNumber northMobile =
        CustomerNumber.of(NORTH_MOBILE, cny(6_300_000))
            .inProportion(NORTH_MOBILE_OPPORTUNITIES, CoverageMode.WEIGHTED);
    // 6,300,000 × 2,400,000 / 4,030,000 = 3,751,861.0421…, and so on; the parts sum to 6.3 M
    assertEquals(
        ImmutableMap.of(
            CORE.opportunity(), yuan("3751861.04"),
            SITES.opportunity(), yuan("1954094.29"),
            DATA_CENTRE.opportunity(), yuan("468982.63"),
            MANAGED.opportunity(), yuan("125062.04")),
        northMobile.parts());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: the same number in proportion to the unweighted amounts 3 : 2.5 : 1.5 : 0.8 M")
  void customerNumberInProportionUnweighted() {
    CustomerNumber northMobile =
        CustomerNumber.of(NORTH_MOBILE, cny(6_300_000))
            .inProportion(NORTH_MOBILE_OPPORTUNITIES, CoverageMode.UNWEIGHTED);
    assertEquals(
        ImmutableMap.of(
            CORE.opportunity(), yuan("2423076.92"),
            SITES.opportunity(), yuan("2019230.77"),
            DATA_CENTRE.opportunity(), yuan("1211538.46"),
            MANAGED.opportunity(), yuan("646153.85")),
        northMobile.parts());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: customers' numbers that do not add up to the target are refused with the"
          + " difference")
  void refusesNumbersThatDoNotSumToTheTarget() {
    OfficeTarget beijing = OfficeTarget.of(BEIJING, cny(12_600_000));
    IllegalArgumentException shortfall =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                beijing.onto(
                    ImmutableMap.of(
                        NORTH_MOBILE, cny(6_300_000),
                        CAPITAL_POWER, cny(3_780_000),
                        BEIJING_METRO, cny(2_500_000))));
    assertEquals(
        "a decomposition sums back to its number (DOMAIN D9.5): its customers' numbers sum to"
            + " CNY 12,580,000.00, not to OFFICE-BEIJING's target CNY 12,600,000.00"
            + " (CNY 20,000.00 short)",
        shortfall.getMessage());
    IllegalArgumentException excess =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CustomerNumber.of(NORTH_MOBILE, cny(6_300_000))
                    .onto(ImmutableMap.of(CORE, cny(4_000_000), SITES, cny(2_400_000))));
    assertTrue(excess.getMessage().contains("(DOMAIN D9.5)"), excess.getMessage());
    assertTrue(excess.getMessage().endsWith("(CNY 100,000.00 too much)"), excess.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D9.5: bad shares, duplicates and foreign currencies are refused")
  void refusesBadInput() {
    OfficeTarget beijing = OfficeTarget.of(BEIJING, cny(12_600_000));
    assertRefused(
        "shares of OFFICE-BEIJING's target are not negative (DOMAIN D9.5): CU-NORTH-MOBILE has -1",
        () -> beijing.ontoShares(ImmutableMap.of(NORTH_MOBILE, BigDecimal.valueOf(-1))));
    assertRefused(
        "shares of OFFICE-BEIJING's target are not all zero (DOMAIN D9.5)",
        () -> beijing.ontoShares(ImmutableMap.of(NORTH_MOBILE, BigDecimal.ZERO)));
    assertRefused(
        "is split onto at least one share (DOMAIN D9.5)", () -> beijing.ontoShares(Map.of()));
    assertRefused(
        "a target is decomposed onto at least one customer (DOMAIN D9.5)",
        () -> beijing.onto(Map.of()));
    assertRefused(
        "an office's target is not negative (DOMAIN D9.5)",
        () -> OfficeTarget.of(BEIJING, cny(-1)));
    assertRefused(
        "an opportunity's amount is not negative (DOMAIN D9.5)",
        () -> Beijing.opportunity("OP-X", -5, 50));
    CustomerNumber northMobile = CustomerNumber.of(NORTH_MOBILE, cny(6_300_000));
    OpportunityNumber coreAgain =
        OpportunityNumber.of(CORE.opportunity(), cny(1), Probability.ofPercent(1));
    assertRefused(
        "an opportunity is listed once (DOMAIN D9.5): OP-1-CORE is listed twice",
        () -> northMobile.inProportion(List.of(CORE, coreAgain), CoverageMode.UNWEIGHTED));
    assertRefused(
        "an opportunity is listed once (DOMAIN D9.5): OP-1-CORE is listed twice for"
            + " CU-NORTH-MOBILE",
        () -> northMobile.onto(ImmutableMap.of(CORE, cny(6_300_000), coreAgain, cny(0))));
    OpportunityNumber inEuro =
        OpportunityNumber.of(
            OpportunityId.of("OP-EU"), Money.of(CurrencyUnit.EUR, 100), Probability.ofPercent(50));
    assertRefused(
        "a customer's number and its opportunities are in one currency (DOMAIN D9.5)",
        () -> northMobile.onto(ImmutableMap.of(inEuro, Money.of(CurrencyUnit.EUR, 100))));
    assertRefused(
        "an opportunity's part of a number is in its currency (DOMAIN D9.5)",
        () -> new OpportunityPart(inEuro, cny(100)));
    OpportunityNumber nothing = Beijing.opportunity("OP-ZERO", 1_000, 0);
    assertRefused(
        "shares of CU-NORTH-MOBILE's number are not all zero (DOMAIN D9.5)",
        () -> northMobile.inProportion(List.of(nothing), CoverageMode.WEIGHTED));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: a customer's number is put back only with the number its office gave it")
  void putsBackOnlyTheOfficesNumbers() {
    OfficeTarget beijing = Beijing.beijingByShares();
    assertRefused(
        "a customer's number comes from its office's decomposition (DOMAIN D9.5):"
            + " CU-PORT-OF-TIANJIN is not a customer of OFFICE-BEIJING",
        () ->
            beijing.with(
                CustomerNumber.of(Beijing.PORT_OF_TIANJIN, cny(6_300_000))
                    .onto(ImmutableMap.of(CORE, cny(6_300_000)))));
    assertRefused(
        "a customer's number is the one its office's decomposition gave it (DOMAIN D9.5):"
            + " CU-NORTH-MOBILE has CNY 6300000.00 in OFFICE-BEIJING, not CNY 6000000.00",
        () ->
            beijing.with(
                CustomerNumber.of(NORTH_MOBILE, cny(6_000_000))
                    .onto(ImmutableMap.of(CORE, cny(6_000_000)))));
    OfficeTarget planned = Beijing.beijing();
    assertRefused(
        "an opportunity is listed once (DOMAIN D9.5): OP-1-CORE is listed twice in"
            + " OFFICE-BEIJING",
        () ->
            planned.with(
                planned
                    .customer(BEIJING_METRO)
                    .orElseThrow()
                    .onto(ImmutableMap.of(CORE, cny(2_520_000)))));
  }

  static void assertRefused(String message, Supplier<?> action) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, action::get);
    assertTrue(
        refused.getMessage().contains(message),
        "expected «" + message + "» in «" + refused.getMessage() + "»");
  }
}
