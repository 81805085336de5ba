package org.leadtocash.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Probability;

/**
 * A key-account manager allocates the sales hours of a quarter over three target accounts (DOMAIN
 * D11.6, macro efficiency): North Mobile, Coastal Power and Metro Rail, with Li and Wang selling.
 *
 * <p>Under the standard return policy (potential × win chance / useful hours): North Mobile CNY
 * 1,200,000 × 25 % / 50 h = CNY 6,000 an hour; Coastal Power CNY 600,000 × 40 % / 60 h = CNY 4,000;
 * Metro Rail CNY 200,000 × 30 % / 30 h = CNY 2,000. Floors: 4 × 2.0 h = 8 h, 3 × 2.0 h = 6 h and 5
 * × 2.0 h = 10 h, 24 h in all.
 */
class AllocationTest {

  static final CustomerId NORTH = CustomerId.of("North Mobile");
  static final CustomerId COASTAL = CustomerId.of("Coastal Power");
  static final CustomerId METRO = CustomerId.of("Metro Rail");
  static final EmployeeId LI = EmployeeId.of("Li");
  static final EmployeeId WANG = EmployeeId.of("Wang");

  static final TargetAccount NORTH_MOBILE =
      TargetAccount.of(NORTH, cny(1_200_000), Probability.ofPercent(25), 4, h("2"), h("50"));
  static final TargetAccount COASTAL_POWER =
      TargetAccount.of(COASTAL, cny(600_000), Probability.ofPercent(40), 3, h("2"), h("60"));
  static final TargetAccount METRO_RAIL =
      TargetAccount.of(METRO, cny(200_000), Probability.ofPercent(30), 5, h("2"), h("30"));
  static final List<TargetAccount> ACCOUNTS = List.of(NORTH_MOBILE, COASTAL_POWER, METRO_RAIL);

  static BigDecimal h(String hours) {
    return new BigDecimal(hours);
  }

  static Allocation allocate(List<TargetAccount> accounts, List<Salesperson> team) {
    return Allocation.of(accounts, team, ReturnPolicy.standard(), h("120"));
  }

  static void assertHours(String expected, BigDecimal actual) {
    assertEquals(0, h(expected).compareTo(actual), () -> expected + " h, not " + actual);
  }

