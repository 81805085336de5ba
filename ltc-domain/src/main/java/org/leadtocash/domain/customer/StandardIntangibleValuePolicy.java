package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The default {@link IntangibleValuePolicy}; see {@link IntangibleValuePolicy#standard(Map)}. */
final class StandardIntangibleValuePolicy implements IntangibleValuePolicy {

  private final ImmutableMap<IntangibleValue, Money> valuePerPoint;

  StandardIntangibleValuePolicy(Map<IntangibleValue, Money> valuePerPoint) {
    this.valuePerPoint = Maps.immutableEnumMap(valuePerPoint);
    for (IntangibleValue part : IntangibleValue.values()) {
      checkArgument(
          this.valuePerPoint.containsKey(part),
          "the intangible value policy values every part; %s is missing (DOMAIN D6.5)",
          part);
    }
    CurrencyUnit currency = this.valuePerPoint.values().iterator().next().getCurrencyUnit();
    this.valuePerPoint.forEach(
        (part, money) -> {
          checkArgument(!money.isNegative(), "a value per score point is not negative: %s", money);
          checkArgument(
              money.getCurrencyUnit().equals(currency),
              "the values per score point are in one currency: %s is not in %s (DOMAIN D6.5)",
              money,
              currency);
        });
  }

  @Override
  public Money value(IntangibleValue part, int score) {
    Objects.requireNonNull(part, "part");
    checkArgument(
        score >= IntangibleScores.MIN_SCORE && score <= IntangibleScores.MAX_SCORE,
        "an intangible score is between 0 and 100, not %s",
        score);
    return Objects.requireNonNull(valuePerPoint.get(part), "every part is valued")
        .multipliedBy(score);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardIntangibleValuePolicy that
        && valuePerPoint.equals(that.valuePerPoint);
  }

  @Override
  public int hashCode() {
    return valuePerPoint.hashCode();
  }

  @Override
  public String toString() {
    return valuePerPoint.entrySet().stream()
        .map(e -> e.getValue() + " per point of " + e.getKey().label())
        .collect(Collectors.joining(", "));
  }
}
