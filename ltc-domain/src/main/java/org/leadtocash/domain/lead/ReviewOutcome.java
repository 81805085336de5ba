package org.leadtocash.domain.lead;

/** The outcomes of the weekly lead review (DOMAIN D2.5). */
public enum ReviewOutcome {
  /** The need is not real, or badly mismatched with our business scope. */
  CLOSE("close"),
  /** Hang the lead for now; it can be resumed. */
  SUSPEND("suspend"),
  /** Assign a nurturing owner and follow the nurturing path of D2.6. */
  NURTURE("nurture"),
  /** Convert it into an opportunity (needs a clear budget and a passed KCP, D2.7). */
  CONVERT("convert");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  /** {@return the review outcome in words, for display, e.g. {@code close}; never null} */
  public String label() {
    return label;
  }
}
