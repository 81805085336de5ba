package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A payment received from the customer against one invoice; partial payments are allowed (DOMAIN
 * D5.3).
 *
 * @param amount the amount received; not null, positive
 * @param receivedOn the date the money was received; not null
 */
public record Payment(Money amount, LocalDate receivedOn) {

  /**
   * Checks the parts.
   *
   * @param amount the amount received; not null, positive
   * @param receivedOn the date the money was received; not null
   * @throws IllegalArgumentException if the amount is not positive
   */
  public Payment {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    checkArgument(amount.isPositive(), "a payment is positive, not %s (DOMAIN D5.3)", amount);
  }
}
