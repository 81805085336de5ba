package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The ageing of a receivable by its days overdue (DOMAIN D5.3): not overdue, 1–30, 31–60, 61–90 or
 * more than 90 days.
 */
public enum AgeingBucket {
  /** Not overdue: not yet due, or settled. */
  CURRENT(0, 0, "current"),
  /** 1 to 30 days overdue. */
  DAYS_1_30(1, 30, "1–30 days overdue"),
  /** 31 to 60 days overdue. */
  DAYS_31_60(31, 60, "31–60 days overdue"),
  /** 61 to 90 days overdue. */
  DAYS_61_90(61, 90, "61–90 days overdue"),
  /** More than 90 days overdue. */
  OVER_90(91, Long.MAX_VALUE, "over 90 days overdue");

  private final long fromDays;
  private final long toDays;

  private final String label;

  AgeingBucket(long fromDays, long toDays, String label) {
    this.label = label;
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  /** {@return the ageing bucket in words, for display, e.g. {@code current}; never null} */
  public String label() {
    return label;
  }

  /** {@return the fewest days overdue in this bucket} */
  public long fromDays() {
    return fromDays;
  }

  /** {@return the most days overdue in this bucket ({@link Long#MAX_VALUE} for the last)} */
  public long toDays() {
    return toDays;
  }

  /**
   * Returns the bucket of a number of days overdue.
   *
   * @param daysOverdue days past the due date, 0 if not overdue; not negative
   * @return the bucket, never null
   * @throws IllegalArgumentException if {@code daysOverdue} is negative
   */
  public static AgeingBucket of(long daysOverdue) {
    checkArgument(daysOverdue >= 0, "days overdue are not negative, not %s", daysOverdue);
    for (AgeingBucket bucket : values()) {
      if (daysOverdue <= bucket.toDays) {
        return bucket;
      }
    }
    throw new AssertionError(daysOverdue);
  }
}
