package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One line of a {@link CollectionPlan} (DOMAIN D5.3): money still expected from the customer — the
 * outstanding part of an invoice, due on the invoice's due date, or the part of a milestone not yet
 * invoiced, due on the milestone's due date.
 *
 * @param milestone the milestone the money is for; not null
 * @param invoice the invoice, if the money is invoiced; empty for a milestone's uninvoiced part
 * @param amount the amount expected; not null, positive
 * @param expectedOn when it is expected; not null
 */
public record ExpectedInflow(
    MilestoneId milestone, Optional<InvoiceId> invoice, Money amount, LocalDate expectedOn) {

  /**
   * Checks the parts.
   *
   * @param milestone the milestone the money is for; not null
   * @param invoice the invoice, if the money is invoiced; empty for a milestone's uninvoiced part
   * @param amount the amount expected; not null, positive
   * @param expectedOn when it is expected; not null
   * @throws IllegalArgumentException if the amount is not positive
   */
  public ExpectedInflow {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(expectedOn, "expectedOn");
    checkArgument(amount.isPositive(), "an expected inflow is positive, not %s", amount);
  }

  /** {@return whether the money is already invoiced} */
  public boolean isInvoiced() {
    return invoice.isPresent();
  }
}
