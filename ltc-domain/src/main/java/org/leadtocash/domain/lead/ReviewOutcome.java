package org.leadtocash.domain.lead;

/** The outcomes of the weekly lead review (DOMAIN D2.5). */
public enum ReviewOutcome {
  /** The need is not real, or badly mismatched with our business scope. */
  CLOSE,
  /** Hang the lead for now; it can be resumed. */
  SUSPEND,
  /** Assign a nurturing owner and follow the nurturing path of D2.6. */
  NURTURE,
  /** Convert it into an opportunity (needs a clear budget and a passed KCP, D2.7). */
  CONVERT
}
