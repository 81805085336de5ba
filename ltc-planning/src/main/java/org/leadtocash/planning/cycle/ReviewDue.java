package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;

/**
 * One review the cadence of DOMAIN D11.10 calls for, with the date it is due and whether it was
 * held; see {@link PlanningCycle#reviewsDue(LocalDate)}.
 *
 * @param kind the review; not null
 * @param account the account, for an {@link ReviewKind#ACCOUNT_REVIEW account review} only; not
 *     null
 * @param dueOn the date it is due; not null
 * @param status held, open or overdue; not null
 * @param heldAt when the review that counts for it was held, present exactly when held; not null
 */
public record ReviewDue(
    ReviewKind kind,
    Optional<CustomerId> account,
    LocalDate dueOn,
    ReviewStatus status,
    Optional<Instant> heldAt) {

  /**
   * Checks the parts against each other.
   *
   * @param kind the review; not null
   * @param account the account, present exactly for an account review; not null
   * @param dueOn the date it is due; not null
   * @param status held, open or overdue; not null
   * @param heldAt when it was held, present exactly when held; not null
   * @throws IllegalArgumentException if the account or the held instant does not match the kind or
   *     the status
   */
  public ReviewDue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(heldAt, "heldAt");
    kind.checkAccount(account);
    checkArgument(
        heldAt.isPresent() == (status == ReviewStatus.HELD),
        "a review due has the instant it was held exactly when it is held (DOMAIN D11.10)");
  }

  /** {@return whether its due date has passed without it being held} */
  public boolean isOverdue() {
    return status == ReviewStatus.OVERDUE;
  }

  /**
   * {@return the review in words, e.g. "account review of C-7 due 2027-04-01: overdue"; never null}
   */
  public String explanation() {
    return kind.label()
        + account.map(a -> " of " + a).orElse("")
        + " due "
        + dueOn
        + ": "
        + status.label()
        + heldAt.map(h -> " at " + h).orElse("");
  }
}
