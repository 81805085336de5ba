package org.leadtocash.domain.customer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.Money;

/**
 * How a customer's intangible value is converted from the host's scores to money (DOMAIN D6.5). The
 * sources say only that the intangible parts count; the library ships {@link #standard(Map)}, and a
 * host with its own valuation implements this interface.
 */
public interface IntangibleValuePolicy {

  /**
   * Returns the money value of one intangible part at a score.
   *
   * @param part the part; not null
   * @param score its score, 0 to 100
   * @return the value, not negative, never null
   * @throws IllegalArgumentException if the score is outside 0..100
   */
  Money value(IntangibleValue part, int score);

  /**
   * Returns the default policy: each part is worth its score times a money value per score point,
   * set by the host per part. {@code value(part, score) = valuePerPoint(part) × score}.
   *
   * @param valuePerPoint the money value of one score point of each part; not null, all four parts,
   *     not negative, all in one currency
   * @return the policy, never null
   * @throws IllegalArgumentException if a part is missing, a value is negative, or the values are
   *     in different currencies
   */
  static IntangibleValuePolicy standard(Map<IntangibleValue, Money> valuePerPoint) {
    Objects.requireNonNull(valuePerPoint, "valuePerPoint");
    return new StandardIntangibleValuePolicy(valuePerPoint);
  }

  /**
   * Returns the default policy with the same value per score point for every part.
   *
   * @param valuePerPoint the money value of one score point; not null, not negative
   * @return the policy, never null
   * @throws IllegalArgumentException if the value is negative
   */
  static IntangibleValuePolicy standard(Money valuePerPoint) {
    Objects.requireNonNull(valuePerPoint, "valuePerPoint");
    Map<IntangibleValue, Money> each = new EnumMap<>(IntangibleValue.class);
    for (IntangibleValue part : IntangibleValue.values()) {
      each.put(part, valuePerPoint);
    }
    return standard(each);
  }
}
