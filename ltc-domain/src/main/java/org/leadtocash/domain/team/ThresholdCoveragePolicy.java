package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;

/**
 * The {@link CoveragePolicy} of two thresholds; see {@link CoveragePolicy#byThresholds}.
 *
 * @param annualPurchasesBelow below this yearly amount, a customer may go to channels
 * @param repeatPurchasesBelow below this count of repeat purchases, a customer may go to channels
 */
record ThresholdCoveragePolicy(Money annualPurchasesBelow, int repeatPurchasesBelow)
    implements CoveragePolicy {

  ThresholdCoveragePolicy {
    Objects.requireNonNull(annualPurchasesBelow, "annualPurchasesBelow");
    checkArgument(
        !annualPurchasesBelow.isNegative(),
        "a coverage threshold is not negative: %s (DOMAIN D4.6)",
        annualPurchasesBelow);
    checkArgument(
        repeatPurchasesBelow >= 0,
        "a coverage threshold is not negative: %s repeat purchases (DOMAIN D4.6)",
        repeatPurchasesBelow);
  }

  @Override
  public CoverageDecision decide(CustomerFootprint footprint) {
    Objects.requireNonNull(footprint, "footprint");
    Money purchases = footprint.annualPurchases();
    checkArgument(
        purchases.getCurrencyUnit().equals(annualPurchasesBelow.getCurrencyUnit()),
        "the coverage thresholds are in %s but the customer's annual purchases are %s; amounts in"
            + " different currencies are never compared, convert them first (DOMAIN D4.6)",
        annualPurchasesBelow.getCurrencyUnit(),
        purchases);
    boolean small = purchases.isLessThan(annualPurchasesBelow);
    boolean few = footprint.repeatPurchases() < repeatPurchasesBelow;
    String amount =
        String.format(
            "annual purchases of %s are %s %s",
            purchases, small ? "below" : "at or above", annualPurchasesBelow);
    String repeats =
        String.format(
            "%s repeat purchases are %s %s",
            footprint.repeatPurchases(), few ? "fewer than" : "at least", repeatPurchasesBelow);
    if (small && few) {
      return new CoverageDecision(
          CoverageMode.CHANNEL,
          amount + " and " + repeats + ": channels cover it, a triangle would cost too much");
    }
    return new CoverageDecision(
        CoverageMode.DIRECT, (small ? repeats : amount) + ": worth our own iron triangle");
  }

  @Override
  public String toString() {
    return "channel below "
        + annualPurchasesBelow
        + " a year and "
        + repeatPurchasesBelow
        + " repeat purchases";
  }
}
