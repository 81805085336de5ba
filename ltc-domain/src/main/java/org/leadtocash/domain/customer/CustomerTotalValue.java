package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.threeten.extra.LocalDateRange;

/**
 * A customer's total value over a period, part by part (DOMAIN D6.5, 客户总价值):
 *
 * <pre>
 *   profit contribution of all products and services sold to the customer in the period
 * − cost of sales − cost of service − cost of relationship maintenance
 * + learning value + skill-building value + referral potential + other intangible value
 * </pre>
 *
 * <p>The intangible parts are scored by the host ({@link IntangibleScores}) and converted to money
 * by an {@link IntangibleValuePolicy}. Every amount is in the currency of the profit contribution:
 * amounts in different currencies are never added, and a mismatch is refused, never converted.
 *
 * <p>The total may be positive although the profit contribution is zero: having no business with a
 * customer is not the same as the customer having no value (D6.2).
 *
 * @param customer the customer; not null
 * @param period the period; not null, bounded
 * @param profitContribution the profit contribution in the period (may be zero or negative); not
 *     null
 * @param costs the costs of serving the customer; not null, in the same currency
 * @param scores the host's scores of the intangible parts; not null
 * @param intangibleValues the money value of every intangible part; not null, all four parts, not
 *     negative, in the same currency
 */
public record CustomerTotalValue(
    CustomerId customer,
    LocalDateRange period,
    Money profitContribution,
    ServingCosts costs,
    IntangibleScores scores,
    Map<IntangibleValue, Money> intangibleValues) {

  /**
   * Checks and copies the parts.
   *
   * @param customer the customer; not null
   * @param period the period; not null, bounded
   * @param profitContribution the profit contribution in the period (may be zero or negative); not
   *     null
   * @param costs the costs of serving the customer; not null, in the same currency
   * @param scores the host's scores of the intangible parts; not null
   * @param intangibleValues the money value of every intangible part; not null, all four parts, not
   *     negative, in the same currency
   * @throws IllegalArgumentException if the period is unbounded, an intangible part is missing or
   *     negative, or the amounts are not all in one currency
   */
  public CustomerTotalValue {
    Objects.requireNonNull(intangibleValues, "intangibleValues");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(profitContribution, "profitContribution");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(scores, "scores");
    intangibleValues = Maps.immutableEnumMap(intangibleValues);
    checkArgument(
        !period.isUnboundedStart() && !period.isUnboundedEnd(),
        "a customer's total value is over a bounded period, not %s",
        period);
    CurrencyUnit currency = profitContribution.getCurrencyUnit();
    checkArgument(
        costs.currency().equals(currency),
        "the serving costs are in %s, the profit contribution in %s; amounts in different"
            + " currencies are never added, convert them first (DOMAIN D6.5)",
        costs.currency(),
        currency);
    for (IntangibleValue part : IntangibleValue.values()) {
      Money value = intangibleValues.get(part);
      if (value == null) {
        throw new IllegalArgumentException("the " + part.label() + " is valued (DOMAIN D6.5)");
      }
      checkArgument(
          value.getCurrencyUnit().equals(currency),
          "the %s is %s, the profit contribution is in %s; amounts in different currencies are"
              + " never added, convert them first (DOMAIN D6.5)",
          part.label(),
          value,
          currency);
      checkArgument(!value.isNegative(), "the %s is not negative: %s", part.label(), value);
    }
  }

  /**
   * Calculates a customer's total value: the intangible scores are converted to money by the
   * policy.
   *
   * @param customer the customer; not null
   * @param period the period; not null, bounded
   * @param profitContribution the profit contribution in the period; not null
   * @param costs the costs of serving the customer; not null, in the same currency
   * @param scores the host's scores of the intangible parts; not null
   * @param policy converts a score to money; not null, must answer in the same currency
   * @return the total value with its parts, never null
   * @throws IllegalArgumentException if an amount, or one the policy returns, is in another
   *     currency, or the policy returns a negative value
   */
  public static CustomerTotalValue calculate(
      CustomerId customer,
      LocalDateRange period,
      Money profitContribution,
      ServingCosts costs,
      IntangibleScores scores,
      IntangibleValuePolicy policy) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(profitContribution, "profitContribution");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(policy, "policy");
    Map<IntangibleValue, Money> values = new EnumMap<>(IntangibleValue.class);
    for (IntangibleValue part : IntangibleValue.values()) {
      values.put(part, policy.value(part, scores.score(part)));
    }
    return new CustomerTotalValue(customer, period, profitContribution, costs, scores, values);
  }

  /** {@return the currency of every amount; never null} */
  public CurrencyUnit currency() {
    return profitContribution.getCurrencyUnit();
  }

  /**
   * Returns the money value of one intangible part.
   *
   * @param part the part; not null
   * @return its value, never null
   */
  public Money intangible(IntangibleValue part) {
    Objects.requireNonNull(part, "part");
    return Objects.requireNonNull(intangibleValues.get(part), "every part is valued");
  }

  /** {@return the tangible value: profit contribution minus the serving costs; never null} */
  public Money tangibleValue() {
    return profitContribution.minus(costs.total());
  }

  /** {@return the intangible parts together; never null} */
  public Money intangibleValue() {
    Money sum = Money.zero(currency());
    for (Money part : intangibleValues.values()) {
      sum = sum.plus(part);
    }
    return sum;
  }

  /** {@return the total value: tangible plus intangible value; never null} */
  public Money total() {
    return tangibleValue().plus(intangibleValue());
  }

  /**
   * {@return the calculation part by part, e.g. {@code CU-1 2025: profit contribution CNY 9,000.00
   * − cost of sales CNY 1,000.00 − … + referral potential CNY 500.00 + … = CNY 8,700.00}}
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(customer)
            .append(' ')
            .append(ValueReturnPoint.label(period))
            .append(": profit contribution ")
            .append(Figures.money(profitContribution))
            .append(" − cost of sales ")
            .append(Figures.money(costs.sales()))
            .append(" − cost of service ")
            .append(Figures.money(costs.service()))
            .append(" − cost of relationship maintenance ")
            .append(Figures.money(costs.relationshipMaintenance()));
    for (IntangibleValue part : IntangibleValue.values()) {
      text.append(" + ").append(part.label()).append(' ').append(Figures.money(intangible(part)));
    }
    return text.append(" = ").append(Figures.money(total())).toString();
  }
}
