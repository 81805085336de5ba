package org.leadtocash.domain.process;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Huawei's fifteen L1 processes, into which every activity of the company falls (DOMAIN D1.5), in
 * their usual order, each with its {@link ProcessKind kind}. Lead to Cash is {@link #LTC}; its
 * catalogue is {@link LtcCatalogue#standard()}.
 */
public enum HuaweiProcess {
  /** Integrated product development (集成产品开发), from customer need to product launch. */
  IPD("integrated product development", "集成产品开发", ProcessKind.OPERATING),
  /** Market to lead (从市场到线索). */
  MTL("market to lead", "从市场到线索", ProcessKind.OPERATING),
  /** Lead to cash (从线索到回款). */
  LTC("lead to cash", "从线索到回款", ProcessKind.OPERATING),
  /** Issue to resolution (从问题到解决). */
  ITR("issue to resolution", "从问题到解决", ProcessKind.OPERATING),
  /** Develop strategy to execute (开发战略到执行). */
  DSTE("develop strategy to execute", "开发战略到执行", ProcessKind.ENABLING),
  /** Manage client relationships (管理客户关系). */
  MCR("manage client relationships", "管理客户关系", ProcessKind.ENABLING),
  /** Service delivery (服务交付). */
  SERVICE_DELIVERY("service delivery", "服务交付", ProcessKind.ENABLING),
  /** Supply chain (供应链). */
  SUPPLY_CHAIN("supply chain", "供应链", ProcessKind.ENABLING),
  /** Procurement (采购). */
  PROCUREMENT("procurement", "采购", ProcessKind.ENABLING),
  /** Manage partners (管理合作伙伴). */
  MANAGE_PARTNERS("manage partners", "管理合作伙伴", ProcessKind.ENABLING),
  /** Manage capital operations (管理资本运作). */
  MANAGE_CAPITAL_OPERATIONS("manage capital operations", "管理资本运作", ProcessKind.ENABLING),
  /** Manage human resources (管理人力资源). */
  HR("manage human resources", "管理人力资源", ProcessKind.SUPPORTING),
  /** Manage finance (管理财经). */
  FINANCE("manage finance", "管理财经", ProcessKind.SUPPORTING),
  /** Manage business transformation and IT (管理业务变革与IT). */
  BUSINESS_TRANSFORMATION_AND_IT(
      "manage business transformation and IT", "管理业务变革与IT", ProcessKind.SUPPORTING),
  /** Manage business support (管理业务支持). */
  BUSINESS_SUPPORT("manage business support", "管理业务支持", ProcessKind.SUPPORTING);

  private final String label;
  private final String chineseTerm;
  private final ProcessKind kind;

  HuaweiProcess(String label, String chineseTerm, ProcessKind kind) {
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.kind = kind;
  }

  /**
   * Returns all fifteen L1 processes, in order.
   *
   * @return the processes, never null
   */
  public static List<HuaweiProcess> all() {
    return List.of(values());
  }

  /**
   * Returns the L1 processes of one kind, in order.
   *
   * @param kind the kind; not null
   * @return the processes of that kind, never null
   */
  public static List<HuaweiProcess> ofKind(ProcessKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Arrays.stream(values()).filter(p -> p.kind == kind).toList();
  }

  /** {@return the process's name, e.g. {@code market to lead}; never null} */
  public String label() {
    return label;
  }

  /** {@return the process's Chinese name, e.g. {@code 从市场到线索}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return whether it is an operating, enabling or supporting process; never null} */
  public ProcessKind kind() {
    return kind;
  }

  /** {@return the process's level: every one of them is an L1 process category} */
  public ProcessLevel level() {
    return ProcessLevel.L1;
  }
}
