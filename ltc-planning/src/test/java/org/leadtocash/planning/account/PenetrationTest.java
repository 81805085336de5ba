package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;

/**
 * The account team compares North Mobile's current share of wallet with the target share in four
 * segments (DOMAIN D11.4) and works on the segment furthest behind first.
 */
class PenetrationTest {

  private static final SegmentPenetration BROADBAND =
      SegmentPenetration.of(
          "enterprise broadband", Rate.of(18, 100), Rate.of(30, 100), cny(800_000_000));
  private static final SegmentPenetration IOT =
      SegmentPenetration.of("IoT connectivity", Rate.of(5, 40), Rate.of(25, 100), cny(120_000_000));
  private static final SegmentPenetration CLOUD =
      SegmentPenetration.of("cloud services", Rate.of(22, 100), Rate.of(20, 100), cny(300_000_000));
  private static final SegmentPenetration INTERCONNECT =
      SegmentPenetration.of("data-centre interconnect", Rate.of(10, 100), Rate.of(1, 10));

  @Test
  @DisplayName("DOMAIN D11.4: the gap in points and in money, hand-worked per segment")
  void gaps() {
    // 30 % − 18 % = 12 points; 12 % of CNY 800 m = CNY 96 m
    assertEquals(0, new BigDecimal("12").compareTo(BROADBAND.gapPoints()));
    assertEquals(Optional.of(cny(96_000_000)), BROADBAND.gapAmount());
    // 25 % − 5/40 = 25 % − 12.5 % = 12.5 points; 12.5 % of CNY 120 m = CNY 15 m
    assertEquals(0, new BigDecimal("12.5").compareTo(IOT.gapPoints()));
    assertEquals(Optional.of(cny(15_000_000)), IOT.gapAmount());
    // 20 % − 22 % = −2 points: ahead of target by CNY 6 m
    assertEquals(0, new BigDecimal("-2").compareTo(CLOUD.gapPoints()));
    assertEquals(Optional.of(cny(-6_000_000)), CLOUD.gapAmount());
    assertEquals(0, INTERCONNECT.gap().signum());
    assertEquals(Optional.empty(), INTERCONNECT.gapAmount());
  }

  @Test
  @DisplayName("DOMAIN D11.4: segments ranked by gap, the furthest behind first")
  void rankedByGap() {
    Penetration penetration = Penetration.of(List.of(BROADBAND, CLOUD, INTERCONNECT, IOT));

    assertEquals(List.of(IOT, BROADBAND, INTERCONNECT, CLOUD), penetration.segments());
    assertEquals(List.of(IOT, BROADBAND), penetration.behindTarget());
    assertEquals(Optional.of(CLOUD), penetration.find("cloud services"));
    assertEquals(
        List.of(
            "IoT connectivity: 12.5% (5 of 40) against a target of 25.0% (25 of 100), 12.5 points"
                + " behind (CNY 15,000,000.00 of a market of CNY 120,000,000.00)",
            "enterprise broadband: 18.0% (18 of 100) against a target of 30.0% (30 of 100), 12"
                + " points behind (CNY 96,000,000.00 of a market of CNY 800,000,000.00)",
            "data-centre interconnect: 10.0% (10 of 100) against a target of 10.0% (1 of 10), on"
                + " target",
            "cloud services: 22.0% (22 of 100) against a target of 20.0% (20 of 100), 2 points"
                + " ahead (CNY 6,000,000.00 of a market of CNY 300,000,000.00)"),
        penetration.explanation().lines().toList());
  }

  @Test
  @DisplayName("DOMAIN D11.4: shares above 1, no data, repeats and mixed currencies are refused")
  void badInputIsRefused() {
    IllegalArgumentException above =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentPenetration.of("IoT", Rate.of(5, 4), Rate.of(1, 2)));
    assertTrue(above.getMessage().contains("from 0 to 1 (DOMAIN D11.4)"), above.getMessage());
    IllegalArgumentException noData =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentPenetration.of("IoT", Rate.NO_DATA, Rate.of(1, 2)));
    assertTrue(noData.getMessage().contains("is defined (DOMAIN D11.4)"));
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> Penetration.of(List.of(IOT, IOT)));
    assertTrue(twice.getMessage().contains("IoT connectivity is there twice"));
    SegmentPenetration euros =
        SegmentPenetration.of("roaming", Rate.of(1, 2), Rate.of(3, 4), Money.parse("EUR 100"));
    IllegalArgumentException mixed =
        assertThrows(IllegalArgumentException.class, () -> Penetration.of(List.of(IOT, euros)));
    assertTrue(mixed.getMessage().contains("one currency (DOMAIN D11.4)"));
    assertThrows(IllegalArgumentException.class, () -> new Penetration(List.of(BROADBAND, IOT)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SegmentPenetration.of("IoT", Rate.of(1, 2), Rate.of(1, 2), cny(-1)));
  }
}
