package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * One invoice in a {@link ReceivablesReport} at a date (DOMAIN D5.3): what was invoiced, what was
 * paid by then, what is outstanding, and for how many days it is overdue.
 *
 * @param invoice the invoice; not null
 * @param milestone the milestone it bills; not null
 * @param dueOn its due date; not null
 * @param confirmed whether the customer had confirmed it by the report's date
 * @param invoiced the amount invoiced; not null, positive
 * @param paid the amount received by the report's date; not null, not negative, at most {@code
 *     invoiced}, same currency
 * @param daysOverdue the days past the due date while something is outstanding, else 0; not
 *     negative
 */
public record ReceivableLine(
    InvoiceId invoice,
    MilestoneId milestone,
    LocalDate dueOn,
    boolean confirmed,
    Money invoiced,
    Money paid,
    long daysOverdue) {

  /**
   * Checks the parts.
   *
   * @param invoice the invoice; not null
   * @param milestone the milestone it bills; not null
   * @param dueOn its due date; not null
   * @param confirmed whether the customer had confirmed it by the report's date
   * @param invoiced the amount invoiced; not null, positive
   * @param paid the amount received by the report's date; not null, not negative, at most {@code
   *     invoiced}, same currency
   * @param daysOverdue the days past the due date while something is outstanding, else 0; not
   *     negative
   * @throws IllegalArgumentException if the amounts are negative, in two currencies, paid exceeds
   *     invoiced, or a settled line is overdue
   */
  public ReceivableLine {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(invoiced, "invoiced");
    Objects.requireNonNull(paid, "paid");
    checkArgument(
        paid.isSameCurrency(invoiced),
        "invoice %s is invoiced in %s and paid in %s",
        invoice,
        invoiced.getCurrencyUnit(),
        paid.getCurrencyUnit());
    checkArgument(invoiced.isPositive(), "invoice %s is positive, not %s", invoice, invoiced);
    checkArgument(!paid.isNegative(), "invoice %s is paid a negative %s", invoice, paid);
    checkArgument(
        !paid.isGreaterThan(invoiced),
        "invoice %s of %s cannot be paid %s (DOMAIN D5.3)",
        invoice,
        invoiced,
        paid);
    checkArgument(daysOverdue >= 0, "days overdue are not negative, not %s", daysOverdue);
    checkArgument(
        daysOverdue == 0 || paid.isLessThan(invoiced),
        "a settled invoice %s is not overdue",
        invoice);
  }

  /** {@return what is still to be received: invoiced minus paid; never null, never negative} */
  public Money outstanding() {
    return invoiced.minus(paid);
  }

  /** {@return whether something is outstanding past the due date} */
  public boolean isOverdue() {
    return daysOverdue > 0;
  }

  /** {@return the ageing bucket of the days overdue; never null} */
  public AgeingBucket bucket() {
    return AgeingBucket.of(daysOverdue);
  }

  /**
   * {@return e.g. {@code INV-7 for MS-2: invoiced CNY 3,600,000.00, paid CNY 0.00, outstanding CNY
   * 3,600,000.00, due 2026-10-15, 36 days overdue (31–60 days overdue)}; a line not overdue ends
   * {@code not overdue} or {@code settled}}
   */
  @Override
  public String toString() {
    return invoice
        + " for "
        + milestone
        + ": invoiced "
        + Figures.money(invoiced)
        + ", paid "
        + Figures.money(paid)
        + ", outstanding "
        + Figures.money(outstanding())
        + ", due "
        + dueOn
        + ", "
        + (isOverdue()
            ? daysOverdue + " days overdue (" + bucket().label() + ")"
            : outstanding().isZero() ? "settled" : "not overdue");
  }
}
