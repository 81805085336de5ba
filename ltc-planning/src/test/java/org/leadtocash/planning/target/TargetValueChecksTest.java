package org.leadtocash.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.target.Beijing.BEIJING;
import static org.leadtocash.planning.target.Beijing.CORE;
import static org.leadtocash.planning.target.Beijing.NORTH_MOBILE;
import static org.leadtocash.planning.target.Beijing.SITES;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * The values of target decomposition check themselves at their exact edges (DOMAIN D9.5): the
 * smallest valid value is accepted, the nearest invalid one refused with a message naming what is
 * wrong.
 */
class TargetValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "D9.5: a customer's number and an opportunity's part are not negative, and an opportunity"
          + " is listed once")
  void customerNumberEdges() {
    assertEquals(cny(0), CustomerNumber.of(NORTH_MOBILE, cny(0)).number());
    assertEquals(
        "a customer's number is not negative (DOMAIN D9.5): CU-NORTH-MOBILE has CNY -1.00",
        refused(() -> CustomerNumber.of(NORTH_MOBILE, cny(-1))));
    assertEquals(
        "an opportunity's part of a number is not negative (DOMAIN D9.5): OP-1-CORE has CNY -1.00",
        refused(() -> new OpportunityPart(CORE, cny(-1))));
    CustomerNumber number = CustomerNumber.of(NORTH_MOBILE, cny(1_000));
    assertEquals(
        "a number is decomposed onto at least one opportunity (DOMAIN D9.5): CU-NORTH-MOBILE has"
            + " none",
        refused(() -> number.onto(Map.of())));
    OpportunityNumber sameId =
        OpportunityNumber.of(CORE.opportunity(), cny(10), CORE.winProbability());
    Map<OpportunityNumber, BigDecimal> twice = new LinkedHashMap<>();
    twice.put(CORE, BigDecimal.ONE);
    twice.put(sameId, BigDecimal.ONE);
    assertEquals(
        "an opportunity is listed once (DOMAIN D9.5): OP-1-CORE is listed twice",
        refused(() -> number.ontoShares(twice)));
    assertEquals(
        "an opportunity is listed once (DOMAIN D9.5): OP-1-CORE is listed twice",
        refused(() -> number.inProportion(List.of(CORE, sameId), CoverageMode.WEIGHTED)));
    assertEquals(
        "[OP-1-CORE CNY 3,000,000.00 at 80%: part CNY 1,000.00]",
        number.ontoShares(Map.of(CORE, BigDecimal.ONE)).opportunities().toString());
    assertEquals(
        "CU-NORTH-MOBILE's number is split onto at least one share (DOMAIN D9.5)",
        refused(() -> number.ontoShares(Map.of())));
  }

  @Test
  @DisplayName(
      "D9.5: an office's customers are in its currency and planned once; it is decomposed once it"
          + " has a customer")
  void officeTargetEdges() {
    OfficeTarget office = OfficeTarget.of(BEIJING, cny(1_000));
    assertFalse(office.isDecomposed());
    assertTrue(office.onto(Map.of(NORTH_MOBILE, cny(1_000))).isDecomposed());
    assertEquals(
        "an office's target and its customers' numbers are in one currency (DOMAIN D9.5):"
            + " OFFICE-BEIJING's target is CNY 1000.00, CU-NORTH-MOBILE's number is in EUR",
        refused(
            () ->
                new OfficeTarget(
                    BEIJING,
                    cny(1_000),
                    List.of(CustomerNumber.of(NORTH_MOBILE, Money.of(CurrencyUnit.EUR, 1_000))))));
    CustomerNumber half = CustomerNumber.of(NORTH_MOBILE, cny(500));
    assertEquals(
        "a customer is planned once (DOMAIN D9.5): CU-NORTH-MOBILE is listed twice in"
            + " OFFICE-BEIJING",
        refused(() -> new OfficeTarget(BEIJING, cny(1_000), List.of(half, half))));
  }

  @Test
  @DisplayName(
      "D9.5: a coverage and a sum of coverages are in one currency; targets roll up offices,"
          + " regions and areas, a customer once")
  void coverageEdges() {
    Money eur = Money.of(CurrencyUnit.EUR, 0);
    assertEquals(
        "a coverage is in one currency (DOMAIN D9.5): target CNY 0.00, covered EUR 0.00, uncovered"
            + " CNY 0.00, surplus CNY 0.00",
        refused(() -> new Coverage(cny(0), eur, cny(0), cny(0))));
    assertEquals(
        "coverages are summed in one currency (DOMAIN D9.5): CNY and EUR",
        refused(() -> Coverage.of(cny(10), cny(5)).plus(Coverage.zero(CurrencyUnit.EUR))));
    Coverage five = Coverage.of(cny(10), cny(5));
    assertEquals(
        "targets roll up representative office → region → area (DOMAIN D9.5), not to headquarters",
        refused(
            () ->
                new UnitCoverage(
                    BEIJING,
                    OrganisationLevel.HEADQUARTERS,
                    Coverage.zero(five.currency()),
                    List.of())));
    CustomerCoverage north = new CustomerCoverage(NORTH_MOBILE, five);
    assertEquals(
        "a customer is planned once (DOMAIN D9.5): CU-NORTH-MOBILE is listed twice in"
            + " OFFICE-BEIJING",
        refused(
            () ->
                new UnitCoverage(
                    BEIJING,
                    OrganisationLevel.REPRESENTATIVE_OFFICE,
                    five.plus(five),
                    List.of(north, north))));
  }

  @Test
  @DisplayName("D9.5: an opportunity's number and part read as the figures they are")
  void figures() {
    assertEquals("OP-2-SITES CNY 2,500,000.00 at 50%", SITES.toString());
    assertEquals(
        "OP-2-SITES CNY 2,500,000.00 at 50%: part CNY 1,250,000.00",
        new OpportunityPart(SITES, cny(1_250_000)).toString());
  }

  @Test
  @DisplayName(
      "D9.5: a cent left over on a tie goes to the opportunity first by id, whatever the order"
          + " given; a negative total is never split")
  void largestRemainderTie() {
    // CNY 0.01 split 1 : 1 leaves one cent and two equal remainders: OP-1-CORE comes before
    // OP-2-SITES, so it takes the cent, though SITES is listed first
    Map<OpportunityNumber, BigDecimal> evenly = new LinkedHashMap<>();
    evenly.put(SITES, BigDecimal.ONE);
    evenly.put(CORE, BigDecimal.ONE);
    CustomerNumber cent = CustomerNumber.of(NORTH_MOBILE, Money.parse("CNY 0.01"));
    assertEquals(
        Map.of(CORE.opportunity(), Money.parse("CNY 0.01"), SITES.opportunity(), cny(0)),
        cent.ontoShares(evenly).parts());
    assertEquals(
        "the office's target is not negative (DOMAIN D9.5): CNY -1.00",
        refused(
            () ->
                LargestRemainder.split(
                    cny(-1), Map.of("a", BigDecimal.ONE), k -> k, "the office's target")));
  }
}
