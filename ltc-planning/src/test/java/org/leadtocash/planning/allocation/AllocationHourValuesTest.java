package org.leadtocash.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.allocation.AllocationTest.ACCOUNTS;
import static org.leadtocash.planning.allocation.AllocationTest.COASTAL;
import static org.leadtocash.planning.allocation.AllocationTest.LI;
import static org.leadtocash.planning.allocation.AllocationTest.METRO;
import static org.leadtocash.planning.allocation.AllocationTest.NORTH;
import static org.leadtocash.planning.allocation.AllocationTest.NORTH_MOBILE;
import static org.leadtocash.planning.allocation.AllocationTest.WANG;
import static org.leadtocash.planning.allocation.AllocationTest.allocate;
import static org.leadtocash.planning.allocation.AllocationTest.h;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Probability;

/**
 * What one more hour is worth on an account held at its floor (DOMAIN D11.6): the cheapest hour of
 * a salesperson who may serve it, since that is the hour the account's floor costs.
 */
class AllocationHourValuesTest {

  @Test
  @DisplayName(
      "D11.6: Metro Rail, at its floor and open to both Li and Wang, is worth Wang's CNY 4,000,"
          + " the cheaper of their hours")
  void floorWorthTheCheaperHour() {
    // Returns per hour: North Mobile 1,200,000 × 25 % / 50 h = 6,000; Coastal Power
    // 600,000 × 40 % / 60 h = 4,000; Metro Rail 200,000 × 30 % / 30 h = 2,000.
    // Li (40 h) gives all to North Mobile; Wang (30 h) gives Metro Rail its floor of 10 h and
    // Coastal Power 20 h. Li's next hour earns 6,000, Wang's 4,000; Metro Rail may take either,
    // so its floor costs the cheaper, 4,000.
    Allocation allocation =
        allocate(
            ACCOUNTS,
            List.of(
                Salesperson.of(LI, h("40"), Set.of(NORTH, COASTAL, METRO)),
                Salesperson.of(WANG, h("30"), Set.of(COASTAL, METRO))));

    assertEquals(cny(340_000), allocation.expectedReturn());
    AccountHours metro = allocation.account(METRO).orElseThrow();
    assertEquals(HoursReason.AT_FLOOR, metro.reason());
    assertEquals(Optional.of(cny(4_000)), metro.hourValue());
    assertEquals(Optional.of(cny(6_000)), allocation.account(NORTH).orElseThrow().hourValue());
    assertEquals(Optional.of(cny(4_000)), allocation.account(COASTAL).orElseThrow().hourValue());
  }

  @Test
  @DisplayName(
      "D11.6: an account that needs no visit and gets no hour, though Li may serve it, is worth"
          + " Li's next hour")
  void zeroFloorStillValued() {
    // The harbour returns 100 × 10 % / 10 h = CNY 1 an hour; Li's 40 h all go to North Mobile at
    // 6,000, so the harbour keeps its floor of 0 h, and an hour there would cost Li's 6,000.
    CustomerId harbour = CustomerId.of("Harbour Gas");
    TargetAccount harbourGas =
        TargetAccount.of(harbour, cny(100), Probability.ofPercent(10), 0, h("1"), h("10"));
    Allocation allocation =
        allocate(
            List.of(NORTH_MOBILE, harbourGas),
            List.of(Salesperson.of(LI, h("40"), Set.of(NORTH, harbour))));

    AccountHours hours = allocation.account(harbour).orElseThrow();
    assertEquals(0, hours.hours().signum());
    assertEquals(Optional.of(cny(6_000)), hours.hourValue());
  }
}
