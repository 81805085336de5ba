package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * One period of a customer's {@link ValueReturnCurve} (DOMAIN D6.6): the return we expected from
 * the customer and the return we got, and the investment (or planned work, valued) we planned and
 * did, which the diagnosis of a shortfall needs.
 *
 * @param period the period, a bounded, non-empty range of dates (end exclusive); not null
 * @param expected the return expected in the period; not null
 * @param actual the return achieved in the period; not null, in the currency of {@code expected}
 * @param plannedInvestment the investment or work planned for the customer in the period; not null,
 *     not negative, same currency
 * @param investmentDone the investment or work actually done; not null, not negative, same currency
 */
public record ValueReturnPoint(
    LocalDateRange period,
    Money expected,
    Money actual,
    Money plannedInvestment,
    Money investmentDone) {

  /**
   * Checks the parts.
   *
   * @param period the period, a bounded, non-empty range of dates (end exclusive); not null
   * @param expected the return expected in the period; not null
   * @param actual the return achieved in the period; not null, in the currency of {@code expected}
   * @param plannedInvestment the investment or work planned for the customer in the period; not
   *     null, not negative, same currency
   * @param investmentDone the investment or work actually done; not null, not negative, same
   *     currency
   * @throws IllegalArgumentException if the period is empty or unbounded, an investment is
   *     negative, or the amounts are not all in one currency
   */
  public ValueReturnPoint {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(plannedInvestment, "plannedInvestment");
    Objects.requireNonNull(investmentDone, "investmentDone");
    checkArgument(
        !period.isEmpty() && !period.isUnboundedStart() && !period.isUnboundedEnd(),
        "a value-return period is a bounded, non-empty range of dates, not %s",
        period);
    CurrencyUnit currency = expected.getCurrencyUnit();
    for (Money m : new Money[] {actual, plannedInvestment, investmentDone}) {
      checkArgument(
          m.getCurrencyUnit().equals(currency),
          "a value-return point is in one currency: %s is not in %s; amounts in different"
              + " currencies are never mixed, convert them first (DOMAIN D6.6)",
          m,
          currency);
    }
    checkArgument(
        !plannedInvestment.isNegative() && !investmentDone.isNegative(),
        "investments are not negative: planned %s, done %s",
        plannedInvestment,
        investmentDone);
  }

  /**
   * Returns the point of a calendar quarter.
   *
   * @param quarter the quarter; not null
   * @param expected the expected return; not null
   * @param actual the actual return; not null
   * @param plannedInvestment the planned investment; not null, not negative
   * @param investmentDone the investment done; not null, not negative
   * @return the point, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static ValueReturnPoint of(
      YearQuarter quarter,
      Money expected,
      Money actual,
      Money plannedInvestment,
      Money investmentDone) {
    Objects.requireNonNull(quarter, "quarter");
    return new ValueReturnPoint(
        LocalDateRange.of(quarter.atDay(1), quarter.plusQuarters(1).atDay(1)),
        expected,
        actual,
        plannedInvestment,
        investmentDone);
  }

  /**
   * Returns the point of a calendar month.
   *
   * @param month the month; not null
   * @param expected the expected return; not null
   * @param actual the actual return; not null
   * @param plannedInvestment the planned investment; not null, not negative
   * @param investmentDone the investment done; not null, not negative
   * @return the point, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static ValueReturnPoint of(
      YearMonth month,
      Money expected,
      Money actual,
      Money plannedInvestment,
      Money investmentDone) {
    Objects.requireNonNull(month, "month");
    return new ValueReturnPoint(
        LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)),
        expected,
        actual,
        plannedInvestment,
        investmentDone);
  }

  /** {@return the currency of every amount of the point; never null} */
  public CurrencyUnit currency() {
    return expected.getCurrencyUnit();
  }

  /** {@return the gap: actual minus expected, negative when the return fell short; never null} */
  public Money gap() {
    return actual.minus(expected);
  }

  /** {@return whether the actual return fell short of the expected one} */
  public boolean isShort() {
    return actual.isLessThan(expected);
  }

  /** {@return the diagnosis by the rule of {@link ReturnDiagnosis}; never null} */
  public ReturnDiagnosis diagnosis() {
    return ReturnDiagnosis.of(expected, actual, plannedInvestment, investmentDone);
  }

  /**
   * Returns the period's name: {@code 2025-Q1} for a calendar quarter, {@code 2025-03} for a month,
   * {@code 2025} for a year, else the range itself.
   *
   * @return the label, never null
   */
  public String label() {
    return label(period);
  }

  static String label(LocalDateRange period) {
    LocalDate start = period.getStart();
    LocalDate end = period.getEnd();
    if (start.getDayOfMonth() == 1) {
      if (start.getDayOfYear() == 1 && end.equals(start.plusYears(1))) {
        return String.valueOf(start.getYear());
      }
      YearQuarter quarter = YearQuarter.from(start);
      if (start.equals(quarter.atDay(1)) && end.equals(start.plusMonths(3))) {
        return quarter.toString();
      }
      if (end.equals(start.plusMonths(1))) {
        return YearMonth.from(start).toString();
      }
    }
    return period.toString();
  }

  /**
   * {@return e.g. {@code 2025-Q1 expected CNY 1,000.00, actual CNY 800.00: under-investment: the
   * planned work was not done}}
   */
  @Override
  public String toString() {
    return label()
        + " expected "
        + Figures.money(expected)
        + ", actual "
        + Figures.money(actual)
        + ": "
        + diagnosis().label();
  }
}
