package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Rate;

/**
 * The accumulator of a rate of money amounts (DOMAIN D12), e.g. collected out of due: a part of a
 * whole, in one currency. An immutable value; {@link #plus} is associative and {@link #zero} its
 * identity; amounts in another currency are refused, never added silently (DESIGN §2).
 *
 * @param part the amount that counts; not null, not negative, at most {@code whole}
 * @param whole the amount it is counted in; not null, not negative, in the currency of {@code part}
 */
public record MoneyTally(Money part, Money whole) {

  /**
   * Checks the amounts.
   *
   * @param part the amount that counts; not null, not negative, at most {@code whole}
   * @param whole the amount it is counted in; not null, not negative, in the currency of {@code
   *     part}
   * @throws IllegalArgumentException if an amount is negative, the currencies differ or the part
   *     exceeds the whole
   */
  public MoneyTally {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    checkArgument(
        part.isSameCurrency(whole),
        "a money rate never mixes currencies: part in %s, whole in %s (DESIGN §2)",
        part.getCurrencyUnit(),
        whole.getCurrencyUnit());
    checkArgument(!part.isNegative(), "a money rate's part is not negative: %s", part);
    checkArgument(
        !part.isGreaterThan(whole), "a money rate's part %s is at most its whole %s", part, whole);
  }

  /**
   * Returns nothing out of nothing, in a currency.
   *
   * @param currency the currency; not null
   * @return zero out of zero, never null
   */
  public static MoneyTally zero(CurrencyUnit currency) {
    Money zero = Money.zero(Objects.requireNonNull(currency, "currency"));
    return new MoneyTally(zero, zero);
  }

  /** {@return the currency of the amounts; never null} */
  public CurrencyUnit currency() {
    return whole.getCurrencyUnit();
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null, in this tally's currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public MoneyTally plus(MoneyTally other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.currency().equals(currency()),
        "a KPI in %s never adds %s silently (DESIGN §2)",
        currency(),
        other.currency());
    return new MoneyTally(part.plus(other.part), whole.plus(other.whole));
  }

  /** {@return part over whole; "no data" for a zero whole; never null} */
  public Rate rate() {
    return whole.isZero() ? Rate.NO_DATA : Rate.of(part.getAmount(), whole.getAmount());
  }
}
