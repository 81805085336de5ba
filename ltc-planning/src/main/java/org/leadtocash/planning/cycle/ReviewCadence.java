package org.leadtocash.planning.cycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How often the reviews of a {@link PlanningCycle}'s fourth stage, implement and monitor, fall due
 * (DOMAIN D11.10): the account review of a most important and of a secondary account, the
 * collective review of the unimportant accounts, and the progress report on the most important
 * accounts.
 *
 * <p>{@link #standard()} is the source's cadence — a most important account every quarter, a
 * secondary account every year, the unimportant accounts together every year, the progress report
 * every 6 months; a host whose company reviews at another rhythm passes its own, made with {@link
 * #of(Period, Period, Period, Period)}, to {@link PlanningCycle#reviewsDue(LocalDate,
 * ReviewCadence)}.
 */
public interface ReviewCadence {

  /**
   * Returns how often one account of a tier is reviewed on its own.
   *
   * @param importance the account's tier, most important or secondary; not null
   * @return the interval, always positive; never null
   * @throws IllegalArgumentException for {@link AccountImportance#UNIMPORTANT}, whose accounts are
   *     reviewed together ({@link #collectiveReview()})
   */
  Period accountReview(AccountImportance importance);

  /** {@return how often the unimportant accounts are reviewed together; positive, never null} */
  Period collectiveReview();

  /**
   * {@return how often the progress on the most important accounts is reported; positive, never
   * null}
   */
  Period progressReport();

  /**
   * {@return the source's cadence (DOMAIN D11.10): 3 months for a most important account, 1 year
   * for a secondary account and for the collective review, 6 months for the progress report; never
   * null}
   */
  static ReviewCadence standard() {
    return FixedReviewCadence.STANDARD;
  }

  /**
   * Returns a host's cadence.
   *
   * @param mostImportant how often a most important account is reviewed; not null, positive
   * @param secondary how often a secondary account is reviewed; not null, positive
   * @param collective how often the unimportant accounts are reviewed together; not null, positive
   * @param progress how often the progress on the most important accounts is reported; not null,
   *     positive
   * @return the cadence, never null
   * @throws IllegalArgumentException if an interval is zero or has a negative part (DOMAIN D11.10)
   */
  static ReviewCadence of(
      Period mostImportant, Period secondary, Period collective, Period progress) {
    Objects.requireNonNull(mostImportant, "mostImportant");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(collective, "collective");
    Objects.requireNonNull(progress, "progress");
    return new FixedReviewCadence(mostImportant, secondary, collective, progress);
  }
}