  @Test
  @DisplayName("DOMAIN D11.6: the standard policy spreads the weighted potential over useful hours")
  void standardReturnPerHour() {
    assertEquals(cny(6_000), ReturnPolicy.standard().returnPerHour(NORTH_MOBILE));
    assertEquals(cny(4_000), ReturnPolicy.standard().returnPerHour(COASTAL_POWER));
    assertEquals(cny(2_000), ReturnPolicy.standard().returnPerHour(METRO_RAIL));
    // CNY 100 × 33 % / 7 h = 4.7142…, rounded down to the fen
    TargetAccount odd =
        TargetAccount.of(
            CustomerId.of("Odd"), cny(100), Probability.ofPercent(33), 0, h("1"), h("7"));
    assertEquals(Money.parse("CNY 4.71"), ReturnPolicy.standard().returnPerHour(odd));
    assertHours("8", NORTH_MOBILE.floorHours());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: time goes to the greatest potential first; the marginal account sets the"
          + " value of one more hour")
  void openTerritory() {
    // 100 h: North Mobile takes all its 50 useful hours at CNY 6,000, Metro Rail only its floor
    // of 10 h at CNY 2,000, and Coastal Power the remaining 40 h at CNY 4,000: 300,000 + 160,000 +
    // 20,000 = CNY 480,000. One more hour goes to Coastal Power: CNY 4,000.
    Allocation allocation =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("60")), Salesperson.of(WANG, h("40"))));

    assertTrue(allocation.feasible());
    assertHours("50", allocation.account(NORTH).orElseThrow().hours());
    assertHours("40", allocation.account(COASTAL).orElseThrow().hours());
    assertHours("10", allocation.account(METRO).orElseThrow().hours());
    assertEquals(cny(480_000), allocation.expectedReturn());
    assertEquals(HoursReason.AT_SATURATION, allocation.account(NORTH).orElseThrow().reason());
    assertEquals(HoursReason.MARGINAL, allocation.account(COASTAL).orElseThrow().reason());
    assertEquals(HoursReason.AT_FLOOR, allocation.account(METRO).orElseThrow().reason());
    assertEquals(cny(4_000), allocation.salesperson(LI).orElseThrow().hourValue());
    assertEquals(cny(4_000), allocation.salesperson(WANG).orElseThrow().hourValue());
    assertEquals(cny(4_000), allocation.teamHourValue());
    // the group's hours are handed to Li first, up to her 60 h, then to Wang
    assertHours("50", allocation.hours(LI, NORTH));
    assertHours("10", allocation.hours(LI, COASTAL));
    assertHours("30", allocation.hours(WANG, COASTAL));
    assertHours("10", allocation.hours(WANG, METRO));
    assertHours("0", allocation.hours(LI, METRO));
    assertEquals(
        List.of(
            "expected return CNY 480,000.00 from 100.0 h; one more hour for the team is worth"
                + " CNY 4,000.00",
            "North Mobile gets all its 50.0 h useful hours: its CNY 6,000.00 an hour is at least"
                + " the CNY 4,000.00 one more hour of its salespeople earns",
            "Coastal Power gets 40.0 h, between its floor of 6.0 h and its 60.0 h useful hours: it"
                + " is the marginal account, and its CNY 4,000.00 an hour is what one more hour of"
                + " its salespeople earns (CNY 4,000.00)",
            "Metro Rail gets its floor of 10.0 h only: its CNY 2,000.00 an hour is no more than the"
                + " CNY 4,000.00 one more hour of its salespeople earns",
            "Li works 60.0 h of 60.0 h; one more hour is worth CNY 4,000.00",
            "Wang works 40.0 h of 40.0 h; one more hour is worth CNY 4,000.00"),
        allocation.explanation().lines().toList());
  }

  @Test
  @DisplayName("DOMAIN D11.6: one more hour of capacity changes the optimum by its dual value")
  void dualValueIsTheGainOfOneMoreHour() {
    Allocation base =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("60")), Salesperson.of(WANG, h("40"))));
    Allocation more =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("61")), Salesperson.of(WANG, h("40"))));

    assertEquals(cny(484_000), more.expectedReturn());
    assertEquals(
        base.salesperson(LI).orElseThrow().hourValue(),
        more.expectedReturn().minus(base.expectedReturn()));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: territories split the team; each salesperson's hour is worth what their"
          + " marginal account earns")
  void territories() {
    // Li may serve North Mobile and Coastal Power (40 h), Wang Coastal Power and Metro Rail (30 h).
    // Li gives all 40 h to North Mobile (CNY 6,000 beats 4,000; its floor is met). Wang must give
    // Metro Rail its floor of 10 h and gives the other 20 h to Coastal Power (floor 6 h met):
    // 240,000 + 80,000 + 20,000 = CNY 340,000. Li's next hour earns CNY 6,000 on North Mobile,
    // Wang's CNY 4,000 on Coastal Power.
    Allocation allocation =
        allocate(
            ACCOUNTS,
            List.of(
                Salesperson.of(LI, h("40"), Set.of(NORTH, COASTAL)),
                Salesperson.of(WANG, h("30"), Set.of(COASTAL, METRO))));

    assertHours("40", allocation.hours(LI, NORTH));
    assertHours("0", allocation.hours(LI, COASTAL));
    assertHours("20", allocation.hours(WANG, COASTAL));
    assertHours("10", allocation.hours(WANG, METRO));
    assertEquals(cny(340_000), allocation.expectedReturn());
    assertEquals(cny(6_000), allocation.salesperson(LI).orElseThrow().hourValue());
    assertEquals(cny(4_000), allocation.salesperson(WANG).orElseThrow().hourValue());
    assertEquals(cny(6_000), allocation.teamHourValue());
    assertEquals(HoursReason.MARGINAL, allocation.account(NORTH).orElseThrow().reason());
    assertEquals(Optional.of(cny(6_000)), allocation.account(NORTH).orElseThrow().hourValue());
    assertEquals(HoursReason.MARGINAL, allocation.account(COASTAL).orElseThrow().reason());
    assertEquals(Optional.of(cny(4_000)), allocation.account(COASTAL).orElseThrow().hourValue());
    assertEquals(HoursReason.AT_FLOOR, allocation.account(METRO).orElseThrow().reason());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: when every hour is used exactly, one more hour is worth what it really earns")
  void degeneratePlanReportsTheNextHour() {
    // 120 h = 50 + 60 + 10: North Mobile and Coastal Power saturated, Metro Rail at its floor. One
    // hour less would cost CNY 4,000 (taken from Coastal Power), but one more hour can only go to
    // Metro Rail: CNY 2,000. The report gives the next hour's CNY 2,000.
    List<Salesperson> team = List.of(Salesperson.of(LI, h("70")), Salesperson.of(WANG, h("50")));
    Allocation allocation = allocate(ACCOUNTS, team);
    Allocation more =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("71")), Salesperson.of(WANG, h("50"))));
    Allocation less =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("69")), Salesperson.of(WANG, h("50"))));

    assertEquals(cny(560_000), allocation.expectedReturn());
    assertEquals(cny(2_000), allocation.teamHourValue());
    assertEquals(cny(2_000), more.expectedReturn().minus(allocation.expectedReturn()));
    assertEquals(cny(4_000), allocation.expectedReturn().minus(less.expectedReturn()));
    assertEquals(HoursReason.AT_SATURATION, allocation.account(COASTAL).orElseThrow().reason());
    assertEquals(HoursReason.AT_FLOOR, allocation.account(METRO).orElseThrow().reason());
  }

  @Test
  @DisplayName("DOMAIN D11.6: spare capacity makes one more hour worth nothing")
  void spareCapacity() {
    // 200 h for 140 useful hours: every account saturated, 60 h to spare.
    Allocation allocation =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("120")), Salesperson.of(WANG, h("80"))));

    assertHours("140", allocation.totalHours());
    assertEquals(cny(0), allocation.teamHourValue());
    assertHours("60", allocation.salesperson(WANG).orElseThrow().spareHours());
    allocation.accounts().forEach(a -> assertEquals(HoursReason.AT_SATURATION, a.reason()));
    assertEquals(cny(300_000 + 240_000 + 60_000), allocation.expectedReturn());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: floors above capacity are reported with the shortfall and the headcount")
  void infeasibleFloors() {
    // 24 h of floors, 15 h of capacity: 9 h short; at 4.0 h per new salesperson, 9 / 4 → 3.
    Allocation allocation =
        Allocation.of(
            ACCOUNTS,
            List.of(Salesperson.of(LI, h("10")), Salesperson.of(WANG, h("5"))),
            ReturnPolicy.standard(),
            h("4"));

    assertFalse(allocation.feasible());
    Shortfall shortfall = allocation.shortfall().orElseThrow();
    assertHours("9", shortfall.hours());
    assertEquals(3, shortfall.headcount());
    assertTrue(allocation.accounts().isEmpty());
    assertEquals(cny(0), allocation.expectedReturn());
    assertEquals(
        "the minimum visits do not fit: 9.0 h of floor hours are short; 3 more salespeople at 4.0 h"
            + " each would close it",
        allocation.explanation());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: an account nobody may serve leaves its floor short, however much time the"
          + " others have")
  void infeasibleTerritories() {
    // 40 h in all for 24 h of floors, but nobody may serve Metro Rail: its 10 h are short.
    Allocation allocation =
        allocate(
            ACCOUNTS,
            List.of(
                Salesperson.of(LI, h("20"), Set.of(NORTH)),
                Salesperson.of(WANG, h("20"), Set.of(COASTAL))));

    assertHours("10", allocation.shortfall().orElseThrow().hours());
    assertEquals(1, allocation.shortfall().orElseThrow().headcount());
  }

  @Test
  @DisplayName("DOMAIN D11.6: an account nobody may serve and that needs no visit gets no hours")
  void unservedAccount() {
    TargetAccount harbour =
        TargetAccount.of(
            CustomerId.of("Harbour Gas"),
            cny(900_000),
            Probability.ofPercent(50),
            0,
            h("2"),
            h("9"));
    Allocation allocation =
        allocate(
            List.of(NORTH_MOBILE, harbour), List.of(Salesperson.of(LI, h("60"), Set.of(NORTH))));

    AccountHours hours = allocation.account(harbour.customer()).orElseThrow();
    assertEquals(HoursReason.UNSERVED, hours.reason());
    assertHours("0", hours.hours());
    assertEquals(Optional.empty(), hours.hourValue());
    assertEquals(
        "Harbour Gas gets no hours: no salesperson may serve it (its CNY 50,000.00 an hour goes"
            + " unearned)",
        hours.explanation());
    // Li has 10 h to spare after North Mobile's 50 useful hours: her next hour earns nothing
    assertEquals(cny(0), allocation.teamHourValue());
  }

  @Test
  @DisplayName("DOMAIN D11.6: floors that exactly fit are met, with nothing to spare")
  void floorsThatExactlyFit() {
    Allocation allocation = allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("24"))));

    assertTrue(allocation.feasible());
    assertHours("8", allocation.account(NORTH).orElseThrow().hours());
    assertHours("6", allocation.account(COASTAL).orElseThrow().hours());
    assertHours("10", allocation.account(METRO).orElseThrow().hours());
    // the next hour goes to North Mobile
    assertEquals(cny(6_000), allocation.teamHourValue());
  }

  @Test
  @DisplayName("DOMAIN D11.6: hours are planned in tenths of an hour")
  void tenths() {
    Allocation allocation =
        allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("24.3")), Salesperson.of(WANG, h("0.4"))));

    assertHours("8.7", allocation.account(NORTH).orElseThrow().hours());
    assertHours("0.4", allocation.hours(WANG, METRO));
    IllegalArgumentException finer =
        assertThrows(IllegalArgumentException.class, () -> Salesperson.of(LI, h("24.25")));
    assertTrue(finer.getMessage().contains("tenths of an hour (DOMAIN D11.6)"), finer.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D11.6: bad inputs are refused, naming the rule")
  void refusals() {
    assertRefused(
        "the floor of X (6 visits × 10.0 h = 60.0 h) is above its 50.0 useful hours (DOMAIN D11.6)",
        () ->
            TargetAccount.of(
                CustomerId.of("X"), cny(1), Probability.ofPercent(5), 6, h("10"), h("50")));
    assertRefused(
        "the capacity of Li is never negative (DOMAIN D11.6)", () -> Salesperson.of(LI, h("-1")));
    assertRefused(
        "the potential of X is never negative (DOMAIN D11.6)",
        () ->
            TargetAccount.of(
                CustomerId.of("X"), cny(-1), Probability.ofPercent(5), 0, h("1"), h("5")));
    List<Salesperson> team = List.of(Salesperson.of(LI, h("60")));
    assertRefused(
        "an allocation names each target account once (DOMAIN D11.6): North Mobile is there twice",
        () -> allocate(List.of(NORTH_MOBILE, NORTH_MOBILE), team));
    assertRefused(
        "an allocation names each salesperson once (DOMAIN D11.6): Li is there twice",
        () -> allocate(ACCOUNTS, List.of(Salesperson.of(LI, h("1")), Salesperson.of(LI, h("2")))));
    assertRefused(
        "Li may serve target accounts only (DOMAIN D11.6): Harbour Gas is not one",
        () ->
            allocate(
                ACCOUNTS,
                List.of(Salesperson.of(LI, h("60"), Set.of(CustomerId.of("Harbour Gas"))))));
    assertRefused(
        "an allocation weighs potentials in one currency (DOMAIN D11.6): Euro Rail is in EUR, not"
            + " CNY",
        () ->
            allocate(
                List.of(
                    NORTH_MOBILE,
                    TargetAccount.of(
                        CustomerId.of("Euro Rail"),
                        Money.parse("EUR 100"),
                        Probability.ofPercent(50),
                        1,
                        h("1"),
                        h("5"))),
                team));
    assertRefused(
        "an allocation needs a target account (DOMAIN D11.6)", () -> allocate(List.of(), team));
    assertRefused(
        "a new salesperson brings some hours (DOMAIN D11.6)",
        () -> Allocation.of(ACCOUNTS, team, ReturnPolicy.standard(), h("0")));
    assertRefused(
        "the return policy gives North Mobile a return per hour in CNY, not negative (DOMAIN"
            + " D11.6)",
        () -> Allocation.of(ACCOUNTS, team, a -> cny(-1), h("120")));
    // 10^12 fen, CNY 10,000,000,000.00 an hour, is the most the programme solves exactly
    assertRefused(
        "the return policy gives North Mobile a return per hour of at most 1000000000000 minor"
            + " units of CNY, to be planned exactly (DOMAIN D11.6), not CNY 10000000000.01",
        () -> Allocation.of(ACCOUNTS, team, a -> Money.parse("CNY 10000000000.01"), h("120")));
    assertEquals(
        cny(600_000_000_000L),
        Allocation.of(ACCOUNTS, team, a -> cny(10_000_000_000L), h("120")).expectedReturn());
  }

  @Test
  @DisplayName("DOMAIN D11.6: a host's own return policy decides where time goes")
  void ownPolicy() {
    // the host values every account at CNY 100 an hour, Metro Rail at CNY 900: Metro Rail first
    ReturnPolicy policy = a -> a.customer().equals(METRO) ? cny(900) : cny(100);
    Allocation allocation =
        Allocation.of(ACCOUNTS, List.of(Salesperson.of(LI, h("44"))), policy, h("120"));

    assertHours("30", allocation.account(METRO).orElseThrow().hours());
    assertEquals(cny(900), allocation.account(METRO).orElseThrow().returnPerHour());
    assertEquals(cny(100), allocation.teamHourValue());
  }

  static TargetAccount account(
      String name, long potential, int percent, int visits, String perVisit, String useful) {
    return TargetAccount.of(
        CustomerId.of(name),
        cny(potential),
        Probability.ofPercent(percent),
        visits,
        h(perVisit),
        h(useful));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: returns in the millions next to returns of cents keep an optimal plan and its"
          + " value of one more hour")
  void badlyScaledReturnsWithAnIdleSalesperson() {
    // The sample jqwik shrank morePotentialNeverGivesFewerHours to (seed 2473869729445929693).
    // Returns per hour (potential × win chance / useful hours, down to the fen): KA-0 CNY 0 × 2 %
    // / 22 h = 0; KA-1 1,346,269 × 99 % / 1 h = 1,332,806.31; KA-4 0; KA-2 10 × 39 % / 31.9 h =
    // 0.12; KA-3 11,108 × 10 % / 22.8 h = 48.71. Floors: KA-1 2 × 0.5 = 1.0 h and KA-4 3 × 2.6 =
    // 7.8 h (each its useful hours), KA-2 3 × 1.2 = 3.6 h. SP-0 has no time; SP-2 may serve KA-1
    // and KA-4 only, with 4.5 h; SP-1 may serve every account, with 61 h.
    List<TargetAccount> accounts =
        List.of(
            account("KA-0", 0, 2, 0, "0.5", "22"),
            account("KA-1", 1_346_269, 99, 2, "0.5", "1"),
            account("KA-4", 0, 0, 3, "2.6", "7.8"),
            account("KA-2", 10, 39, 3, "1.2", "31.9"),
            account("KA-3", 11_108, 10, 0, "0.7", "22.8"));
    CustomerId ka0 = CustomerId.of("KA-0");
    CustomerId ka1 = CustomerId.of("KA-1");
    CustomerId ka2 = CustomerId.of("KA-2");
    CustomerId ka3 = CustomerId.of("KA-3");
    CustomerId ka4 = CustomerId.of("KA-4");
    EmployeeId sp1 = EmployeeId.of("SP-1");
    EmployeeId sp2 = EmployeeId.of("SP-2");
    List<Salesperson> team =
        List.of(
            Salesperson.of(EmployeeId.of("SP-0"), h("0"), Set.of(ka4, ka0, ka1)),
            Salesperson.of(sp1, h("61")),
            Salesperson.of(sp2, h("4.5"), Set.of(ka1, ka4)));
    // 8.8 h of fixed floors (KA-1, KA-4) take SP-2's 4.5 h and 4.3 h of SP-1's; KA-3 (CNY 48.71)
    // and KA-2 (CNY 0.12) take their useful 22.8 h and 31.9 h: 63.5 h of 65.5 h, KA-0's CNY 0
    // gets nothing. SP-1's next hour would go to KA-0 at CNY 0, SP-2 has time to spare.
    Allocation before = allocate(accounts, team);
    assertHours("0", before.account(ka0).orElseThrow().hours());
    assertHours("1", before.account(ka1).orElseThrow().hours());
    assertHours("7.8", before.account(ka4).orElseThrow().hours());
    assertHours("31.9", before.account(ka2).orElseThrow().hours());
    assertHours("22.8", before.account(ka3).orElseThrow().hours());
    assertEquals(cny(0), before.teamHourValue());

    // KA-0 gains CNY 214 of potential: 214 × 2 % / 22 h = CNY 0.19 an hour, above KA-2's 0.12.
    // SP-1's 61 h - 4.3 h = 56.7 h now go to KA-3 (22.8 h), KA-0 (22 h), KA-2's floor (3.6 h) and
    // 8.3 h more to KA-2: 11.9 h. KA-2 is the marginal account: one more hour of SP-1 earns its
    // CNY 0.12, and so does one of SP-2, who frees an hour of SP-1 from the fixed floors.
    List<TargetAccount> richer = new ArrayList<>(accounts);
    richer.set(0, accounts.get(0).withPotential(cny(214)));
    Allocation after = allocate(richer, team);
    assertHours("22", after.account(ka0).orElseThrow().hours());
    assertHours("11.9", after.account(ka2).orElseThrow().hours());
    assertHours("22.8", after.account(ka3).orElseThrow().hours());
    assertHours("4.5", after.salesperson(sp2).orElseThrow().hours());
    assertEquals(HoursReason.MARGINAL, after.account(ka2).orElseThrow().reason());
    assertEquals(Money.parse("CNY 0.12"), after.salesperson(sp1).orElseThrow().hourValue());
    assertEquals(Money.parse("CNY 0.12"), after.salesperson(sp2).orElseThrow().hourValue());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: a shortfall closed by a new salesperson, next to an account worth millions an"
          + " hour, gives an optimal plan and its value of one more hour")
  void badlyScaledReturnsClosedByANewSalesperson() {
    // The sample jqwik shrank theReportedHeadcountClosesTheShortfallAndOneFewerDoesNot to (seed
    // -3668419823261437151). Floors: KA-2 2 × 0.5 = 1.0 h and KA-1 2 × 0.5 = 1.0 h (each its
    // useful hours), KA-0 2 × 2.3 = 4.6 h of 4.7 useful: 6.6 h. SP-0 has no time, SP-1 0.1 h for
    // KA-2 and KA-1: 6.5 h short, one new salesperson at 120 h closes it.
    List<TargetAccount> accounts =
        List.of(
            account("KA-2", 0, 0, 2, "0.5", "1"),
            account("KA-0", 4, 3, 2, "2.3", "4.7"),
            account("KA-1", 4_194_305, 100, 2, "0.5", "1"));
    assertHoursValues(accounts, Money.parse("CNY 0.02"));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: a return just below the greatest the programme takes, CNY 9,999,999,999.99"
          + " an hour, next to CNY 0.02, is planned exactly")
  void greatestReturnNextToTheLeast() {
    List<TargetAccount> accounts =
        List.of(
            account("KA-2", 0, 0, 2, "0.5", "1"),
            account("KA-0", 4, 3, 2, "2.3", "4.7"),
            account("KA-1", 0, 100, 2, "0.5", "1").withPotential(Money.parse("CNY 9999999999.99")));
    assertHoursValues(accounts, Money.parse("CNY 0.02"));
  }

  /**
   * With the team of the shrunk sample, the floors of KA-2, KA-0 and KA-1 short by 6.5 h, and NEW
   * bringing exactly those 6.5 h: every floor is met and nothing more fits.
   */
  private static void assertHoursValues(List<TargetAccount> accounts, Money kaZeroPerHour) {
    CustomerId ka0 = CustomerId.of("KA-0");
    CustomerId ka1 = CustomerId.of("KA-1");
    CustomerId ka2 = CustomerId.of("KA-2");
    List<Salesperson> team =
        List.of(
            Salesperson.of(EmployeeId.of("SP-0"), h("0")),
            Salesperson.of(EmployeeId.of("SP-1"), h("0.1"), Set.of(ka2, ka1)));
    Allocation short1 = allocate(accounts, team);
    assertHours("6.5", short1.shortfall().orElseThrow().hours());
    assertEquals(1, short1.shortfall().orElseThrow().headcount());

    // With NEW's 6.5 h the floors fit exactly: 6.6 h of 6.6 h. KA-0 (CNY 4 × 3 % / 4.7 h = CNY
    // 0.02 an hour) could use 0.1 h more: one more hour of NEW or SP-0 goes there, and so does one
    // of SP-1, who takes over a tenth of KA-1 or KA-2 and frees NEW's. Each is worth CNY 0.02.
    List<Salesperson> closed = new ArrayList<>(team);
    closed.add(Salesperson.of(EmployeeId.of("NEW"), h("6.5")));
    Allocation fits = allocate(accounts, closed);
    assertTrue(fits.feasible());
    assertHours("4.6", fits.account(ka0).orElseThrow().hours());
    assertEquals(kaZeroPerHour, fits.account(ka0).orElseThrow().returnPerHour());
    for (SalespersonHours salesperson : fits.salespeople()) {
      assertEquals(kaZeroPerHour, salesperson.hourValue(), salesperson.explanation());
    }
    // with a tenth less a tenth is short
    closed.set(2, Salesperson.of(EmployeeId.of("NEW"), h("6.4")));
    assertHours("0.1", allocate(accounts, closed).shortfall().orElseThrow().hours());
  }

  private static void assertRefused(String message, Supplier<?> action) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, action::get, message);
    assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
  }
}
