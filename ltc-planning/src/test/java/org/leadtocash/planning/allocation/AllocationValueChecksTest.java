package org.leadtocash.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Probability;

/**
 * The values of a selling-time allocation check themselves at their exact edges (DOMAIN D11.6): the
 * smallest valid value is accepted, the nearest invalid one refused with a message naming what is
 * wrong.
 */
class AllocationValueChecksTest {

  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");
  private static final CustomerId COASTAL = CustomerId.of("CU-COASTAL");
  private static final EmployeeId LI = EmployeeId.of("E-LI");
  private static final EmployeeId WANG = EmployeeId.of("E-WANG");
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static BigDecimal h(String hours) {
    return new BigDecimal(hours);
  }

  /** An allocation in yuan that fits, so that a test breaks one thing about it. */
  private static Allocation feasible(
      List<AccountHours> accounts, List<SalespersonHours> salespeople, List<AssignedHours> hours) {
    return new Allocation(CNY, accounts, salespeople, hours, Optional.empty());
  }

  private static AccountHours north(String hours) {
    return new AccountHours(NORTH, h(hours), h("8"), h("50"), cny(300), Optional.of(cny(100)));
  }

  private static SalespersonHours li(String hours) {
    return new SalespersonHours(LI, h("40"), h(hours), cny(100));
  }

  @Test
  @DisplayName(
      "D11.6: hours run from 0 to 1,000,000 in tenths; -0.1, 1,000,000.1 and 0.05 are refused")
  void hoursEdges() {
    assertEquals(h("0.0"), new AssignedHours(LI, NORTH, h("0.1")).hours().subtract(h("0.1")));
    assertEquals(h("1000000.0"), Hours.of(h("1000000"), "x"));
    assertEquals(h("0.0"), Hours.of(h("0"), "x"));
    assertEquals(
        "the hours of E-LI is never negative (DOMAIN D11.6): -0.1 h",
        refused(() -> Hours.of(h("-0.1"), "the hours of E-LI")));
    assertEquals(
        "the hours of E-LI is at most 1000000 h (DOMAIN D11.6): 1000000.1 h",
        refused(() -> Hours.of(h("1000000.1"), "the hours of E-LI")));
    assertEquals(
        "the hours of E-LI is planned in tenths of an hour (DOMAIN D11.6): 0.05 h",
        refused(() -> Hours.of(h("0.05"), "the hours of E-LI")));
  }

  @Test
  @DisplayName("D11.6: an assignment has hours: 0 is refused, a tenth accepted")
  void assignmentEdge() {
    assertEquals(h("0.1"), new AssignedHours(LI, NORTH, h("0.1")).hours());
    assertEquals(
        "an assignment of E-LI to CU-NORTH has hours (DOMAIN D11.6)",
        refused(() -> new AssignedHours(LI, NORTH, h("0"))));
  }

  @Test
  @DisplayName(
      "D11.6: a shortfall is some hours and a new salesperson brings some: 0 is refused, a tenth"
          + " accepted")
  void shortfallEdges() {
    Shortfall tenth = new Shortfall(h("0.1"), h("0.1"));
    assertEquals(1, tenth.headcount());
    assertEquals(
        "a shortfall is some hours (DOMAIN D11.6): 0.0",
        refused(() -> new Shortfall(h("0"), h("40"))));
    assertEquals(
        "a new salesperson brings some hours (DOMAIN D11.6): 0.0",
        refused(() -> new Shortfall(h("10"), h("0"))));
  }

