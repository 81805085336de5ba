package org.leadtocash.domain.process;

/**
 * The four things watched in the "LTC 1-2-3-4" operating rhythm (四项看护, DOMAIN D1.6); D12 rolls the
 * dashboard up from representative office to region to area.
 */
public enum Watch {
  /** Sales management health (销售管理健康度). */
  SALES_MANAGEMENT_HEALTH("sales management health", "销售管理健康度"),
  /** KPI progress and gap (业绩KPI进展和差距). */
  KPI_PROGRESS_AND_GAP("KPI progress and gap", "业绩KPI进展和差距"),
  /** Hilltop-project traffic lights (山头项目亮灯), red, yellow or green (D3.4). */
  HILLTOP_TRAFFIC_LIGHTS("hilltop-project traffic lights", "山头项目亮灯"),
  /** Risks and open legacy issues (风险及遗留问题跟踪). */
  RISKS_AND_LEGACY_ISSUES("risks and open legacy issues", "风险及遗留问题跟踪");

  private final String label;
  private final String chineseTerm;

  Watch(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return what is watched; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. the Chinese name; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }
}
