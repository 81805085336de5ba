package org.leadtocash.domain.architecture.violations;

/** Breaks the Immutables rule: an {@code Immutable*} class that is public. */
public final class ImmutableQuote {

  /** Returns the quote's amount. */
  public long amount() {
    return 1L;
  }
}