  @Test
  @DisplayName(
      "D11.6: a target account has no negative potential or visits, and a visit takes some time")
  void targetAccountEdges() {
    TargetAccount none = TargetAccount.of(NORTH, cny(0), Probability.NONE, 0, h("0.1"), h("0.1"));
    assertEquals(h("0.0"), none.floorHours());
    assertEquals(
        "the potential of CU-NORTH is never negative (DOMAIN D11.6): CNY -1.00",
        refused(() -> TargetAccount.of(NORTH, cny(-1), Probability.NONE, 0, h("1"), h("1"))));
    assertEquals(
        "the minimum visits of CU-NORTH are never negative (DOMAIN D11.6): -1",
        refused(() -> TargetAccount.of(NORTH, cny(0), Probability.NONE, -1, h("1"), h("1"))));
    assertEquals(
        "a visit to CU-NORTH takes some time (DOMAIN D11.6): 0.0 h",
        refused(() -> TargetAccount.of(NORTH, cny(0), Probability.NONE, 1, h("0"), h("1"))));
    assertEquals(
        "CU-NORTH can use some selling time (DOMAIN D11.6): 0.0 useful hours",
        refused(() -> TargetAccount.of(NORTH, cny(0), Probability.NONE, 0, h("1"), h("0"))));
    // 4 visits of 2 h: a floor of 8 h fits 8 useful hours, not 7.9
    assertEquals(
        h("8.0"),
        TargetAccount.of(NORTH, cny(0), Probability.NONE, 4, h("2"), h("8")).floorHours());
    assertEquals(
        "the floor of CU-NORTH (4 visits × 2.0 h = 8.0 h) is above its 7.9 useful hours (DOMAIN"
            + " D11.6)",
        refused(() -> TargetAccount.of(NORTH, cny(0), Probability.NONE, 4, h("2"), h("7.9"))));
  }

  @Test
  @DisplayName(
      "D11.6: an account's hours lie from its floor to its useful hours, an unserved one gets"
          + " none, and its amounts are positive and in one currency")
  void accountHoursEdges() {
    assertEquals(h("8.0"), north("8").hours());
    assertEquals(h("50.0"), north("50").hours());
    assertEquals(
        "CU-NORTH gets from its floor 8.0 h to its useful 50.0 h (DOMAIN D11.6), not 7.9 h",
        refused(() -> north("7.9")));
    assertEquals(
        "CU-NORTH gets from its floor 8.0 h to its useful 50.0 h (DOMAIN D11.6), not 50.1 h",
        refused(() -> north("50.1")));
    assertEquals(
        HoursReason.UNSERVED,
        new AccountHours(NORTH, h("0"), h("0"), h("50"), cny(300), Optional.empty()).reason());
    assertEquals(
        "CU-NORTH, which no salesperson may serve, gets no hours (DOMAIN D11.6), not 0.1 h",
        refused(
            () -> new AccountHours(NORTH, h("0.1"), h("0"), h("50"), cny(300), Optional.empty())));
    assertEquals(
        "the return per hour of CU-NORTH and the value of an hour are never negative (DOMAIN"
            + " D11.6)",
        refused(
            () ->
                new AccountHours(NORTH, h("8"), h("8"), h("50"), cny(-1), Optional.of(cny(100)))));
    assertEquals(
        "the return per hour of CU-NORTH and the value of an hour are never negative (DOMAIN"
            + " D11.6)",
        refused(
            () ->
                new AccountHours(NORTH, h("8"), h("8"), h("50"), cny(300), Optional.of(cny(-1)))));
    assertEquals(
        "the return per hour of CU-NORTH and the value of an hour are in one currency (DOMAIN"
            + " D11.6): CNY 300.00, EUR 100.00",
        refused(
            () ->
                new AccountHours(
                    NORTH,
                    h("8"),
                    h("8"),
                    h("50"),
                    cny(300),
                    Optional.of(Money.of(CurrencyUnit.EUR, 100)))));
  }

  @Test
  @DisplayName(
      "D11.6: a salesperson works at most their capacity, and an hour of theirs is never worth"
          + " less than nothing")
  void salespersonHoursEdges() {
    assertEquals(h("0.0"), li("40").spareHours());
    assertEquals(
        "E-LI works at most their capacity of 40.0 h (DOMAIN D11.6), not 40.1 h",
        refused(() -> li("40.1")));
    assertEquals(
        "one more hour of E-LI is never worth less than nothing (DOMAIN D11.6): CNY -1.00",
        refused(() -> new SalespersonHours(LI, h("40"), h("8"), cny(-1))));
    assertEquals(cny(0), new SalespersonHours(LI, h("40"), h("8"), cny(0)).hourValue());
  }

