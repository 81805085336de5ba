package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.MoneyTotal;

/**
 * The accumulator of the {@link SuppressionRatio} (DOMAIN D12): the value awarded to us and the
 * value awarded to one competitor, in one currency. An immutable value; {@link #plus} is
 * associative and {@link #zero} its identity.
 *
 * @param ours the value awarded to us; not null, not negative
 * @param theirs the value awarded to the competitor; not null, in the same currency, not negative
 */
public record SuppressionTally(MoneyTotal ours, MoneyTotal theirs) {

  /**
   * Checks the parts.
   *
   * @param ours the value awarded to us; not null, not negative
   * @param theirs the value awarded to the competitor; not null, in the same currency, not negative
   * @throws IllegalArgumentException if the currencies differ or an amount is negative
   */
  public SuppressionTally {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    checkArgument(
        ours.total().isSameCurrency(theirs.total()),
        "a suppression ratio is in one currency: %s and %s (DESIGN §2)",
        ours.total(),
        theirs.total());
    checkArgument(
        !ours.total().isNegative() && !theirs.total().isNegative(),
        "an award is not negative: ours %s, theirs %s",
        ours.total(),
        theirs.total());
  }

  /**
   * Returns the tally of nothing awarded.
   *
   * @param currency the currency; not null
   * @return zero and zero in that currency, never null
   */
  public static SuppressionTally zero(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    MoneyTotal zero = MoneyTotal.zero(currency);
    return new SuppressionTally(zero, zero);
  }

  /**
   * Adds one award.
   *
   * @param ourPart the value awarded to us; not null, not negative, in this currency
   * @param theirPart the value awarded to the competitor; not null, not negative, in this currency
   * @return the new tally, never null
   * @throws IllegalArgumentException if a currency differs or an amount is negative
   */
  public SuppressionTally plus(Money ourPart, Money theirPart) {
    Objects.requireNonNull(ourPart, "ourPart");
    Objects.requireNonNull(theirPart, "theirPart");
    return new SuppressionTally(ours.plus(ourPart), theirs.plus(theirPart));
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null, in this currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public SuppressionTally plus(SuppressionTally other) {
    Objects.requireNonNull(other, "other");
    return new SuppressionTally(ours.plus(other.ours), theirs.plus(other.theirs));
  }

  /**
   * {@return ours over theirs, which may exceed 1; undefined ("no data", {@link Rate#isDefined()}
   * false) when the competitor was awarded nothing; never null}
   */
  public Rate ratio() {
    return Rate.of(ours.total().getAmount(), theirs.total().getAmount());
  }
}
