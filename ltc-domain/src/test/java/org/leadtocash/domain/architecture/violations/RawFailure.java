package org.leadtocash.domain.architecture.violations;

/** Breaks the no-generic-exception rule: {@code throw new RuntimeException(...)}. */
public final class RawFailure {

  /** Always fails, without a rule id. */
  public void fail(String reason) {
    throw new RuntimeException(reason);
  }
}
