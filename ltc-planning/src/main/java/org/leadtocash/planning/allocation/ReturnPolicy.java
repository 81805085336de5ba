package org.leadtocash.planning.allocation;

import org.joda.money.Money;

/**
 * The return one hour of selling time on an account is expected to bring (DOMAIN D11.6): the
 * objective of the sales-time allocation is the sum, over the accounts, of this return per hour
 * times the hours the account gets, up to its useful hours. A host replaces the {@link #standard()
 * standard} policy with its own by implementing this interface; {@link Allocation#of} checks what a
 * policy returns.
 */
public interface ReturnPolicy {

  /**
   * Returns the expected return of one hour of selling time on an account, up to its useful hours.
   *
   * @param account the account; not null
   * @return the return per hour, in the currency of the account's potential, not negative and at
   *     most 10<sup>12</sup> minor units of it (CNY 10,000,000,000.00), the most {@link
   *     Allocation#of} plans exactly; never null
   */
  Money returnPerHour(TargetAccount account);

  /**
   * Returns the standard policy: the expected return of the account's potential, {@code potential ×
   * winChance}, earned evenly over its useful hours, so {@code returnPerHour = potential ×
   * winChance / usefulHours}, rounded down to the currency's minor unit. Time goes where the
   * weighted potential per useful hour is greatest; more potential or a better win chance never
   * gives a smaller return per hour.
   *
   * <p>For example, a potential of CNY 1,200,000 won with a 25 % chance over 50 useful hours earns
   * CNY 6,000.00 an hour.
   *
   * @return the standard policy, never null
   */
  static ReturnPolicy standard() {
    return StandardReturnPolicy.INSTANCE;
  }
}
