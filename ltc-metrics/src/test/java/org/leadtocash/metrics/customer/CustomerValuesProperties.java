package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.customer.CustomerValue;

/**
 * The per-customer accumulator (DOMAIN D12, D6.4): a persistent map summed by customer id, checked
 * against a plain {@link TreeMap}; its shape, hence its equality, never depends on the order of
 * additions or merges.
 */
class CustomerValuesProperties {

  @Test
  @DisplayName("two records of one customer add up to one customer; a loss ranks at zero (D6.4)")
  void sumsByCustomer() {
    CustomerValues values =
        CustomerValues.zero(CNY)
            .plus(customer(1), cny(100))
            .plus(customer(2), cny(-40))
            .plus(customer(1), cny(50))
            .plus(customer(3), cny(150));

    assertEquals(3, values.customers());
    assertEquals(
        Map.of(customer(1), cny(150), customer(2), cny(-40), customer(3), cny(150)),
        values.values());
    assertEquals(java.util.Optional.of(cny(150)), values.value(customer(1)));
    assertTrue(values.value(customer(9)).isEmpty());
    assertEquals(
        List.of(
            CustomerValue.of(customer(1), cny(150)),
            CustomerValue.of(customer(3), cny(150)),
            CustomerValue.of(customer(2), Money.zero(CNY))),
        values.ranking(),
        "highest first, equal values by id, the loss at zero");
    assertEquals(
        "3 customers in CNY: {CU-1=CNY 150.00, CU-2=CNY -40.00, CU-3=CNY 150.00}",
        values.toString());
  }

  @Test
  @DisplayName("another currency is refused, never converted (DESIGN §2)")
  void otherCurrency() {
    CustomerValues yuan = CustomerValues.zero(CNY).plus(customer(1), cny(1));
    IllegalArgumentException added =
        assertThrows(
            IllegalArgumentException.class,
            () -> yuan.plus(customer(1), Money.ofMajor(CurrencyUnit.USD, 1)));
    assertTrue(added.getMessage().contains("never add"), added.getMessage());
    IllegalArgumentException merged =
        assertThrows(
            IllegalArgumentException.class, () -> yuan.plus(CustomerValues.zero(CurrencyUnit.USD)));
    assertTrue(merged.getMessage().contains("USD"), merged.getMessage());
  }

  @Property(tries = 200)
  void agreesWithATreeMap(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 60) Integer> customers,
      @ForAll @Size(max = 200) List<@IntRange(min = -500, max = 500) Integer> amounts) {
    CustomerValues values = CustomerValues.zero(CNY);
    Map<String, Money> reference = new TreeMap<>();
    for (int i = 0; i < Math.min(customers.size(), amounts.size()); i++) {
      CustomerId id = customer(customers.get(i));
      values = values.plus(id, cny(amounts.get(i)));
      reference.merge(id.value(), cny(amounts.get(i)), Money::plus);
    }
    assertEquals(reference.size(), values.customers());
    List<String> ids = new ArrayList<>();
    values.values().forEach((id, money) -> ids.add(id.value()));
    assertEquals(new ArrayList<>(reference.keySet()), ids, "in customer-id order");
    values.values().forEach((id, money) -> assertEquals(reference.get(id.value()), money));
    for (String id : reference.keySet()) {
      assertEquals(reference.get(id), values.value(CustomerId.of(id)).orElseThrow());
    }
  }

  @Property(tries = 200)
  void theSameContentsAreEqualWhateverTheOrderOfAdditionsAndMerges(
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 40) Integer> customers,
      @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>(customers);
    Collections.shuffle(shuffled, new Random(seed));
    CustomerValues forward = add(CustomerValues.zero(CNY), customers);
    CustomerValues backward = add(CustomerValues.zero(CNY), shuffled);
    assertEquals(forward, backward);
    assertEquals(forward.hashCode(), backward.hashCode());

    int cut = customers.isEmpty() ? 0 : Math.floorMod(seed, customers.size());
    CustomerValues left = add(CustomerValues.zero(CNY), customers.subList(0, cut));
    CustomerValues right = add(CustomerValues.zero(CNY), customers.subList(cut, customers.size()));
    assertEquals(forward, left.plus(right), "merging the parts equals adding all");
    assertEquals(forward, right.plus(left), "merge is commutative");
    assertEquals(forward, forward.plus(CustomerValues.zero(CNY)), "none is the identity");
    assertEquals(forward, CustomerValues.zero(CNY).plus(forward), "on both sides");
  }

  @Property(tries = 200)
  void mergeIsAssociative(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 30) Integer> a,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 30) Integer> b,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 30) Integer> c) {
    CustomerValues x = add(CustomerValues.zero(CNY), a);
    CustomerValues y = add(CustomerValues.zero(CNY), b);
    CustomerValues z = add(CustomerValues.zero(CNY), c);
    assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
  }

  @Property(tries = 100)
  void differentContentsAreNotEqual(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 30) Integer> customers,
      @ForAll @IntRange(min = 31, max = 40) int another) {
    CustomerValues values = add(CustomerValues.zero(CNY), customers);
    assertFalse(values.equals(values.plus(customer(another), cny(0))), "one more customer");
    assertFalse(values.equals(values.plus(customer(customers.get(0)), cny(1))), "one more yuan");
  }

  @Test
  @DisplayName("a large portfolio keeps one entry per customer, added one by one")
  void largePortfolio() {
    CustomerValues values = CustomerValues.zero(CNY);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 20_000; i++) {
        values = values.plus(customer(i), cny(1));
      }
    }
    assertEquals(20_000, values.customers());
    assertEquals(cny(3), values.value(customer(12_345)).orElseThrow());
  }

  /** Adds CNY (id + 1) for each customer id, in order. */
  private static CustomerValues add(CustomerValues values, List<Integer> customers) {
    CustomerValues sum = values;
    for (int id : customers) {
      sum = sum.plus(customer(id), cny(id + 1));
    }
    return sum;
  }
}
