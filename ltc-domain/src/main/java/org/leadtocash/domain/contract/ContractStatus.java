package org.leadtocash.domain.contract;

import java.util.Objects;

/**
 * Where a contract is in its lifecycle, in order (DOMAIN D5.1): drafted → signed (only after ATC) →
 * registered (合同注册) → handed over to delivery (合同交接) → executing → accepted by the customer (验收) →
 * closed.
 */
public enum ContractStatus {
  /** Drafted with its value, clauses and payment milestones; risks are reviewed and accepted. */
  DRAFTED("drafted"),
  /** Signed after an approved ATC decision, with every flagged risk accepted (D5.1, D5.4). */
  SIGNED("signed"),
  /** Registered (合同注册): the delivery project is triggered; invoicing may start (D5.1, D5.3). */
  REGISTERED("registered"),
  /** Handed over from pre-sale to post-sale (合同交接) with its fulfilment plan (D5.1). */
  HANDED_OVER("handed over to delivery"),
  /** Being delivered. */
  EXECUTING("executing"),
  /** Accepted by the customer (验收). */
  ACCEPTED("accepted by the customer"),
  /** Closed: accepted, fully invoiced and every invoice settled; accepts no further command. */
  CLOSED("closed");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  /** {@return the contract status in words, for display, e.g. {@code drafted}; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns whether this status is the same as or later than another in the lifecycle.
   *
   * @param other the status to compare with; not null
   * @return {@code true} if the contract has reached {@code other}
   */
  public boolean isAtLeast(ContractStatus other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }

  /**
   * Returns whether invoices are issued, confirmed and paid in this status: from registration until
   * the contract is closed (DOMAIN D5.3).
   *
   * @return {@code true} from {@link #REGISTERED} to {@link #ACCEPTED}
   */
  public boolean isInvoicing() {
    return isAtLeast(REGISTERED) && this != CLOSED;
  }

  /**
   * Returns whether the contract may be changed in this status: from signature until it is closed
   * (DOMAIN D5.2).
   *
   * @return {@code true} from {@link #SIGNED} to {@link #ACCEPTED}
   */
  public boolean isChangeable() {
    return isAtLeast(SIGNED) && this != CLOSED;
  }
}
