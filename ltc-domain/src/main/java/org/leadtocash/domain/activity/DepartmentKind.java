package org.leadtocash.domain.activity;

/**
 * The customer's departments that relationship work reaches during the lifecycle (DOMAIN D7.11,
 * D7.6: coverage reaches every customer department we touch). The sources name them per stage; see
 * {@link RelationshipPlaybook#standard()}.
 */
public enum DepartmentKind {
  /** Marketing (市场部): finds the problems and raises the needs. */
  MARKETING,
  /** Planning (规划部): gathers the needs into plans. */
  PLANNING,
  /** Procurement (采购部): the hub of the purchase, "must be won". */
  PROCUREMENT,
  /** Finance (财务部): budgets, funds and payments. */
  FINANCE,
  /** Maintenance (维护部): runs what we deliver; signs off acceptance documents. */
  MAINTENANCE,
  /** Construction (建设部): owns the building of the project. */
  CONSTRUCTION,
  /** Site works (施工部): carries out the works on site. */
  SITE_WORKS,
  /** Senior management (客户高层, 相关领域的决策领导): the executives and decision-chain leaders who approve. */
  SENIOR_MANAGEMENT
}
