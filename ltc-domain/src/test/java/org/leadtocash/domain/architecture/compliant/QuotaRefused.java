package org.leadtocash.domain.architecture.compliant;

import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.RuleId;

/** A library exception in the {@code DomainException} family; its {@code super} call is fine. */
public final class QuotaRefused extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public QuotaRefused(String reason) {
    super("Quota Q-1", "OPEN", "raise", RuleId.of("D9.1"), reason);
  }

  /** Refuses a raise beyond the quota, as a rule would. */
  public static long raise(long quota, long raise) {
    if (raise > quota) {
      throw new QuotaRefused("a raise beyond the quota is refused");
    }
    return quota - raise;
  }
}
