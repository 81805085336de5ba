package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * An invoice issued against a payment milestone, as it stands: confirmed by the customer or not,
 * and the payments received against it (DOMAIN D5.3).
 *
 * <p>True of every invoice: the amount is positive; it falls due on or after its issue date; it is
 * confirmed on or after its issue date; payments are received only once it is confirmed, on or
 * after its confirmation, in its currency, and never add up to more than its amount.
 *
 * @param id the invoice's id; not null
 * @param milestone the payment milestone it bills; not null
 * @param amount the amount invoiced; not null, positive
 * @param issuedOn the date it was issued; not null
 * @param dueOn the date it falls due; not null, not before {@code issuedOn}
 * @param confirmedOn the date the customer confirmed it, if confirmed; not null
 * @param payments the payments received against it, oldest first; not null
 */
public record Invoice(
    InvoiceId id,
    MilestoneId milestone,
    Money amount,
    LocalDate issuedOn,
    LocalDate dueOn,
    Optional<LocalDate> confirmedOn,
    List<Payment> payments) {

  /**
   * Checks the parts and copies the payments.
   *
   * @param id the invoice's id; not null
   * @param milestone the payment milestone it bills; not null
   * @param amount the amount invoiced; not null, positive
   * @param issuedOn the date it was issued; not null
   * @param dueOn the date it falls due; not null, not before {@code issuedOn}
   * @param confirmedOn the date the customer confirmed it, if confirmed; not null
   * @param payments the payments received against it, oldest first; not null
   * @throws IllegalArgumentException if a rule of every invoice is broken
   */
  public Invoice {
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(confirmedOn, "confirmedOn");
    payments = ImmutableList.copyOf(payments);
    checkArgument(amount.isPositive(), "invoice %s is positive, not %s (DOMAIN D5.3)", id, amount);
    checkArgument(
        !dueOn.isBefore(issuedOn),
        "invoice %s falls due on or after its issue date %s, not %s (DOMAIN D5.3)",
        id,
        issuedOn,
        dueOn);
    confirmedOn.ifPresent(
        on ->
            checkArgument(
                !on.isBefore(issuedOn),
                "invoice %s is confirmed on or after its issue date %s, not %s (DOMAIN D5.3)",
                id,
                issuedOn,
                on));
    Money paid = Money.zero(amount.getCurrencyUnit());
    for (Payment payment : payments) {
      checkArgument(
          payment.amount().isSameCurrency(amount),
          "invoice %s is paid in %s, not %s (DOMAIN D5.3)",
          id,
          amount.getCurrencyUnit(),
          payment.amount().getCurrencyUnit());
      checkArgument(
          confirmedOn.isPresent() && !payment.receivedOn().isBefore(confirmedOn.orElseThrow()),
          "invoice %s is paid only once confirmed by the customer (DOMAIN D5.3)",
          id);
      paid = paid.plus(payment.amount());
    }
    checkArgument(
        !paid.isGreaterThan(amount),
        "invoice %s of %s is paid %s: collected never exceeds invoiced (DOMAIN D5.3)",
        id,
        amount,
        paid);
  }

  /**
   * Returns a newly issued invoice: not confirmed, nothing paid.
   *
   * @param id the invoice's id; not null
   * @param milestone the milestone it bills; not null
   * @param amount the amount; not null, positive
   * @param issuedOn when it was issued; not null
   * @param dueOn when it falls due; not null, not before {@code issuedOn}
   * @return the invoice, never null
   * @throws IllegalArgumentException if the amount is not positive or the dates are out of order
   */
  public static Invoice issued(
      InvoiceId id, MilestoneId milestone, Money amount, LocalDate issuedOn, LocalDate dueOn) {
    return new Invoice(id, milestone, amount, issuedOn, dueOn, Optional.empty(), List.of());
  }

  /** {@return whether the customer has confirmed the invoice} */
  public boolean isConfirmed() {
    return confirmedOn.isPresent();
  }

  /** {@return the total received against the invoice; never null, zero if nothing} */
  public Money paid() {
    return payments.stream()
        .map(Payment::amount)
        .reduce(Money.zero(amount.getCurrencyUnit()), Money::plus);
  }

  /** {@return what is still to be received: amount minus paid; never null, never negative} */
  public Money outstanding() {
    return amount.minus(paid());
  }

  /** {@return whether the invoice is paid in full} */
  public boolean isSettled() {
    return outstanding().isZero();
  }

  /**
   * Returns the total received against the invoice up to and including a date.
   *
   * @param asOf the date; not null
   * @return the payments received on or before {@code asOf}; never null
   */
  public Money paidAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return payments.stream()
        .filter(p -> !p.receivedOn().isAfter(asOf))
        .map(Payment::amount)
        .reduce(Money.zero(amount.getCurrencyUnit()), Money::plus);
  }

  /**
   * Returns how many days the invoice is overdue at a date: the days from its due date to {@code
   * asOf} if something is still outstanding at {@code asOf}, else 0.
   *
   * @param asOf the date; not null
   * @return the days overdue, not negative
   */
  public long daysOverdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    boolean outstanding = paidAsOf(asOf).isLessThan(amount);
    return outstanding && asOf.isAfter(dueOn) ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
  }

  /** {@return this invoice confirmed on the date} */
  Invoice withConfirmation(LocalDate on) {
    return new Invoice(id, milestone, amount, issuedOn, dueOn, Optional.of(on), payments);
  }

  /** {@return this invoice with one more payment} */
  Invoice withPayment(Payment payment) {
    return new Invoice(
        id,
        milestone,
        amount,
        issuedOn,
        dueOn,
        confirmedOn,
        ImmutableList.<Payment>builder().addAll(payments).add(payment).build());
  }
}
