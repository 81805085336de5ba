package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A payment milestone of a contract (DOMAIN D5.3): e.g. an advance, a payment on delivery, a
 * payment on acceptance, each with its amount, its due date and the {@link PaymentTrigger trigger}
 * that makes it invoiceable.
 *
 * @param id the milestone's id, unique within its contract; not null
 * @param name what the milestone is, e.g. {@code advance payment}; not null, not blank
 * @param amount the amount due; not null, positive
 * @param dueOn the date the payment is expected; not null
 * @param trigger what makes the milestone invoiceable; not null
 */
public record PaymentMilestone(
    MilestoneId id, String name, Money amount, LocalDate dueOn, PaymentTrigger trigger) {

  /**
   * Checks the parts.
   *
   * @param id the milestone's id, unique within its contract; not null
   * @param name what the milestone is, e.g. {@code advance payment}; not null, not blank
   * @param amount the amount due; not null, positive
   * @param dueOn the date the payment is expected; not null
   * @param trigger what makes the milestone invoiceable; not null
   * @throws IllegalArgumentException if the name is blank or the amount is not positive
   */
  public PaymentMilestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(trigger, "trigger");
    checkArgument(!name.isBlank(), "payment milestone %s has a name (DOMAIN D5.3)", id);
    checkArgument(
        amount.isPositive(),
        "payment milestone %s has a positive amount, not %s (DOMAIN D5.3)",
        id,
        amount);
  }

  /**
   * Returns a milestone.
   *
   * @param id the milestone's id; not null
   * @param name what it is; not null, not blank
   * @param amount the amount due; not null, positive
   * @param dueOn when the payment is expected; not null
   * @param trigger what makes it invoiceable; not null
   * @return the milestone, never null
   * @throws IllegalArgumentException if the name is blank or the amount is not positive
   */
  public static PaymentMilestone of(
      MilestoneId id, String name, Money amount, LocalDate dueOn, PaymentTrigger trigger) {
    return new PaymentMilestone(id, name, amount, dueOn, trigger);
  }
}
