package org.leadtocash.domain.team;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Whether a customer is covered by our own iron triangle or through channels (DOMAIN D4.6). The
 * direct iron triangle is expensive: small customers with few repeat purchases and small amounts
 * are covered through channels instead. The sources give no numbers; {@link #standard()} picks
 * them, and a host sets its own with {@link #byThresholds(Money, int)} or its own implementation.
 */
public interface CoveragePolicy {

  /**
   * Decides how to cover a customer.
   *
   * @param footprint what the customer buys; not null
   * @return the decision with its reason, never null
   * @throws IllegalArgumentException if the footprint's currency is not the policy's: amounts in
   *     different currencies are never compared, the host converts them first
   */
  CoverageDecision decide(CustomerFootprint footprint);

  /**
   * Returns the default policy: cover a customer through {@link CoverageMode#CHANNEL channels} if
   * it buys less than CNY 1,000,000 a year <em>and</em> has bought again fewer than 3 times;
   * otherwise {@link CoverageMode#DIRECT directly}, by an iron triangle. It compares only amounts
   * in CNY.
   *
   * @return the default policy, never null
   */
  static CoveragePolicy standard() {
    return byThresholds(Money.ofMajor(CurrencyUnit.of("CNY"), 1_000_000), 3);
  }

  /**
   * Returns the policy that covers a customer through channels if it buys less than {@code
   * annualPurchasesBelow} a year <em>and</em> has fewer than {@code repeatPurchasesBelow} repeat
   * purchases, and directly otherwise. It compares only amounts in the threshold's currency.
   *
   * @param annualPurchasesBelow the yearly amount from which a customer is worth a triangle; not
   *     null, not negative
   * @param repeatPurchasesBelow the count of repeat purchases from which a customer is worth a
   *     triangle; not negative
   * @return the policy, never null
   * @throws IllegalArgumentException if a threshold is negative
   */
  static CoveragePolicy byThresholds(Money annualPurchasesBelow, int repeatPurchasesBelow) {
    return new ThresholdCoveragePolicy(annualPurchasesBelow, repeatPurchasesBelow);
  }
}
