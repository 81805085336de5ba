package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.customer.Customers;

/**
 * The value pyramid's laws over random portfolios (DOMAIN D6.4): every customer in exactly one
 * tier, tiers follow the value ranking, the key tier is the smallest top set reaching 80%, shares
 * add up to the whole, and the input's order does not matter — over the kit's portfolios.
 */
class ValuePyramidProperties {

  @Property(tries = 300)
  void everyCustomerIsInExactlyOneTier(@ForAll("portfolios") List<CustomerValue> portfolio) {
    ValuePyramid pyramid = ValuePyramid.classify(portfolio);
    Set<CustomerId> seen = new HashSet<>();
    for (ValueTier tier : ValueTier.values()) {
      for (CustomerId customer : pyramid.customers(tier)) {
        assertTrue(seen.add(customer), "in one tier only: " + customer);
        assertEquals(tier, pyramid.tierOf(customer).orElseThrow());
      }
    }
    Set<CustomerId> given = new HashSet<>();
    portfolio.forEach(v -> given.add(v.customer()));
    assertEquals(given, seen, "every customer is in a tier");
  }

  @Property(tries = 300)
  void tiersFollowTheValueRanking(@ForAll("portfolios") List<CustomerValue> portfolio) {
    ValuePyramid pyramid = ValuePyramid.classify(portfolio);
    for (PyramidEntry higher : pyramid.entries()) {
      for (PyramidEntry lower : pyramid.entries()) {
        if (higher.tier().compareTo(lower.tier()) < 0) {
          assertTrue(
              !lower.value().isGreaterThan(higher.value()),
              "no " + lower + " is worth more than " + higher);
        }
      }
    }
  }

  @Property(tries = 300)
  void keyCustomersAreTheSmallestTopSetReaching80Percent(
      @ForAll("portfolios") List<CustomerValue> portfolio) {
    ValuePyramid pyramid = ValuePyramid.classify(portfolio);
    BigDecimal total = pyramid.total().getAmount();
    List<PyramidEntry> key =
        pyramid.entries().stream().filter(e -> e.tier() == ValueTier.KEY).toList();
    BigDecimal keyValue =
        key.stream().map(e -> e.value().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal eighty = total.multiply(BigDecimal.valueOf(80));
    BigDecimal hundred = BigDecimal.valueOf(100);
    assertTrue(keyValue.multiply(hundred).compareTo(eighty) >= 0, "the key tier reaches 80%");
    if (!key.isEmpty()) {
      BigDecimal withoutLast = keyValue.subtract(key.get(key.size() - 1).value().getAmount());
      assertTrue(
          withoutLast.multiply(hundred).compareTo(eighty) < 0, "no smaller top set reaches 80%");
    } else {
      assertEquals(0, total.signum(), "only a portfolio worth nothing has no key customer");
    }
  }

  @Property(tries = 300)
  void sharesAddUpToTheWhole(@ForAll("portfolios") List<CustomerValue> portfolio) {
    ValuePyramid pyramid = ValuePyramid.classify(portfolio);
    int n = portfolio.size();
    Money total = pyramid.total();
    BigDecimal customers = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    for (TierSummary summary : pyramid.summaries()) {
      assertEquals(Rate.of(summary.customers(), n), summary.customerShare());
      assertEquals(0, summary.valueShare().denominator().compareTo(total.getAmount()));
      customers = customers.add(summary.customerShare().numerator());
      value = value.add(summary.valueShare().numerator());
    }
    assertEquals(0, customers.compareTo(BigDecimal.valueOf(n)), "customer shares sum to 1");
    assertEquals(0, value.compareTo(total.getAmount()), "value shares sum to 1");
    assertEquals(
        Rate.of(n * 80 / 100, n), pyramid.paretoShare().customerShare(), "the lowest 80% counted");
  }

  @Property(tries = 200)
  void theInputOrderDoesNotMatter(
      @ForAll("portfolios") List<CustomerValue> portfolio, @ForAll long seed) {
    List<CustomerValue> shuffled = new ArrayList<>(portfolio);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(ValuePyramid.classify(portfolio), ValuePyramid.classify(shuffled));
  }

  @Provide
  Arbitrary<List<CustomerValue>> portfolios() {
    return Customers.portfolios(Settings.standard());
  }
}
