package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.ReceivablesReport;

/**
 * Receivables at a date by their ageing (DOMAIN D5.3, D12): the amount outstanding in every {@link
 * AgeingBucket}, {@link AgeingBucket#CURRENT} being what is outstanding but not yet overdue. Both
 * the result and the accumulator of {@link OverdueReceivables}: an immutable value, {@link #plus}
 * is associative and {@link #zero} its identity.
 *
 * @param asOf the date of the ageing; not null
 * @param currency the currency of every amount; not null
 * @param byBucket the amount outstanding in each bucket; not null, every bucket, not negative, in
 *     {@code currency}; kept in bucket order
 */
public record ReceivablesAgeing(
    LocalDate asOf, CurrencyUnit currency, Map<AgeingBucket, Money> byBucket) {

  /**
   * Checks the parts and copies the buckets in bucket order.
   *
   * @param asOf the date of the ageing; not null
   * @param currency the currency of every amount; not null
   * @param byBucket the amount outstanding in each bucket; not null, every bucket, not negative, in
   *     {@code currency}; kept in bucket order
   * @throws IllegalArgumentException if a bucket is missing, negative or in another currency
   */
  public ReceivablesAgeing {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(byBucket, "byBucket");
    Map<AgeingBucket, Money> ordered = new EnumMap<>(AgeingBucket.class);
    for (AgeingBucket bucket : AgeingBucket.values()) {
      Money amount = byBucket.get(bucket);
      checkArgument(amount != null, "an ageing has every bucket; %s is missing", bucket);
      checkArgument(
          amount.getCurrencyUnit().equals(currency),
          "bucket %s is in %s, not the ageing's %s (DESIGN §2)",
          bucket,
          amount.getCurrencyUnit(),
          currency);
      checkArgument(!amount.isNegative(), "bucket %s is not negative: %s", bucket, amount);
      ordered.put(bucket, amount);
    }
    byBucket = Maps.immutableEnumMap(ordered);
  }

  /**
   * Returns nothing outstanding at a date.
   *
   * @param asOf the date; not null
   * @param currency the currency; not null
   * @return every bucket zero, never null
   */
  public static ReceivablesAgeing zero(LocalDate asOf, CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Map<AgeingBucket, Money> zeros = new EnumMap<>(AgeingBucket.class);
    for (AgeingBucket bucket : AgeingBucket.values()) {
      zeros.put(bucket, Money.zero(currency));
    }
    return new ReceivablesAgeing(asOf, currency, zeros);
  }

  /**
   * Returns the ageing of one contract's receivables report.
   *
   * @param report the report; not null
   * @return its outstanding amounts by bucket, never null
   */
  public static ReceivablesAgeing of(ReceivablesReport report) {
    Objects.requireNonNull(report, "report");
    return new ReceivablesAgeing(report.asOf(), report.currency(), report.byBucket());
  }

  /**
   * Returns the amount outstanding in a bucket.
   *
   * @param bucket the bucket; not null
   * @return the amount, never null, zero if none
   */
  public Money outstanding(AgeingBucket bucket) {
    Objects.requireNonNull(bucket, "bucket");
    return Objects.requireNonNull(byBucket.get(bucket));
  }

  /** {@return the total outstanding, overdue or not; never null, never negative} */
  public Money outstanding() {
    Money total = Money.zero(currency);
    for (Money amount : byBucket.values()) {
      total = total.plus(amount);
    }
    return total;
  }

  /** {@return the total overdue: every bucket but {@link AgeingBucket#CURRENT}; never null} */
  public Money overdue() {
    return outstanding().minus(outstanding(AgeingBucket.CURRENT));
  }

  /** {@return the overdue share of the outstanding amount; "no data" if nothing is outstanding} */
  public Rate overdueShare() {
    Money outstanding = outstanding();
    return outstanding.isZero()
        ? Rate.NO_DATA
        : Rate.of(overdue().getAmount(), outstanding.getAmount());
  }

  /**
   * Adds another ageing at the same date, bucket by bucket.
   *
   * @param other the other ageing; not null, at the same date and in the same currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the dates or the currencies differ
   */
  public ReceivablesAgeing plus(ReceivablesAgeing other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.asOf.equals(asOf),
        "ageings at %s and at %s are not added: their buckets mean different dates",
        asOf,
        other.asOf);
    checkArgument(
        other.currency.equals(currency),
        "an ageing in %s never adds %s silently (DESIGN §2)",
        currency,
        other.currency);
    Map<AgeingBucket, Money> sums = new EnumMap<>(AgeingBucket.class);
    for (AgeingBucket bucket : AgeingBucket.values()) {
      sums.put(bucket, outstanding(bucket).plus(other.outstanding(bucket)));
    }
    return new ReceivablesAgeing(asOf, currency, sums);
  }
}
