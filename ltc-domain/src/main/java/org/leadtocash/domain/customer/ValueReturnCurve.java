package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;

/**
 * A customer's value-return curve (DOMAIN D6.6): the expected against the actual return, period by
 * period, with the gap and the diagnosis of every period, and of the whole curve.
 *
 * <p>When actual returns fall short, the diagnosis is either under-investment (the planned work was
 * not done, so the customer's value was not developed) or an over-estimated customer value (the
 * work was done and the return still fell short); see {@link ReturnDiagnosis} for the rule. The
 * curve feeds the second grading step, identifying the customer's value (D6.3), and its monitoring
 * (customer returns).
 *
 * @param customer the customer; not null
 * @param points the periods in time order, without overlaps, all in one currency; not null, not
 *     empty
 */
public record ValueReturnCurve(CustomerId customer, List<ValueReturnPoint> points) {

  /**
   * Checks and copies the points.
   *
   * @param customer the customer; not null
   * @param points the periods in time order, without overlaps, all in one currency; not null, not
   *     empty
   * @throws IllegalArgumentException if there is no point, the periods are out of order or overlap,
   *     or the points are in different currencies
   */
  public ValueReturnCurve {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(customer, "customer");
    points = ImmutableList.copyOf(points);
    checkArgument(!points.isEmpty(), "a value-return curve has at least one period");
    CurrencyUnit currency = points.get(0).currency();
    for (int i = 0; i < points.size(); i++) {
      ValueReturnPoint point = points.get(i);
      checkArgument(
          point.currency().equals(currency),
          "a value-return curve is in one currency: %s is in %s, not %s; convert first (DOMAIN"
              + " D6.6)",
          point.label(),
          point.currency(),
          currency);
      if (i > 0) {
        ValueReturnPoint before = points.get(i - 1);
        checkArgument(
            !point.period().getStart().isBefore(before.period().getEnd()),
            "the periods of a value-return curve are in time order without overlaps: %s after %s",
            point.label(),
            before.label());
      }
    }
  }

  /**
   * Returns the curve of the given periods.
   *
   * @param customer the customer; not null
   * @param points the periods, in time order; not null
   * @return the curve, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static ValueReturnCurve of(CustomerId customer, List<ValueReturnPoint> points) {
    return new ValueReturnCurve(customer, points);
  }

  /** {@return the curve's currency; never null} */
  public CurrencyUnit currency() {
    return points.get(0).currency();
  }

  /** {@return the expected returns of all periods together; never null} */
  public Money totalExpected() {
    return total(ValueReturnPoint::expected);
  }

  /** {@return the actual returns of all periods together; never null} */
  public Money totalActual() {
    return total(ValueReturnPoint::actual);
  }

  /** {@return the total gap, actual minus expected; negative when short overall; never null} */
  public Money totalGap() {
    return totalActual().minus(totalExpected());
  }

  /** {@return the periods whose return fell short, in time order; never null} */
  public List<ValueReturnPoint> shortfalls() {
    return points.stream()
        .filter(ValueReturnPoint::isShort)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the diagnosis of the whole curve: the rule of {@link ReturnDiagnosis} applied to the
   * totals of all periods (expected, actual, planned and done investment).
   *
   * @return the diagnosis, never null
   */
  public ReturnDiagnosis diagnosis() {
    return ReturnDiagnosis.of(
        totalExpected(),
        totalActual(),
        total(ValueReturnPoint::plannedInvestment),
        total(ValueReturnPoint::investmentDone));
  }

  private Money total(Function<ValueReturnPoint, Money> amount) {
    return points.stream().map(amount).reduce(Money.zero(currency()), Money::plus);
  }

  /** {@return the customer, every period on its own line, and the overall diagnosis} */
  @Override
  public String toString() {
    return "value-return curve of "
        + customer
        + ":\n"
        + points.stream().map(p -> "  " + p).collect(Collectors.joining("\n"))
        + "\n  overall: gap "
        + Figures.money(totalGap())
        + ", "
        + diagnosis().label();
  }
}
