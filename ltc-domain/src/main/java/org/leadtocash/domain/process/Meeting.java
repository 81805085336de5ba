package org.leadtocash.domain.process;

/** The two meetings of the "LTC 1-2-3-4" operating rhythm (两个运作, DOMAIN D1.6). */
public enum Meeting {
  /** The sales project management meeting (销售项目管理例会). */
  SALES_PROJECT_MANAGEMENT("sales project management meeting", "销售项目管理例会"),
  /** The sales business meeting (销售业务例会). */
  SALES_BUSINESS("sales business meeting", "销售业务例会");

  private final String text;
  private final String chinese;

  Meeting(String text, String chinese) {
    this.text = text;
    this.chinese = chinese;
  }

  /** {@return the meeting's name; never null} */
  public String text() {
    return text;
  }

  /** {@return the meeting's Chinese name; never null} */
  public String chinese() {
    return chinese;
  }
}
