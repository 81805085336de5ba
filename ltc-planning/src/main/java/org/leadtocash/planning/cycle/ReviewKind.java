package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;

/** The reviews of the fourth stage, implement and monitor (DOMAIN D11.10). */
public enum ReviewKind {
  /**
   * The review of one account's plan: every quarter for a most important account, every year for a
   * secondary one.
   */
  ACCOUNT_REVIEW("account review"),
  /** The yearly collective review of the unimportant accounts' progress. */
  COLLECTIVE_REVIEW("collective review of the unimportant accounts"),
  /** The report on the most important accounts' progress, every 6 months. */
  PROGRESS_REPORT("progress report on the most important accounts");

  private final String label;

  ReviewKind(String label) {
    this.label = label;
  }

  /** {@return the review in words, e.g. "account review"; never null} */
  public String label() {
    return label;
  }

  /**
   * Checks that an account review names its account and the other reviews none (DOMAIN D11.10).
   *
   * @param account the account a review or its record names
   * @throws IllegalArgumentException if it does not
   */
  void checkAccount(Optional<CustomerId> account) {
    if (this == ACCOUNT_REVIEW) {
      checkArgument(account.isPresent(), "an account review names its account (DOMAIN D11.10)");
    } else {
      checkArgument(account.isEmpty(), "the %s names no account (DOMAIN D11.10)", label);
    }
  }
}
