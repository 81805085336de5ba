package org.leadtocash.domain.customer;

/**
 * The kinds of customer department that our relationship work reaches across the lifecycle (DOMAIN
 * D7.6: general relationships cover every customer department we touch; D7.11: each lifecycle stage
 * names the departments to reach).
 */
public enum DepartmentKind {
  /** Marketing (市场部): finds the problems and raises the needs. */
  MARKETING("marketing"),
  /** Planning (规划部): gathers the needs into plans. */
  PLANNING("planning"),
  /** Procurement (采购部): the hub of the purchase, a must-win. */
  PROCUREMENT("procurement"),
  /** Finance (财务部): budgets, funds, invoices and payments. */
  FINANCE("finance"),
  /** Maintenance (维护部): runs what we deliver; signs off acceptance documents. */
  MAINTENANCE("maintenance"),
  /** Construction (建设部/工程部): owns the building of the project and accepts it. */
  CONSTRUCTION("construction"),
  /** Site works (施工部): carries out the works on site. */
  SITE_WORKS("site works"),
  /** Senior management (客户高层, 相关领域的决策领导): the executives and decision-chain leaders who approve. */
  SENIOR_MANAGEMENT("senior management"),
  /** Any other department we touch. */
  OTHER("other");

  private final String label;

  DepartmentKind(String label) {
    this.label = label;
  }

  /** {@return the kind's name in words; never null} */
  public String label() {
    return label;
  }
}
