package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A customer's number and its decomposition onto the customer's opportunities (DOMAIN D9.5).
 *
 * <p>A customer whose opportunities are not planned yet has no parts, and its whole number is
 * uncovered. Once decomposed, the opportunities' parts sum back to the number exactly; each
 * opportunity is listed once, and everything is in the number's currency. The decomposition is made
 * by explicit amounts ({@link #onto(Map)}), by shares ({@link #ontoShares(Map)}) or in proportion
 * to what each opportunity is worth, weighted or not ({@link #inProportion(List, CoverageMode)});
 * splitting by shares rounds to the currency's minor unit by the largest-remainder method, so the
 * parts still sum back to the number.
 *
 * @param customer the customer; not null
 * @param number the customer's number, its part of the office's target; not null, not negative
 * @param opportunities its opportunities with their parts of the number, in the planner's order;
 *     not null, empty while not decomposed
 */
public record CustomerNumber(
    CustomerId customer, Money number, List<OpportunityPart> opportunities) {

  /**
   * Checks the decomposition.
   *
   * @param customer the customer; not null
   * @param number the customer's number; not null, not negative
   * @param opportunities its opportunities with their parts; not null, each opportunity once, in
   *     the number's currency, the parts summing to the number unless empty
   * @throws IllegalArgumentException if the number is negative, an opportunity is listed twice, a
   *     currency differs or the parts do not sum to the number
   */
  public CustomerNumber {
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(number, "number");
    opportunities = ImmutableList.copyOf(opportunities);
    checkArgument(
        !number.isNegative(),
        "a customer's number is not negative (DOMAIN D9.5): %s has %s",
        customer,
        number);
    Set<OpportunityId> seen = new HashSet<>();
    Money sum = Money.zero(number.getCurrencyUnit());
    for (OpportunityPart part : opportunities) {
      checkArgument(
          part.part().getCurrencyUnit().equals(number.getCurrencyUnit()),
          "a customer's number and its opportunities are in one currency (DOMAIN D9.5): %s's"
              + " number is %s, %s is in %s",
          customer,
          number,
          part.opportunity().opportunity(),
          part.part().getCurrencyUnit());
      checkArgument(
          seen.add(part.opportunity().opportunity()),
          "an opportunity is listed once (DOMAIN D9.5): %s is listed twice for %s",
          part.opportunity().opportunity(),
          customer);
      sum = sum.plus(part.part());
    }
    if (!opportunities.isEmpty()) {
      checkSum(customer + "'s number", number, "its opportunities' parts", sum);
    }
  }

  /**
   * Returns a customer's number, not yet decomposed onto opportunities.
   *
   * @param customer the customer; not null
   * @param number its number; not null, not negative
   * @return the number with no opportunities, never null
   * @throws IllegalArgumentException if the number is negative
   */
  public static CustomerNumber of(CustomerId customer, Money number) {
    return new CustomerNumber(customer, number, List.of());
  }

  /**
   * Decomposes the number onto opportunities by explicit amounts, replacing any decomposition.
   *
   * @param parts each opportunity's part of the number, in the planner's order; not null, not
   *     empty, each opportunity once, summing exactly to the number
   * @return the decomposed number, never null
   * @throws IllegalArgumentException if the parts do not sum to the number (the message names the
   *     difference), an opportunity is listed twice, or a part is negative or in another currency
   */
  public CustomerNumber onto(Map<OpportunityNumber, Money> parts) {
    Objects.requireNonNull(parts, "parts");
    checkArgument(
        !parts.isEmpty(),
        "a number is decomposed onto at least one opportunity (DOMAIN D9.5): %s has none",
        customer);
    ImmutableList.Builder<OpportunityPart> decomposed = ImmutableList.builder();
    parts.forEach((o, part) -> decomposed.add(new OpportunityPart(o, part)));
    return new CustomerNumber(customer, number, decomposed.build());
  }

  /**
   * Decomposes the number onto opportunities by shares, replacing any decomposition. The parts are
   * {@code number × share / Σ shares}, rounded to the currency's minor unit by the
   * largest-remainder method (the left-over minor units go to the largest remainders, ties to the
   * opportunity id first in alphabetical order), so they sum back to the number exactly.
   *
   * @param shares each opportunity's share, in any unit (percent, weights…), in the planner's
   *     order; not null, not empty, none negative, not all zero, each opportunity once
   * @return the decomposed number, never null
   * @throws IllegalArgumentException if the shares are empty, negative or all zero, an opportunity
   *     is listed twice or in another currency
   */
  public CustomerNumber ontoShares(Map<OpportunityNumber, BigDecimal> shares) {
    Objects.requireNonNull(shares, "shares");
    checkDistinct(shares.keySet());
    return onto(
        LargestRemainder.split(
            number, shares, o -> o.opportunity().value(), customer + "'s number"));
  }

  /**
   * Decomposes the number onto opportunities in proportion to what each is worth under a mode: its
   * amount (unweighted) or its amount × win probability (weighted), rounded as {@link
   * #ontoShares(Map)} does.
   *
   * @param opportunities the customer's opportunities, in the planner's order; not null, not empty,
   *     each opportunity once, not all worth zero under the mode
   * @param mode weighted or unweighted; not null
   * @return the decomposed number, never null
   * @throws IllegalArgumentException if the list is empty, lists an opportunity twice, or every
   *     opportunity is worth zero under the mode
   */
  public CustomerNumber inProportion(List<OpportunityNumber> opportunities, CoverageMode mode) {
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(mode, "mode");
    List<OpportunityNumber> list = ImmutableList.copyOf(opportunities);
    checkDistinct(list);
    Map<OpportunityNumber, BigDecimal> shares = new LinkedHashMap<>();
    list.forEach(o -> shares.put(o, o.value(mode).getAmount()));
    return ontoShares(shares);
  }

  /**
   * Returns how far the customer's opportunities cover its number.
   *
   * @param mode weighted or unweighted; not null
   * @return the coverage: the number, the sum of the opportunities' values under the mode, the
   *     uncovered rest and the surplus; never null
   */
  public Coverage coverage(CoverageMode mode) {
    Objects.requireNonNull(mode, "mode");
    Money covered = Money.zero(number.getCurrencyUnit());
    for (OpportunityPart part : opportunities) {
      covered = covered.plus(part.opportunity().value(mode));
    }
    return Coverage.of(number, covered);
  }

  /** {@return whether the number is decomposed onto at least one opportunity} */
  public boolean isDecomposed() {
    return !opportunities.isEmpty();
  }

  /**
   * {@return each opportunity's part of the number, in the planner's order; empty while not
   * decomposed}
   */
  public Map<OpportunityId, Money> parts() {
    ImmutableMap.Builder<OpportunityId, Money> parts = ImmutableMap.builder();
    opportunities.forEach(p -> parts.put(p.opportunity().opportunity(), p.part()));
    return parts.buildOrThrow();
  }

  private static void checkDistinct(Iterable<OpportunityNumber> opportunities) {
    Set<OpportunityId> seen = new HashSet<>();
    for (OpportunityNumber o : opportunities) {
      checkArgument(
          seen.add(Objects.requireNonNull(o, "opportunity").opportunity()),
          "an opportunity is listed once (DOMAIN D9.5): %s is listed twice",
          o.opportunity());
    }
  }

  /** Refuses a decomposition whose parts do not sum exactly to the whole, naming the difference. */
  static void checkSum(String whole, Money expected, String parts, Money sum) {
    if (!sum.isEqual(expected)) {
      Money difference = sum.minus(expected);
      throw new IllegalArgumentException(
          "a decomposition sums back to its number (DOMAIN D9.5): "
              + parts
              + " sum to "
              + Figures.money(sum)
              + ", not to "
              + whole
              + " "
              + Figures.money(expected)
              + " ("
              + Figures.money(difference.abs())
              + (difference.isPositive() ? " too much)" : " short)"));
    }
  }
}
