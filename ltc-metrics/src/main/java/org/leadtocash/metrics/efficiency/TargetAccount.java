package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;

/**
 * One target account of a market and how far we got with it in the period (DOMAIN D11.5): its
 * market potential, its {@link Reach}, and for a won account the value won. The domain keeps no
 * market sizes; the host supplies these records from its market analysis (D9.1, D9.4).
 *
 * <p>A won account's potential splits in two: the value won is actual sales, the rest was pursued
 * and not won. Every other account's whole potential is in its reach's part.
 *
 * @param account the customer; not null
 * @param potential its market potential in the period; not null, not negative
 * @param reach how far we got; not null
 * @param won the value won; not null, in the currency of {@code potential}; positive and at most
 *     the potential for a won account, zero otherwise
 */
public record TargetAccount(CustomerId account, Money potential, Reach reach, Money won) {

  /**
   * Checks the parts.
   *
   * @param account the customer; not null
   * @param potential its market potential in the period; not null, not negative
   * @param reach how far we got; not null
   * @param won the value won; not null, in the currency of {@code potential}; positive and at most
   *     the potential for a won account, zero otherwise
   * @throws IllegalArgumentException if the potential is negative, the currencies differ, or the
   *     value won does not fit the reach
   */
  public TargetAccount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(won, "won");
    checkArgument(
        won.isSameCurrency(potential),
        "account %s: potential in %s and won in %s are not mixed (DESIGN §2)",
        account,
        potential.getCurrencyUnit(),
        won.getCurrencyUnit());
    checkArgument(
        !potential.isNegative(), "account %s has no negative potential: %s", account, potential);
    if (reach == Reach.WON) {
      checkArgument(
          won.isPositive() && !won.isGreaterThan(potential),
          "won account %s won more than nothing and at most its potential %s, not %s (DOMAIN"
              + " D11.5)",
          account,
          potential,
          won);
    } else {
      checkArgument(
          won.isZero(), "account %s was %s, so nothing was won, not %s", account, reach, won);
    }
  }

  /**
   * Returns an account that was not contacted.
   *
   * @param account the customer; not null
   * @param potential its potential; not null, not negative
   * @return the record, never null
   */
  public static TargetAccount notContacted(CustomerId account, Money potential) {
    return lost(account, potential, Reach.NOT_CONTACTED);
  }

  /**
   * Returns an account that was contacted but not seriously pursued.
   *
   * @param account the customer; not null
   * @param potential its potential; not null, not negative
   * @return the record, never null
   */
  public static TargetAccount contactedNotPursued(CustomerId account, Money potential) {
    return lost(account, potential, Reach.CONTACTED_NOT_PURSUED);
  }

  /**
   * Returns an account that was seriously pursued but not won.
   *
   * @param account the customer; not null
   * @param potential its potential; not null, not negative
   * @return the record, never null
   */
  public static TargetAccount pursuedNotWon(CustomerId account, Money potential) {
    return lost(account, potential, Reach.PURSUED_NOT_WON);
  }

  /**
   * Returns an account that was won, in whole or in part.
   *
   * @param account the customer; not null
   * @param potential its potential; not null
   * @param won the value won; not null, positive, at most the potential
   * @return the record, never null
   * @throws IllegalArgumentException if the value won is not positive or exceeds the potential
   */
  public static TargetAccount won(CustomerId account, Money potential, Money won) {
    return new TargetAccount(account, potential, Reach.WON, won);
  }

  private static TargetAccount lost(CustomerId account, Money potential, Reach reach) {
    Objects.requireNonNull(potential, "potential");
    return new TargetAccount(account, potential, reach, Money.zero(potential.getCurrencyUnit()));
  }

  /** {@return the currency of the amounts; never null} */
  public CurrencyUnit currency() {
    return potential.getCurrencyUnit();
  }
}
