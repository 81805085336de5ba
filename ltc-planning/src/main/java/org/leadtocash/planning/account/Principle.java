package org.leadtocash.planning.account;

/** The ten principles of key-account management (DOMAIN D11.1), in the order of DOMAIN. */
public enum Principle implements AccountPrinciple {
  /** Know the customer better than the customer knows itself. */
  KNOW_THE_CUSTOMER("know the customer better than they do"),
  /** Lead the customer, don't follow it. */
  LEAD("lead, don't follow"),
  /** Account management is relationship management. */
  RELATIONSHIPS("account management is relationship management"),
  /** Solve the customer's real problems. */
  REAL_PROBLEMS("solve real problems"),
  /** Act before the customer asks. */
  PROACTIVE("be proactive"),
  /** Arm yourself with financial numbers. */
  FINANCIAL_NUMBERS("arm yourself with financial numbers"),
  /** The process matters as well as the results. */
  PROCESS("process matters as well as results"),
  /** Spread what works. */
  SPREAD("spread what works"),
  /** Borrow from others. */
  BORROW("borrow from others"),
  /** Work as a cross-functional, cross-regional team. */
  TEAM("cross-functional, cross-regional team");

  private final String label;

  Principle(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public int number() {
    return ordinal() + 1;
  }
}
