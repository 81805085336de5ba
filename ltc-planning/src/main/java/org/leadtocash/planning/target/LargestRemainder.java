package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount of money by shares to the currency's minor unit, so that the parts sum back to
 * the amount exactly (DOMAIN D9.5): the largest-remainder (Hamilton) method.
 *
 * <p>Each key first gets its exact share {@code total × share / Σ shares} rounded down to the minor
 * unit; the minor units left over (fewer than there are keys) go one each to the keys with the
 * largest remainders, ties broken by the key's name in alphabetical order. So every part is within
 * one minor unit of its exact share, a key with a zero share gets nothing, and the result does not
 * depend on the order in which the shares are given. The arithmetic is exact (integers of minor
 * units), never {@code double}.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * Splits a total by shares.
   *
   * @param total the amount to split; not null, not negative
   * @param shares each key's share; not null, not empty, none negative, not all zero
   * @param name the name of a key, for breaking ties and for messages; not null
   * @param what what is being split, for messages, e.g. {@code "office OFFICE-BJ's target"}
   * @param <K> the key
   * @return each key's part, in the shares' order; the parts sum to the total; never null
   * @throws IllegalArgumentException if the total is negative or the shares are empty, negative or
   *     all zero
   */
  static <K> ImmutableMap<K, Money> split(
      Money total, Map<K, BigDecimal> shares, Function<K, String> name, String what) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(name, "name");
    checkArgument(!total.isNegative(), "%s is not negative (DOMAIN D9.5): %s", what, total);
    checkArgument(!shares.isEmpty(), "%s is split onto at least one share (DOMAIN D9.5)", what);
    int scale = 0;
    for (Map.Entry<K, BigDecimal> share : shares.entrySet()) {
      Objects.requireNonNull(share.getKey(), "share's key");
      BigDecimal value = Objects.requireNonNull(share.getValue(), "share");
      checkArgument(
          value.signum() >= 0,
          "shares of %s are not negative (DOMAIN D9.5): %s has %s",
          what,
          name.apply(share.getKey()),
          value.toPlainString());
      scale = Math.max(scale, value.stripTrailingZeros().scale());
    }
    Map<K, BigInteger> weights = new LinkedHashMap<>();
    BigInteger sum = BigInteger.ZERO;
    for (Map.Entry<K, BigDecimal> share : shares.entrySet()) {
      BigInteger weight = share.getValue().setScale(scale).unscaledValue();
      weights.put(share.getKey(), weight);
      sum = sum.add(weight);
    }
    checkArgument(
        sum.signum() > 0, "shares of %s are not all zero (DOMAIN D9.5): %s", what, shares);
    CurrencyUnit currency = total.getCurrencyUnit();
    BigInteger units = total.getAmountMinor().toBigIntegerExact();
    Map<K, BigInteger> parts = new LinkedHashMap<>();
    Map<K, BigInteger> remainders = new LinkedHashMap<>();
    BigInteger allotted = BigInteger.ZERO;
    for (Map.Entry<K, BigInteger> weight : weights.entrySet()) {
      BigInteger[] division = units.multiply(weight.getValue()).divideAndRemainder(sum);
      parts.put(weight.getKey(), division[0]);
      remainders.put(weight.getKey(), division[1]);
      allotted = allotted.add(division[0]);
    }
    int leftover = units.subtract(allotted).intValueExact();
    List<K> order = new ArrayList<>(weights.keySet());
    order.sort(
        Comparator.comparing(
                (K k) -> Objects.requireNonNull(remainders.get(k)), Comparator.reverseOrder())
            .thenComparing(name));
    for (int i = 0; i < leftover; i++) {
      parts.merge(order.get(i), BigInteger.ONE, BigInteger::add);
    }
    ImmutableMap.Builder<K, Money> result = ImmutableMap.builder();
    parts.forEach(
        (k, minor) ->
            result.put(k, Money.of(currency, new BigDecimal(minor, currency.getDecimalPlaces()))));
    return result.buildOrThrow();
  }
}
