package org.leadtocash.domain.voice;

/** What to do with a classified customer request (DOMAIN D8.4, D5.2, D2.1). */
public enum SuggestedHandling {
  /** Deliver it under the contract: it is in scope. */
  DELIVER_UNDER_CONTRACT("deliver it under the contract"),
  /** Raise an approved contract change (D5.2) before doing it. */
  RAISE_CONTRACT_CHANGE("raise a contract change"),
  /** Treat it as new business: a lead or an opportunity of its own (D2.1). */
  NEW_OPPORTUNITY("open a new opportunity");

  private final String label;

  SuggestedHandling(String label) {
    this.label = label;
  }

  /**
   * {@return what to do, in words, for display, e.g. {@code raise a contract change}; never null}
   */
  public String label() {
    return label;
  }
}
