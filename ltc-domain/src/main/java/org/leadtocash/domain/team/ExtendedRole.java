package org.leadtocash.domain.team;

/**
 * The extended project roles that join the core {@link CoreRole AR, SR and FR} in a {@link
 * ProjectTriangle project triangle} (DOMAIN D4.5): all fourteen of the sources, in their order.
 */
public enum ExtendedRole {
  /** The project sponsor (项目赞助人), under whom the project triangle is formed (D4.3). */
  PROJECT_SPONSOR("project sponsor"),
  /** The delivery project manager (交付项目经理). */
  DELIVERY_PROJECT_MANAGER("delivery project manager"),
  /** The project procurement owner (项目采购责任人). */
  PROJECT_PROCUREMENT_OWNER("project procurement owner"),
  /** The contract owner (合同责任人). */
  CONTRACT_OWNER("contract owner"),
  /** The product owner (产品责任人). */
  PRODUCT_OWNER("product owner"),
  /** The transaction coordinator (交易协调人). */
  TRANSACTION_COORDINATOR("transaction coordinator"),
  /** The chief negotiator (主谈判人). */
  CHIEF_NEGOTIATOR("chief negotiator"),
  /** The commercial owner (商务责任人). */
  COMMERCIAL_OWNER("commercial owner"),
  /** The financing owner (融资责任人). */
  FINANCING_OWNER("financing owner"),
  /** The service solution owner (服务解决方案责任人). */
  SERVICE_SOLUTION_OWNER("service solution owner"),
  /** The project financial controller (项目财务控制人). */
  PROJECT_FINANCIAL_CONTROLLER("project financial controller"),
  /** The business financial controller (业务财务控制人). */
  BUSINESS_FINANCIAL_CONTROLLER("business financial controller"),
  /** The supply owner (供应责任人). */
  SUPPLY_OWNER("supply owner"),
  /** The bid owner (投标责任人). */
  BID_OWNER("bid owner");

  private final String label;

  ExtendedRole(String label) {
    this.label = label;
  }

  /** {@return the role's name in the domain's words, e.g. {@code chief negotiator}; never null} */
  public String label() {
    return label;
  }
}
