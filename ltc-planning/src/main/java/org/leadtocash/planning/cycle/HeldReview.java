package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;

/**
 * A review held while the plans are implemented and monitored (DOMAIN D11.10).
 *
 * @param kind the review; not null
 * @param account the account reviewed, for an {@link ReviewKind#ACCOUNT_REVIEW account review}
 *     only; not null
 * @param heldAt when it was held; not null
 */
public record HeldReview(ReviewKind kind, Optional<CustomerId> account, Instant heldAt) {

  /**
   * Checks that an account review names its account, and the others none.
   *
   * @param kind the review; not null
   * @param account the account, present exactly for an account review; not null
   * @param heldAt when; not null
   * @throws IllegalArgumentException if an account review names no account, or another review names
   *     one
   */
  public HeldReview {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(heldAt, "heldAt");
    kind.checkAccount(account);
  }
}
