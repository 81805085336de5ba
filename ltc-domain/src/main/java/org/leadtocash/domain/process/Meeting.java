package org.leadtocash.domain.process;

/** The two meetings of the "LTC 1-2-3-4" operating rhythm (两个运作, DOMAIN D1.6). */
public enum Meeting {
  /** The sales project management meeting (销售项目管理例会). */
  SALES_PROJECT_MANAGEMENT("sales project management meeting", "销售项目管理例会"),
  /** The sales business meeting (销售业务例会). */
  SALES_BUSINESS("sales business meeting", "销售业务例会");

  private final String label;
  private final String chineseTerm;

  Meeting(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return the meeting's name; never null} */
  public String label() {
    return label;
  }

  /** {@return the meeting's Chinese name; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }
}
