package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.efficiency.Mentions.assertMentions;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.testing.KpiLaws;

/** The sales-loss waterfall (DOMAIN D11.5), worked by hand and under the KPI laws. */
class SalesLossWaterfallTest {

  private static CustomerId customer(String id) {
    return CustomerId.of(id);
  }

  /** The source's example: 25% not contacted, 30% not pursued, 10% not won, 35% sales. */
  private static List<TargetAccount> source() {
    return List.of(
        TargetAccount.notContacted(customer("CU-A"), cny(25_000_000)),
        TargetAccount.contactedNotPursued(customer("CU-B"), cny(30_000_000)),
        TargetAccount.pursuedNotWon(customer("CU-C"), cny(6_000_000)),
        TargetAccount.won(customer("CU-D"), cny(39_000_000), cny(35_000_000)));
  }

  @Test
  @DisplayName("the source's market splits 25% / 30% / 10% / 35% (D11.5)")
  void workedExample() {
    Waterfall waterfall = SalesLossWaterfall.of(CNY).compute(source());
    assertEquals(cny(100_000_000), waterfall.total());
    assertEquals(Rate.of(25, 100).value(), waterfall.share(Reach.NOT_CONTACTED).value());
    assertEquals(Rate.of(30, 100).value(), waterfall.share(Reach.CONTACTED_NOT_PURSUED).value());
    // D's unwon 4 M joins C's 6 M: pursued but not won
    assertEquals(cny(10_000_000), waterfall.part(Reach.PURSUED_NOT_WON));
    assertEquals(cny(35_000_000), waterfall.sales());
    assertEquals(cny(25_000_000), waterfall.efficiencyLoss(), "coverage");
    assertEquals(cny(40_000_000), waterfall.effectivenessLoss(), "skills");
    assertEquals(List.of(Reach.values()), List.copyOf(waterfall.parts().keySet()));
  }

  @Test
  @DisplayName("the waterfall renders as a Mermaid bar chart, a pie and a funnel")
  void mermaid() {
    Waterfall waterfall = SalesLossWaterfall.of(CNY).compute(source());
    assertEquals(
        """
        xychart-beta
            title "Sales-loss waterfall (DOMAIN D11.5)"
            x-axis ["market total", "not contacted 25.0%", "contacted, not pursued 30.0%", \
        "pursued, not won 10.0%", "actual sales 35.0%"]
            y-axis "CNY"
            bar [100000000, 25000000, 30000000, 10000000, 35000000]
        """,
        waterfall.toMermaid());
    assertEquals(
        """
        pie showData
            title Sales-loss waterfall, CNY (DOMAIN D11.5)
            "not contacted (efficiency loss)" : 25000000
            "contacted, not pursued (effectiveness loss)" : 30000000
            "pursued, not won (effectiveness loss)" : 10000000
            "actual sales" : 35000000
        """,
        waterfall.toMermaidPie());
    assertEquals(
        """
        xychart-beta
            title "Sales funnel (DOMAIN D11.5)"
            x-axis ["market total", "contacted", "seriously pursued", "won"]
            y-axis "CNY"
            bar [100000000, 75000000, 45000000, 35000000]
        """,
        waterfall.toMermaidFunnel());
  }

  @Test
  @DisplayName("an empty market has no data shares, no pie slice, and plain labels")
  void emptyMarket() {
    SalesLossWaterfall kpi = SalesLossWaterfall.of(CNY);
    Waterfall empty = kpi.compute(List.of());
    assertEquals(Waterfall.zero(CNY), empty);
    assertFalse(empty.share(Reach.WON).isDefined());
    assertEquals(
        "pie showData\n    title Sales-loss waterfall, CNY (DOMAIN D11.5)\n", empty.toMermaidPie());
    assertMentions(empty.toMermaid(), "\"not contacted\"", "bar [0, 0, 0, 0, 0]");
    assertEquals("sales-loss-waterfall", SalesLossWaterfall.ID.value());
    assertEquals(KpiUnit.BREAKDOWN, kpi.definition().unit());
    assertEquals("D11.5", kpi.definition().section());
    Waterfall third =
        kpi.compute(
            List.of(
                TargetAccount.notContacted(customer("CU-A"), cny(1)),
                TargetAccount.won(customer("CU-B"), cny(2), cny(2))));
    assertMentions(third.toMermaid(), "\"not contacted 33.3%\"", "\"actual sales 66.7%\"");
  }

