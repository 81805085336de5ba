package org.leadtocash.domain.customer;

import java.util.List;

/**
 * How the {@link ValuePyramid} cuts the value ranking into tiers (DOMAIN D6.4). The sources say
 * that typically 80% of customers bring about 20% of sales or profit, and give no cut-off; the
 * library ships {@link #standard()}, and a host with its own cut-offs implements this interface or
 * uses {@link #byCumulativeValue(int, int)}.
 */
public interface PyramidPolicy {

  /**
   * Returns the tier of every customer of a ranking.
   *
   * @param ranked the customers, highest value first (ties by id); not null, not empty, one
   *     currency
   * @return one tier per customer, in the ranking's order; never null. The pyramid refuses a result
   *     that is not {@code KEY… IMPORTANT… GENERAL…} down the ranking.
   */
  List<ValueTier> tiers(List<CustomerValue> ranked);

  /**
   * Returns the default, Pareto policy: {@code byCumulativeValue(80, 95)}. Key customers are the
   * smallest top set of the ranking that brings at least 80% of the total value; important
   * customers the next ones, until 95% is reached; every other customer is general.
   *
   * @return the default policy, never null
   */
  static PyramidPolicy standard() {
    return byCumulativeValue(80, 95);
  }

  /**
   * Returns the policy of cumulative value shares. Walking down the ranking, a customer is {@link
   * ValueTier#KEY key} while the customers above it bring less than {@code keyPercent} of the total
   * value, else {@link ValueTier#IMPORTANT important} while they bring less than {@code
   * importantPercent}, else {@link ValueTier#GENERAL general}. So the key customers are the
   * smallest top set that reaches {@code keyPercent}. When the total value is zero, every customer
   * is general: none is critical by value.
   *
   * @param keyPercent the share of the total value the key customers bring at least, 1 to 100
   * @param importantPercent the share the key and important customers bring together at least,
   *     {@code keyPercent} to 100
   * @return the policy, never null
   * @throws IllegalArgumentException if the shares are out of range or out of order
   */
  static PyramidPolicy byCumulativeValue(int keyPercent, int importantPercent) {
    return new CumulativeValuePolicy(keyPercent, importantPercent);
  }
}
