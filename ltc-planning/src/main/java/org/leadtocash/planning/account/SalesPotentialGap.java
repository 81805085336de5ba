package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * The sales-potential gap of a key account (DOMAIN D11.3): {@code target − (existing business + new
 * customers)}, the sales the growth options must bring for the target to be met.
 *
 * <p>All three amounts are non-negative and in one currency. When the existing business and the new
 * customers already reach beyond the target, the difference is reported as a {@link #surplus()} and
 * there is no {@link #gap()}: a gap is never negative.
 *
 * @param target the account's sales target for the period; not null, not negative
 * @param existingBusiness the sales the existing business is expected to bring; not null, not
 *     negative, in the target's currency
 * @param newCustomers the sales new customers are expected to bring; not null, not negative, in the
 *     target's currency
 */
public record SalesPotentialGap(Money target, Money existingBusiness, Money newCustomers) {

  /**
   * Checks the amounts.
   *
   * @param target the sales target; not null, not negative
   * @param existingBusiness the existing business; not null, not negative, same currency
   * @param newCustomers the new customers' sales; not null, not negative, same currency
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public SalesPotentialGap {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(existingBusiness, "existingBusiness");
    Objects.requireNonNull(newCustomers, "newCustomers");
    checkArgument(
        target.getCurrencyUnit().equals(existingBusiness.getCurrencyUnit())
            && target.getCurrencyUnit().equals(newCustomers.getCurrencyUnit()),
        "a sales-potential gap is in one currency (DOMAIN D11.3): target %s, existing business %s,"
            + " new customers %s",
        target,
        existingBusiness,
        newCustomers);
    checkArgument(
        !target.isNegative() && !existingBusiness.isNegative() && !newCustomers.isNegative(),
        "a sales-potential gap's amounts are not negative (DOMAIN D11.3): target %s, existing"
            + " business %s, new customers %s",
        target,
        existingBusiness,
        newCustomers);
  }

  /**
   * Computes the gap between a target and what existing business and new customers bring.
   *
   * @param target the sales target; not null, not negative
   * @param existingBusiness the existing business; not null, not negative, same currency
   * @param newCustomers the new customers' sales; not null, not negative, same currency
   * @return the gap, never null
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static SalesPotentialGap of(Money target, Money existingBusiness, Money newCustomers) {
    return new SalesPotentialGap(target, existingBusiness, newCustomers);
  }

  /** {@return what existing business and new customers bring together; never null} */
  public Money potential() {
    return existingBusiness.plus(newCustomers);
  }

  /** {@return the gap, {@code target − potential}, or empty when the potential meets the target} */
  public Optional<Money> gap() {
    Money difference = target.minus(potential());
    return difference.isPositive() ? Optional.of(difference) : Optional.empty();
  }

  /**
   * {@return the surplus, {@code potential − target}, or empty when it does not pass the target}
   */
  public Optional<Money> surplus() {
    Money difference = potential().minus(target);
    return difference.isPositive() ? Optional.of(difference) : Optional.empty();
  }

  /**
   * Returns how far a matrix of growth options covers the gap.
   *
   * @param options the account's growth options on the matrix; not null, in the gap's currency
   * @return the coverage, never null
   * @throws IllegalArgumentException if the options are in another currency
   */
  public GapCoverage coverage(GrowthMatrix options) {
    Objects.requireNonNull(options, "options");
    return new GapCoverage(this, options.expectedPrize(), options.totalPrize());
  }

  /**
   * {@return the computation in words, e.g. "target CNY 100.00 − (existing business CNY 60.00 + new
   * customers CNY 15.00) = a gap of CNY 25.00"}
   */
  public String explanation() {
    String computation =
        "target "
            + Figures.money(target)
            + " − (existing business "
            + Figures.money(existingBusiness)
            + " + new customers "
            + Figures.money(newCustomers)
            + ") = ";
    return computation
        + gap()
            .map(g -> "a gap of " + Figures.money(g))
            .or(
                () ->
                    surplus()
                        .map(s -> "no gap: a surplus of " + Figures.money(s) + " over the target"))
            .orElse("no gap: the potential meets the target exactly");
  }
}
