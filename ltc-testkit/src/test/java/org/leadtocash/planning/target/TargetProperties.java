package org.leadtocash.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * Properties of the decomposition from numbers to opportunities and of the coverage report (DOMAIN
 * D9.5), over the kit's generated targets and reports and over arbitrary shares.
 */
class TargetProperties {

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

  @Property
  void aTargetSplitByAnySharesSumsBackExactly(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long minor,
      @ForAll boolean yen,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> weights,
      @ForAll @IntRange(min = 0, max = 4) int decimals,
      @ForAll long seed) {
    Assume.that(weights.stream().anyMatch(w -> w > 0));
    CurrencyUnit currency = yen ? JPY : CNY;
    Money target = Money.ofMinor(currency, minor);
    Map<CustomerId, BigDecimal> shares = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      shares.put(CustomerId.of("CU-" + i), BigDecimal.valueOf(weights.get(i), decimals));
    }
    OfficeTarget office = OfficeTarget.of(SalesUnitId.of("OFFICE-X"), target).ontoShares(shares);
    Map<CustomerId, Money> numbers = office.numbers();
    // DOMAIN D9.5: the parts sum back to the target, to the minor unit
    assertEquals(target, numbers.values().stream().reduce(Money.zero(currency), Money::plus));
    BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(currency.getDecimalPlaces());
    shares.forEach(
        (customer, share) -> {
          BigDecimal exact = target.getAmount().multiply(share).divide(sum, MathContext.DECIMAL128);
          BigDecimal part = numbers.get(customer).getAmount();
          assertTrue(
              part.subtract(exact).abs().compareTo(minorUnit) < 0,
              customer + ": " + part + " is within one minor unit of " + exact);
          if (share.signum() == 0) {
            assertTrue(numbers.get(customer).isZero(), "a zero share gets nothing");
          }
        });
    // the order in which the shares are given does not change any part
    List<CustomerId> order = new ArrayList<>(shares.keySet());
    Collections.shuffle(order, new Random(seed));
    Map<CustomerId, BigDecimal> shuffled = new LinkedHashMap<>();
    order.forEach(c -> shuffled.put(c, shares.get(c)));
    assertEquals(
        numbers,
        Map.copyOf(
            OfficeTarget.of(SalesUnitId.of("OFFICE-X"), target).ontoShares(shuffled).numbers()));
  }

  @Property
  void everyDecompositionSumsBackToItsNumber(@ForAll OfficeTarget office) {
    Money zero = Money.zero(office.target().getCurrencyUnit());
    if (office.isDecomposed()) {
      assertEquals(office.target(), office.numbers().values().stream().reduce(zero, Money::plus));
    }
    for (CustomerNumber customer : office.customers()) {
      if (customer.isDecomposed()) {
        assertEquals(
            customer.number(), customer.parts().values().stream().reduce(zero, Money::plus));
      }
    }
  }

  @Property
  void aNumberInProportionToItsOpportunitiesSumsBack(
      @ForAll CustomerNumber customer,
      @ForAll @Size(min = 1, max = 6) List<OpportunityNumber> opportunities,
      @ForAll CoverageMode mode) {
    List<OpportunityNumber> distinct = new ArrayList<>();
    opportunities.stream()
        .filter(o -> distinct.stream().noneMatch(d -> d.opportunity().equals(o.opportunity())))
        .forEach(distinct::add);
    Assume.that(distinct.stream().anyMatch(o -> o.value(mode).isPositive()));
    CustomerNumber decomposed = customer.inProportion(distinct, mode);
    assertEquals(
        customer.number(),
        decomposed.parts().values().stream()
            .reduce(Money.zero(customer.number().getCurrencyUnit()), Money::plus));
    for (OpportunityPart part : decomposed.opportunities()) {
      if (part.opportunity().value(mode).isZero()) {
        assertTrue(part.part().isZero(), "an opportunity worth nothing carries nothing");
      }
    }
  }

  @Property(tries = 200)
  void everyLineReconcilesToItsTarget(@ForAll CoverageReport report) {
    for (UnitCoverage unit : report.units()) {
      reconciles(unit.coverage());
      unit.customers().forEach(c -> reconciles(c.coverage()));
    }
  }

  private static void reconciles(Coverage coverage) {
    // DOMAIN D9.5: covered + uncovered − surplus = target, no figure negative
    assertEquals(
        coverage.target(), coverage.covered().plus(coverage.uncovered()).minus(coverage.surplus()));
    assertFalse(coverage.uncovered().isNegative());
    assertFalse(coverage.surplus().isNegative());
  }

  @Property(tries = 200)
  void aParentIsTheSumOfItsChildren(@ForAll CoverageReport report) {
    for (UnitCoverage unit : report.units()) {
      Coverage sum = Coverage.zero(report.currency());
      if (unit.level() == OrganisationLevel.REPRESENTATIVE_OFFICE) {
        if (unit.customers().isEmpty()) {
          continue;
        }
        for (CustomerCoverage customer : unit.customers()) {
          sum = sum.plus(customer.coverage());
        }
      } else {
        for (SalesUnitId child : report.organisation().children(unit.unit())) {
          sum = sum.plus(report.unit(child).coverage());
        }
      }
      assertEquals(sum, unit.coverage(), unit.unit().toString());
    }
    // and the whole organisation is the sum of its offices
    Coverage offices = Coverage.zero(report.currency());
    for (SalesUnitId office :
        report.organisation().units(OrganisationLevel.REPRESENTATIVE_OFFICE)) {
      offices = offices.plus(report.unit(office).coverage());
    }
    assertEquals(offices, report.total());
    Money planned =
        report.targets().stream()
            .map(OfficeTarget::target)
            .reduce(Money.zero(report.currency()), Money::plus);
    assertEquals(planned, report.total().target());
  }

  @Property(tries = 200)
  void weightedCoverageNeverExceedsUnweighted(@ForAll CoverageReport report) {
    CoverageReport weighted =
        CoverageReport.of(
            report.organisation(), report.currency(), CoverageMode.WEIGHTED, report.targets());
    CoverageReport unweighted =
        CoverageReport.of(
            report.organisation(), report.currency(), CoverageMode.UNWEIGHTED, report.targets());
    for (UnitCoverage unit : weighted.units()) {
      Coverage w = unit.coverage();
      Coverage u = unweighted.unit(unit.unit()).coverage();
      assertEquals(u.target(), w.target());
      assertFalse(w.covered().isGreaterThan(u.covered()), unit.unit().toString());
      assertFalse(w.uncovered().isLessThan(u.uncovered()), unit.unit().toString());
      assertFalse(w.surplus().isGreaterThan(u.surplus()), unit.unit().toString());
    }
  }
}
