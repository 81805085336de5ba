package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * A representative office's target and its decomposition onto the office's customers (DOMAIN D9.5):
 * targets are numbers, and numbers are decomposed onto customers.
 *
 * <p>An office whose target is not decomposed yet has no customers, and its whole target is
 * uncovered. Once decomposed, the customers' numbers sum back to the target exactly; each customer
 * appears once, each opportunity once across all the office's customers, and everything is in the
 * target's currency. The decomposition is made by explicit numbers ({@link #onto(Map)}) or by
 * shares ({@link #ontoShares(Map)}, rounded to the currency's minor unit by the largest-remainder
 * method so the numbers still sum back to the target); each customer's number is then decomposed
 * onto its opportunities and put back with {@link #with(CustomerNumber)}.
 *
 * @param office the representative office; not null
 * @param target the office's target; not null, not negative
 * @param customers its customers' numbers, in the planner's order; not null, empty while not
 *     decomposed
 */
public record OfficeTarget(SalesUnitId office, Money target, List<CustomerNumber> customers) {

  /**
   * Checks the decomposition.
   *
   * @param office the representative office; not null
   * @param target the office's target; not null, not negative
   * @param customers its customers' numbers; not null, each customer once, each opportunity once,
   *     in the target's currency, summing to the target unless empty
   * @throws IllegalArgumentException if the target is negative, a customer or an opportunity is
   *     listed twice, a currency differs or the numbers do not sum to the target
   */
  public OfficeTarget {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(target, "target");
    customers = ImmutableList.copyOf(customers);
    checkArgument(
        !target.isNegative(),
        "an office's target is not negative (DOMAIN D9.5): %s has %s",
        office,
        target);
    Set<CustomerId> seenCustomers = new HashSet<>();
    Set<OpportunityId> seenOpportunities = new HashSet<>();
    Money sum = Money.zero(target.getCurrencyUnit());
    for (CustomerNumber customer : customers) {
      checkArgument(
          customer.number().getCurrencyUnit().equals(target.getCurrencyUnit()),
          "an office's target and its customers' numbers are in one currency (DOMAIN D9.5): %s's"
              + " target is %s, %s's number is in %s",
          office,
          target,
          customer.customer(),
          customer.number().getCurrencyUnit());
      checkArgument(
          seenCustomers.add(customer.customer()),
          "a customer is planned once (DOMAIN D9.5): %s is listed twice in %s",
          customer.customer(),
          office);
      for (OpportunityId opportunity : customer.parts().keySet()) {
        checkArgument(
            seenOpportunities.add(opportunity),
            "an opportunity is listed once (DOMAIN D9.5): %s is listed twice in %s",
            opportunity,
            office);
      }
      sum = sum.plus(customer.number());
    }
    if (!customers.isEmpty()) {
      CustomerNumber.checkSum(office + "'s target", target, "its customers' numbers", sum);
    }
  }

  /**
   * Returns an office's target, not yet decomposed onto customers.
   *
   * @param office the representative office; not null
   * @param target its target; not null, not negative
   * @return the target with no customers, never null
   * @throws IllegalArgumentException if the target is negative
   */
  public static OfficeTarget of(SalesUnitId office, Money target) {
    return new OfficeTarget(office, target, List.of());
  }

  /**
   * Decomposes the target onto customers by explicit numbers, replacing any decomposition; the
   * customers' numbers are not yet decomposed onto opportunities.
   *
   * @param numbers each customer's number, in the planner's order; not null, not empty, summing
   *     exactly to the target
   * @return the decomposed target, never null
   * @throws IllegalArgumentException if the numbers do not sum to the target (the message names the
   *     difference), or a number is negative or in another currency
   */
  public OfficeTarget onto(Map<CustomerId, Money> numbers) {
    Objects.requireNonNull(numbers, "numbers");
    checkArgument(
        !numbers.isEmpty(),
        "a target is decomposed onto at least one customer (DOMAIN D9.5): %s has none",
        office);
    ImmutableList.Builder<CustomerNumber> decomposed = ImmutableList.builder();
    numbers.forEach((customer, number) -> decomposed.add(CustomerNumber.of(customer, number)));
    return new OfficeTarget(office, target, decomposed.build());
  }

  /**
   * Decomposes the target onto customers by shares, replacing any decomposition. The numbers are
   * {@code target × share / Σ shares}, rounded to the currency's minor unit by the
   * largest-remainder method (the left-over minor units go to the largest remainders, ties to the
   * customer id first in alphabetical order), so they sum back to the target exactly.
   *
   * @param shares each customer's share, in any unit (percent, weights…), in the planner's order;
   *     not null, not empty, none negative, not all zero
   * @return the decomposed target, never null
   * @throws IllegalArgumentException if the shares are empty, negative or all zero
   */
  public OfficeTarget ontoShares(Map<CustomerId, BigDecimal> shares) {
    return onto(LargestRemainder.split(target, shares, CustomerId::value, office + "'s target"));
  }

  /**
   * Puts back a customer's number, typically after decomposing it onto opportunities.
   *
   * @param customer the customer's number; not null, a customer of this decomposition with the same
   *     number
   * @return the target with that customer's line replaced, never null
   * @throws IllegalArgumentException if the customer is not in the decomposition, its number
   *     differs, or one of its opportunities is listed for another customer of the office
   */
  public OfficeTarget with(CustomerNumber customer) {
    Objects.requireNonNull(customer, "customer");
    CustomerNumber current =
        customer(customer.customer())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a customer's number comes from its office's decomposition (DOMAIN D9.5): "
                            + customer.customer()
                            + " is not a customer of "
                            + office));
    checkArgument(
        current.number().equals(customer.number()),
        "a customer's number is the one its office's decomposition gave it (DOMAIN D9.5): %s has"
            + " %s in %s, not %s",
        customer.customer(),
        current.number(),
        office,
        customer.number());
    return new OfficeTarget(
        office,
        target,
        customers.stream()
            .map(c -> c.customer().equals(customer.customer()) ? customer : c)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Finds a customer's number.
   *
   * @param customer the customer; not null
   * @return its number, or empty if the target is not decomposed onto it; never null
   */
  public Optional<CustomerNumber> customer(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return customers.stream().filter(c -> c.customer().equals(customer)).findFirst();
  }

  /** {@return whether the target is decomposed onto at least one customer} */
  public boolean isDecomposed() {
    return !customers.isEmpty();
  }

  /** {@return each customer's number, in the planner's order; empty while not decomposed} */
  public Map<CustomerId, Money> numbers() {
    ImmutableMap.Builder<CustomerId, Money> numbers = ImmutableMap.builder();
    customers.forEach(c -> numbers.put(c.customer(), c.number()));
    return numbers.buildOrThrow();
  }

  /**
   * Returns each customer's coverage by its opportunities.
   *
   * @param mode weighted or unweighted; not null
   * @return one line per customer, in the planner's order; empty while not decomposed; never null
   */
  public List<CustomerCoverage> customerCoverage(CoverageMode mode) {
    Objects.requireNonNull(mode, "mode");
    return customers.stream()
        .map(c -> new CustomerCoverage(c.customer(), c.coverage(mode)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how far the office's opportunities cover its target: the sum of its customers' lines,
   * or, while the target is not decomposed, the whole target uncovered.
   *
   * @param mode weighted or unweighted; not null
   * @return the office's coverage, never null
   */
  public Coverage coverage(CoverageMode mode) {
    List<CustomerCoverage> lines = customerCoverage(mode);
    if (lines.isEmpty()) {
      return Coverage.of(target, Money.zero(target.getCurrencyUnit()));
    }
    return lines.stream()
        .map(CustomerCoverage::coverage)
        .reduce(Coverage.zero(target.getCurrencyUnit()), Coverage::plus);
  }
}
