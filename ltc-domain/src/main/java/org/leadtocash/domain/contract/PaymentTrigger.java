package org.leadtocash.domain.contract;

import java.util.Objects;

/**
 * What makes a payment milestone invoiceable (DOMAIN D5.3): the signature (an advance payment),
 * delivery, or the customer's acceptance.
 */
public enum PaymentTrigger {
  /** An advance payment, invoiceable once the contract is signed (and registered). */
  ON_SIGNATURE(ContractStatus.SIGNED, "on signature"),
  /** Payment on delivery, invoiceable once the contract is executing. */
  ON_DELIVERY(ContractStatus.EXECUTING, "on delivery"),
  /** Payment on acceptance (验收), invoiceable once the customer has accepted. */
  ON_ACCEPTANCE(ContractStatus.ACCEPTED, "on acceptance");

  private final ContractStatus from;

  private final String label;

  PaymentTrigger(ContractStatus from, String label) {
    this.label = label;
    this.from = from;
  }

  /** {@return the payment trigger in words, for display, e.g. {@code on signature}; never null} */
  public String label() {
    return label;
  }

  /** {@return the contract status from which the trigger has happened; never null} */
  public ContractStatus from() {
    return from;
  }

  /**
   * Returns whether the trigger has happened for a contract in the given status.
   *
   * @param status the contract's status; not null
   * @return {@code true} if the contract has reached {@link #from()}
   */
  public boolean hasHappened(ContractStatus status) {
    return Objects.requireNonNull(status, "status").isAtLeast(from);
  }
}
