package org.leadtocash.domain.activity;

/** Who on our side owns the relationship work of a lifecycle stage (拓展责任人, DOMAIN D7.11). */
public enum PlaybookOwner {
  /** Solution expert (解决方案专家). */
  SOLUTION_EXPERT,
  /** Marketing expert (市场专家). */
  MARKETING_EXPERT,
  /** Account manager (客户经理). */
  ACCOUNT_MANAGER,
  /** Delivery manager (交付经理). */
  DELIVERY_MANAGER,
  /** Collection manager (回款经理). */
  COLLECTION_MANAGER
}
