package org.leadtocash.domain.opportunity;

/**
 * The three key decision points (KDP) of an opportunity, in the order they are passed
 * (DOMAIN D3.2, D1.4).
 */
public enum Gate {
  /**
   * Approve to initiate the sales project (立项决策), after the opportunity is verified; delivery
   * takes part in the verification.
   */
  ATI("approve to initiate"),
  /**
   * Approve to bid (投标决策), supported by an integrated project plan and budget estimate (概算)
   * prepared with supply, procurement, service delivery and finance.
   */
  ATB("approve to bid"),
  /** Approve to contract (签约决策), supported by a refreshed plan and estimate. */
  ATC("approve to contract");

  private final String meaning;

  Gate(String meaning) {
    this.meaning = meaning;
  }

  /** Returns what the gate approves, e.g. {@code approve to bid}; never null. */
  public String meaning() {
    return meaning;
  }
}
