package org.leadtocash.domain.process;

/** The three tables of the "LTC 1-2-3-4" operating rhythm (三张表, DOMAIN D1.6). */
public enum SalesTable {
  /** The leads table (线索): every lead and where it stands (D2). */
  LEADS("leads", "线索"),
  /** The opportunities table (机会点): every opportunity and its gates (D3). */
  OPPORTUNITIES("opportunities", "机会点"),
  /** The hilltop projects table (山头项目), each with its traffic light (D3.4). */
  HILLTOP_PROJECTS("hilltop projects", "山头项目");

  private final String label;
  private final String chineseTerm;

  SalesTable(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return the table's name; never null} */
  public String label() {
    return label;
  }

  /** {@return the table's Chinese name; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }
}
