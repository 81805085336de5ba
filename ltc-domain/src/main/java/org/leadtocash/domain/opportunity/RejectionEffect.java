package org.leadtocash.domain.opportunity;

/**
 * What a rejected gate does to the opportunity, per the host's policy (DOMAIN D3.2): it ends or
 * returns the opportunity.
 */
public enum RejectionEffect {
  /** The opportunity ends: we abandon it. */
  END("end the opportunity"),
  /**
   * The opportunity returns to rework: to {@link SalesPhase#VERIFY} after ATI, {@link
   * SalesPhase#DEVELOP_SOLUTION} after ATB, {@link SalesPhase#NEGOTIATE} after ATC; the gate can be
   * decided again.
   */
  RETURN("return it for rework");

  private final String label;

  RejectionEffect(String label) {
    this.label = label;
  }

  /**
   * {@return the rejection effect in words, for display, e.g. {@code end the opportunity}; never
   * null}
   */
  public String label() {
    return label;
  }
}
