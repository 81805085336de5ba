package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;

/**
 * A contract's receivables at a date (DOMAIN D5.3): one {@link ReceivableLine} per invoice issued
 * by then, with what was paid by then, what is outstanding and how long it is overdue; the totals;
 * and the outstanding amount by {@link AgeingBucket ageing bucket}.
 *
 * @param contract the contract; not null
 * @param asOf the date of the report; not null
 * @param currency the contract's currency, in which every amount is; not null
 * @param lines one line per invoice, in the order issued; not null
 */
public record ReceivablesReport(
    ContractId contract, LocalDate asOf, CurrencyUnit currency, List<ReceivableLine> lines) {

  /**
   * Checks the parts and copies the lines.
   *
   * @param contract the contract; not null
   * @param asOf the date of the report; not null
   * @param currency the contract's currency, in which every amount is; not null
   * @param lines one line per invoice, in the order issued; not null
   * @throws IllegalArgumentException if a line is in another currency
   */
  public ReceivablesReport {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    lines = ImmutableList.copyOf(lines);
    for (ReceivableLine line : lines) {
      checkArgument(
          line.invoiced().getCurrencyUnit().equals(currency),
          "receivable %s is in %s, not the report's %s",
          line.invoice(),
          line.invoiced().getCurrencyUnit(),
          currency);
    }
  }

  /**
   * {@return the total invoiced by the report's date, as {@link Contract#invoiced()}; never null}
   */
  public Money invoiced() {
    return sum(ReceivableLine::invoiced, line -> true);
  }

  /** {@return the total received by the report's date, as {@link Contract#collected()}} */
  public Money collected() {
    return sum(ReceivableLine::paid, line -> true);
  }

  /**
   * {@return the total outstanding at the report's date, as {@link Contract#outstanding()}; never
   * null, never negative}
   */
  public Money outstanding() {
    return sum(ReceivableLine::outstanding, line -> true);
  }

  /** {@return the part of the outstanding total that is past its due date; never null} */
  public Money overdue() {
    return sum(ReceivableLine::outstanding, ReceivableLine::isOverdue);
  }

  /** {@return the lines with something overdue, in order; never null} */
  public List<ReceivableLine> overdueLines() {
    return lines.stream()
        .filter(ReceivableLine::isOverdue)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the outstanding amount in each ageing bucket: every bucket, in order, zero where empty.
   *
   * @return the amounts by bucket, never null
   */
  public Map<AgeingBucket, Money> byBucket() {
    ImmutableMap.Builder<AgeingBucket, Money> buckets = ImmutableMap.builder();
    for (AgeingBucket bucket : AgeingBucket.values()) {
      buckets.put(bucket, sum(ReceivableLine::outstanding, line -> line.bucket() == bucket));
    }
    return buckets.buildOrThrow();
  }

  private Money sum(Function<ReceivableLine, Money> amount, Predicate<ReceivableLine> which) {
    return lines.stream().filter(which).map(amount).reduce(Money.zero(currency), Money::plus);
  }
}
