package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * One opportunity's part of its customer's number (DOMAIN D9.5): the share of the number the
 * opportunity is expected to bring in, next to what the opportunity is worth.
 *
 * <p>The part may exceed what the opportunity covers: that difference is the gap the planner must
 * close by growing the opportunity or finding others.
 *
 * @param opportunity the opportunity with its amount and win probability; not null
 * @param part its part of the customer's number; not null, not negative, in the opportunity's
 *     currency
 */
public record OpportunityPart(OpportunityNumber opportunity, Money part) {

  /**
   * Checks the part.
   *
   * @param opportunity the opportunity; not null
   * @param part its part of the number; not null, not negative, in the opportunity's currency
   * @throws IllegalArgumentException if the part is negative or in another currency
   */
  public OpportunityPart {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(part, "part");
    checkArgument(
        part.getCurrencyUnit().equals(opportunity.amount().getCurrencyUnit()),
        "an opportunity's part of a number is in its currency (DOMAIN D9.5): %s has a part of %s",
        opportunity,
        part);
    checkArgument(
        !part.isNegative(),
        "an opportunity's part of a number is not negative (DOMAIN D9.5): %s has %s",
        opportunity.opportunity(),
        part);
  }

  /** {@return e.g. {@code OP-7 CNY 4,000,000.00 at 60%: part CNY 3,000,000.00}} */
  @Override
  public String toString() {
    return opportunity + ": part " + Figures.money(part);
  }
}