  @Test
  @DisplayName(
      "D11.6: an allocation lists each account and salesperson once, in one currency, and its"
          + " assignments add up to each one's hours")
  void allocationAddsUp() {
    AssignedHours eight = new AssignedHours(LI, NORTH, h("8"));
    Allocation fits = feasible(List.of(north("8")), List.of(li("8")), List.of(eight));
    assertEquals(List.of(eight), fits.assignments());
    assertEquals(
        "an infeasible allocation holds no hours (DOMAIN D11.6)",
        refused(
            () ->
                new Allocation(
                    CNY,
                    List.of(north("8")),
                    List.of(li("8")),
                    List.of(eight),
                    Optional.of(new Shortfall(h("4"), h("40"))))));
    assertEquals(
        "an allocation lists CU-NORTH once (DOMAIN D11.6)",
        refused(
            () ->
                feasible(
                    List.of(north("8"), north("8")), List.of(li("16")), List.of(eight, eight))));
    assertEquals(
        "an allocation is in one currency (DOMAIN D11.6): CU-NORTH is in CNY, not EUR",
        refused(
            () ->
                new Allocation(
                    CurrencyUnit.EUR,
                    List.of(north("8")),
                    List.of(li("8")),
                    List.of(eight),
                    Optional.empty())));
    assertEquals(
        "an allocation lists E-LI once (DOMAIN D11.6)",
        refused(
            () ->
                feasible(List.of(north("16")), List.of(li("8"), li("8")), List.of(eight, eight))));
    assertEquals(
        "an allocation is in one currency (DOMAIN D11.6): CU-NORTH is in EUR, not CNY",
        refused(
            () ->
                feasible(
                    List.of(
                        new AccountHours(
                            NORTH,
                            h("8"),
                            h("8"),
                            h("50"),
                            Money.of(CurrencyUnit.EUR, 300),
                            Optional.of(Money.of(CurrencyUnit.EUR, 100)))),
                    List.of(li("8")),
                    List.of(eight))));
    assertEquals(
        "an allocation is in one currency (DOMAIN D11.6): the hour of E-LI is in EUR, not CNY",
        refused(
            () ->
                feasible(
                    List.of(north("8")),
                    List.of(
                        new SalespersonHours(LI, h("40"), h("8"), Money.of(CurrencyUnit.EUR, 1))),
                    List.of(eight))));
    assertEquals(
        "an assignment of E-WANG to CU-NORTH names a listed salesperson and account (DOMAIN D11.6)",
        refused(
            () ->
                feasible(
                    List.of(north("8")),
                    List.of(li("8")),
                    List.of(new AssignedHours(WANG, NORTH, h("8"))))));
    assertEquals(
        "an assignment of E-LI to CU-COASTAL names a listed salesperson and account (DOMAIN D11.6)",
        refused(
            () ->
                feasible(
                    List.of(north("8")),
                    List.of(li("8")),
                    List.of(new AssignedHours(LI, COASTAL, h("8"))))));
    assertEquals(
        "an allocation assigns E-LI to CU-NORTH once (DOMAIN D11.6)",
        refused(
            () ->
                feasible(
                    List.of(north("8")),
                    List.of(li("8")),
                    List.of(
                        new AssignedHours(LI, NORTH, h("4")),
                        new AssignedHours(LI, NORTH, h("4"))))));
    assertEquals(
        "the assignments to CU-NORTH add up to its 9.0 h (DOMAIN D11.6), not 8.0 h",
        refused(() -> feasible(List.of(north("9")), List.of(li("8")), List.of(eight))));
    assertEquals(
        "the assignments of E-LI add up to their 9.0 h (DOMAIN D11.6), not 8.0 h",
        refused(() -> feasible(List.of(north("8")), List.of(li("9")), List.of(eight))));
  }

  @Test
  @DisplayName(
      "D11.6: a salesperson with no accounts listed serves every account; the standard return"
          + " policy and the reasons for an account's hours say what they are")
  void namesAndReasons() {
    assertEquals(true, Salesperson.of(LI, h("40")).servesEveryAccount());
    assertEquals(false, Salesperson.of(LI, h("40"), Set.of(NORTH)).servesEveryAccount());
    assertEquals("ReturnPolicy.standard()", ReturnPolicy.standard().toString());
    assertEquals(
        List.of(
            "unserved", "fixed by its floor", "at its floor", "marginal", "at its useful hours"),
        List.of(HoursReason.values()).stream().map(HoursReason::label).toList());
  }
}
