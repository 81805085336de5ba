package org.leadtocash.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.joda.money.Money;
import org.joda.money.format.MoneyAmountStyle;
import org.joda.money.format.MoneyFormatter;
import org.joda.money.format.MoneyFormatterBuilder;

/**
 * The one way the library writes numbers for people — in reports, renderings and the tour — so that
 * a figure reads the same everywhere: money with its currency and grouped digits ({@code CNY
 * 9,000,000.00}), percentages with one decimal and the counts they come from ({@code 42.9% (3 of
 * 7)}), plain numbers with grouped digits ({@code 2,700,000}).
 *
 * <p>The format is fixed (English grouping, whatever the JVM's locale), so output is the same on
 * every machine. Amounts are never rounded: money keeps its currency's decimals.
 */
public final class Figures {

  private static final MoneyFormatter MONEY =
      new MoneyFormatterBuilder()
          .appendCurrencyCode()
          .appendLiteral(" ")
          .appendAmount(MoneyAmountStyle.ASCII_DECIMAL_POINT_GROUP3_COMMA)
          .toFormatter(Locale.ROOT);

  private Figures() {}

  /**
   * Writes an amount of money.
   *
   * @param amount the amount; not null
   * @return e.g. {@code CNY 9,000,000.00} or {@code CNY -1,200.50}; never null
   */
  public static String money(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return MONEY.print(amount);
  }

  /**
   * Writes a number with grouped digits, as many decimals as it has.
   *
   * @param number the number; not null
   * @return e.g. {@code 2,700,000} or {@code 0.5}; never null
   */
  public static String number(BigDecimal number) {
    Objects.requireNonNull(number, "number");
    DecimalFormat format =
        new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(number.stripTrailingZeros());
  }

  /**
   * Writes a fraction as a percentage with one decimal.
   *
   * @param fraction the fraction, e.g. {@code 0.4286}; not null
   * @return e.g. {@code 42.9%}; never null
   */
  public static String percent(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /**
   * Writes a rate as its percentage and the counts it comes from.
   *
   * @param rate the rate; not null
   * @return e.g. {@code 42.9% (3 of 7)}, or {@code no data (0 of 0)} for an empty population; never
   *     null
   */
  public static String percent(Rate rate) {
    Objects.requireNonNull(rate, "rate");
    String counts = number(rate.numerator()) + " of " + number(rate.denominator());
    return rate.value()
        .map(v -> percent(v) + " (" + counts + ")")
        .orElse("no data (" + counts + ")");
  }
}