  @Test
  @DisplayName("a won account wins more than nothing and at most its potential; others win nothing")
  void accountRules() {
    IllegalArgumentException tooMuch =
        assertThrows(
            IllegalArgumentException.class,
            () -> TargetAccount.won(customer("CU-A"), cny(10), cny(11)));
    assertMentions(tooMuch.getMessage(), "CU-A", "D11.5");
    assertThrows(
        IllegalArgumentException.class, () -> TargetAccount.won(customer("CU-A"), cny(10), cny(0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TargetAccount(customer("CU-A"), cny(10), Reach.PURSUED_NOT_WON, cny(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TargetAccount.notContacted(customer("CU-A"), cny(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TargetAccount.won(customer("CU-A"), cny(10), Money.ofMajor(CurrencyUnit.USD, 1)));
    IllegalArgumentException dollars =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SalesLossWaterfall.of(CNY)
                    .compute(
                        List.of(
                            TargetAccount.notContacted(
                                customer("CU-U"), Money.ofMajor(CurrencyUnit.USD, 1)))));
    assertMentions(dollars.getMessage(), "CNY", "USD", "CU-U", "DESIGN §2");
    Map<Reach, Money> missing = new EnumMap<>(Reach.class);
    missing.put(Reach.WON, cny(1));
    assertThrows(IllegalArgumentException.class, () -> new Waterfall(CNY, missing));
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<TargetAccount> accounts() {
    Arbitrary<Reach> reach = Arbitraries.of(Reach.class);
    Arbitrary<Integer> potential = Arbitraries.integers().between(1, 1_000_000);
    Arbitrary<Integer> wonPercent = Arbitraries.integers().between(1, 100);
    return Combinators.combine(reach, potential, wonPercent)
        .as(
            (r, p, w) ->
                r == Reach.WON
                    ? TargetAccount.won(
                        customer("CU-" + p), cny(p), cny(Math.max(1, (long) p * w / 100)))
                    : new TargetAccount(customer("CU-" + p), cny(p), r, cny(0)));
  }

  @Property(tries = 80)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 100) List<@From("accounts") TargetAccount> accounts,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(SalesLossWaterfall.of(CNY), accounts, cuts, seed);
  }

  @Property(tries = 80)
  @Label("the parts agree with a naive split, add up to the potentials, and shares to exactly 100%")
  void partsAddUp(@ForAll @Size(max = 100) List<@From("accounts") TargetAccount> accounts) {
    Money potential = cny(0);
    Money sales = cny(0);
    Money notContacted = cny(0);
    Money notPursued = cny(0);
    for (TargetAccount a : accounts) {
      potential = potential.plus(a.potential());
      sales = sales.plus(a.won());
      if (a.reach() == Reach.NOT_CONTACTED) {
        notContacted = notContacted.plus(a.potential());
      } else if (a.reach() == Reach.CONTACTED_NOT_PURSUED) {
        notPursued = notPursued.plus(a.potential());
      }
    }
    Waterfall waterfall = SalesLossWaterfall.of(CNY).compute(accounts);
    assertEquals(potential, waterfall.total());
    assertEquals(sales, waterfall.sales());
    assertEquals(notContacted, waterfall.efficiencyLoss());
    assertEquals(potential.minus(sales).minus(notContacted), waterfall.effectivenessLoss());
    assertEquals(notPursued, waterfall.part(Reach.CONTACTED_NOT_PURSUED));
    if (waterfall.total().isPositive()) {
      BigDecimal numerators = BigDecimal.ZERO;
      for (Reach reach : Reach.values()) {
        Rate share = waterfall.share(reach);
        assertEquals(0, share.denominator().compareTo(potential.getAmount()));
        numerators = numerators.add(share.numerator());
      }
      assertEquals(0, numerators.compareTo(potential.getAmount()), "the shares sum to 100%");
    }
  }
}
