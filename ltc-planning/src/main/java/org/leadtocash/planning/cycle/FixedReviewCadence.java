package org.leadtocash.planning.cycle;

import java.time.Period;
import java.util.Objects;

/** A {@link ReviewCadence} of four fixed intervals (DOMAIN D11.10). */
record FixedReviewCadence(
    Period mostImportant, Period secondary, Period collective, Period progress)
    implements ReviewCadence {

  static final FixedReviewCadence STANDARD =
      new FixedReviewCadence(
          AccountImportance.MOST_IMPORTANT.reviewInterval(),
          AccountImportance.SECONDARY.reviewInterval(),
          AccountImportance.UNIMPORTANT.reviewInterval(),
          Period.ofMonths(6));

  /**
   * Checks that every interval is positive.
   *
   * @param mostImportant how often a most important account is reviewed
   * @param secondary how often a secondary account is reviewed
   * @param collective how often the unimportant accounts are reviewed together
   * @param progress how often the progress is reported
   */
  FixedReviewCadence {
    positive(mostImportant, "the review of a most important account");
    positive(secondary, "the review of a secondary account");
    positive(collective, "the collective review of the unimportant accounts");
    positive(progress, "the progress report on the most important accounts");
  }

  private static void positive(Period interval, String what) {
    Objects.requireNonNull(interval, what);
    if (interval.isZero()
        || interval.getYears() < 0
        || interval.getMonths() < 0
        || interval.getDays() < 0) {
      throw new IllegalArgumentException(
          what + " falls due at a positive interval, not " + interval + " (DOMAIN D11.10)");
    }
  }

  @Override
  public Period accountReview(AccountImportance importance) {
    return switch (Objects.requireNonNull(importance, "importance")) {
      case MOST_IMPORTANT -> mostImportant;
      case SECONDARY -> secondary;
      case UNIMPORTANT ->
          throw new IllegalArgumentException(
              "the unimportant accounts are reviewed together, in the collective review, not one"
                  + " by one (DOMAIN D11.10)");
    };
  }

  @Override
  public Period collectiveReview() {
    return collective;
  }

  @Override
  public Period progressReport() {
    return progress;
  }
}
