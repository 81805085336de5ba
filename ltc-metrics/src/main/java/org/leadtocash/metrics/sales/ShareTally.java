package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.MoneyTotal;

/**
 * The accumulator of a money share such as {@link MarketShare} or {@link ShareOfWallet} (DOMAIN
 * D12): our part and the whole it is part of, in one currency. An immutable value; {@link #plus} is
 * associative and {@link #zero} its identity.
 *
 * @param ours our part; not null, not negative, at most {@code whole}
 * @param whole the whole; not null, in the same currency
 */
public record ShareTally(MoneyTotal ours, MoneyTotal whole) {

  /**
   * Checks the parts.
   *
   * @param ours our part; not null, not negative, at most {@code whole}
   * @param whole the whole; not null, in the same currency
   * @throws IllegalArgumentException if the currencies differ, our part is negative or exceeds the
   *     whole
   */
  public ShareTally {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(whole, "whole");
    checkArgument(
        ours.total().isSameCurrency(whole.total()),
        "a share is in one currency: %s of %s (DESIGN §2)",
        ours.total(),
        whole.total());
    checkArgument(
        !ours.total().isNegative() && !ours.total().isGreaterThan(whole.total()),
        "our part is 0 to %s, not %s",
        whole.total(),
        ours.total());
  }

  /**
   * Returns the tally of nothing.
   *
   * @param currency the currency; not null
   * @return zero of zero in that currency, never null
   */
  public static ShareTally zero(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    MoneyTotal zero = MoneyTotal.zero(currency);
    return new ShareTally(zero, zero);
  }

  /**
   * Adds our part of one more whole.
   *
   * @param ourPart our part; not null, not negative, at most {@code ofWhole}, in this currency
   * @param ofWhole the whole; not null, in this currency
   * @return the new tally, never null
   * @throws IllegalArgumentException if a currency differs or our part is out of range
   */
  public ShareTally plus(Money ourPart, Money ofWhole) {
    Objects.requireNonNull(ourPart, "ourPart");
    Objects.requireNonNull(ofWhole, "ofWhole");
    MoneyTotal newOurs = ours.plus(ourPart);
    MoneyTotal newWhole = whole.plus(ofWhole);
    checkArgument(
        !ourPart.isNegative() && !ourPart.isGreaterThan(ofWhole),
        "our part is 0 to %s, not %s",
        ofWhole,
        ourPart);
    return new ShareTally(newOurs, newWhole);
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null, in this currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public ShareTally plus(ShareTally other) {
    Objects.requireNonNull(other, "other");
    return new ShareTally(ours.plus(other.ours), whole.plus(other.whole));
  }

  /**
   * Takes out another tally that was added before.
   *
   * @param other the tally to take out; not null, part of this one, in this currency
   * @return the difference, never null
   * @throws IllegalArgumentException if the currency differs or {@code other} is not part of this
   *     tally
   */
  public ShareTally minus(ShareTally other) {
    Objects.requireNonNull(other, "other");
    return new ShareTally(ours.minus(other.ours), whole.minus(other.whole));
  }

  /** {@return our part over the whole; "no data" when the whole is zero; never null} */
  public Rate share() {
    Money all = whole.total();
    return all.isZero() ? Rate.NO_DATA : Rate.of(ours.total().getAmount(), all.getAmount());
  }
}
