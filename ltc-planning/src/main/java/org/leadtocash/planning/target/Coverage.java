package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;

/**
 * How far opportunities cover a target (DOMAIN D9.5): the target, what the opportunities cover, the
 * uncovered rest and the surplus, in one currency.
 *
 * <p>For one customer, the uncovered rest is {@code target − covered} when the opportunities fall
 * short and zero otherwise, and the surplus is {@code covered − target} when they cover more than
 * the target and zero otherwise. A unit's coverage is the sum of its customers' (an office's) or
 * its children's (a region's, an area's), all four figures summed: a surplus at one customer does
 * not fill another customer's gap, so a unit may show both an uncovered rest and a surplus. In
 * every case {@code covered + uncovered − surplus = target}.
 *
 * @param target the number to cover; not null, not negative
 * @param covered what the opportunities cover; not null, not negative, same currency
 * @param uncovered what they leave uncovered; not null, not negative, same currency
 * @param surplus what they cover beyond the target; not null, not negative, same currency
 */
public record Coverage(Money target, Money covered, Money uncovered, Money surplus) {

  /**
   * Checks the figures.
   *
   * @param target the number to cover; not null, not negative
   * @param covered what the opportunities cover; not null, not negative, same currency
   * @param uncovered what they leave uncovered; not null, not negative, same currency
   * @param surplus what they cover beyond the target; not null, not negative, same currency
   * @throws IllegalArgumentException if a figure is negative, the currencies differ or {@code
   *     covered + uncovered − surplus} is not the target
   */
  public Coverage {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(uncovered, "uncovered");
    Objects.requireNonNull(surplus, "surplus");
    CurrencyUnit currency = target.getCurrencyUnit();
    checkArgument(
        covered.getCurrencyUnit().equals(currency)
            && uncovered.getCurrencyUnit().equals(currency)
            && surplus.getCurrencyUnit().equals(currency),
        "a coverage is in one currency (DOMAIN D9.5): target %s, covered %s, uncovered %s,"
            + " surplus %s",
        target,
        covered,
        uncovered,
        surplus);
    checkArgument(
        !target.isNegative()
            && !covered.isNegative()
            && !uncovered.isNegative()
            && !surplus.isNegative(),
        "no figure of a coverage is negative (DOMAIN D9.5): target %s, covered %s, uncovered %s,"
            + " surplus %s",
        target,
        covered,
        uncovered,
        surplus);
    checkArgument(
        covered.plus(uncovered).minus(surplus).isEqual(target),
        "covered + uncovered − surplus is the target (DOMAIN D9.5): %s + %s − %s is not %s",
        covered,
        uncovered,
        surplus,
        target);
  }

  /**
   * Returns the coverage of one target by what covers it.
   *
   * @param target the number to cover; not null, not negative
   * @param covered what the opportunities cover; not null, not negative, in the target's currency
   * @return the coverage, with the uncovered rest or the surplus; never null
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static Coverage of(Money target, Money covered) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(covered, "covered");
    checkArgument(
        covered.getCurrencyUnit().equals(target.getCurrencyUnit()),
        "a coverage is in one currency (DOMAIN D9.5): target %s, covered %s",
        target,
        covered);
    Money zero = Money.zero(target.getCurrencyUnit());
    Money rest = target.minus(covered);
    return new Coverage(
        target,
        covered,
        rest.isPositive() ? rest : zero,
        rest.isNegative() ? rest.negated() : zero);
  }

  /**
   * Returns the coverage of nothing: every figure zero.
   *
   * @param currency the currency; not null
   * @return the zero coverage, never null
   */
  public static Coverage zero(CurrencyUnit currency) {
    Money zero = Money.zero(Objects.requireNonNull(currency, "currency"));
    return new Coverage(zero, zero, zero, zero);
  }

  /**
   * Returns the sum of two coverages, figure by figure, as a unit sums its customers or children.
   *
   * @param other the other coverage; not null, same currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currencies differ
   */
  public Coverage plus(Coverage other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.target.getCurrencyUnit().equals(target.getCurrencyUnit()),
        "coverages are summed in one currency (DOMAIN D9.5): %s and %s",
        target.getCurrencyUnit(),
        other.target.getCurrencyUnit());
    return new Coverage(
        target.plus(other.target),
        covered.plus(other.covered),
        uncovered.plus(other.uncovered),
        surplus.plus(other.surplus));
  }

  /** {@return the currency of the figures; never null} */
  public CurrencyUnit currency() {
    return target.getCurrencyUnit();
  }

  /**
   * Returns the coverage ratio: what is covered over the target.
   *
   * @return {@code covered / target}, "no data" for a zero target; never null
   */
  public Rate ratio() {
    return Rate.of(covered.getAmount(), target.getAmount());
  }

  /**
   * {@return the figures in words, e.g. {@code target CNY 5,000,000.00, covered CNY 3,500,000.00
   * (70.0%), uncovered CNY 1,500,000.00}; the surplus is named only when there is one}
   */
  public String explanation() {
    return "target "
        + Figures.money(target)
        + ", covered "
        + Figures.money(covered)
        + ratio().value().map(v -> " (" + Figures.percent(v) + ")").orElse("")
        + ", uncovered "
        + Figures.money(uncovered)
        + (surplus.isZero() ? "" : ", surplus " + Figures.money(surplus));
  }
}
