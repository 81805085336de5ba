package org.leadtocash.domain.relationship;

/**
 * The kinds of customer department that relationship work reaches across the lifecycle (DOMAIN
 * D7.6, D7.11).
 */
public enum DepartmentKind {
  /** Marketing (市场部): finds the problems and raises the needs. */
  MARKETING("marketing"),
  /** Planning (规划部): collects and consolidates the needs. */
  PLANNING("planning"),
  /** Procurement (采购部): the hub of the purchase, a must-win. */
  PROCUREMENT("procurement"),
  /** Finance (财务部): budgets, invoices and payments. */
  FINANCE("finance"),
  /** Maintenance (维护部): runs what we delivered. */
  MAINTENANCE("maintenance"),
  /** Construction (建设部/工程部): builds and accepts the project. */
  CONSTRUCTION("construction"),
  /** Any other department we touch. */
  OTHER("other");

  private final String label;

  DepartmentKind(String label) {
    this.label = label;
  }

  /** Returns the kind's name in words; never null. */
  public String label() {
    return label;
  }
}
