package org.leadtocash.domain.architecture.compliant;

/**
 * Stands for a generated {@code Immutable*} class: package-private, as the project style makes it.
 */
final class ImmutableDraft {

  private final long amount;

  ImmutableDraft(long amount) {
    this.amount = amount;
  }

  long amount() {
    return amount;
  }
}
