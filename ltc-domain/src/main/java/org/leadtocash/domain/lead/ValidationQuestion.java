package org.leadtocash.domain.lead;

/** The three questions of the lead validation KCP (DOMAIN D2.5). */
public enum ValidationQuestion {
  /** Q1: is it a lead? The KCP passes only if every Q1 criterion passes. */
  IS_IT_A_LEAD("Q1", "Is it a lead?"),
  /** Q2: how far is it from us? Sets the lead's priority and the choice to nurture or convert. */
  HOW_FAR_FROM_US("Q2", "How far is it from us?"),
  /** Q3: can we win? Sets the lead's priority and the choice to nurture or convert. */
  CAN_WE_WIN("Q3", "Can we win?");

  private final String label;
  private final String text;

  ValidationQuestion(String label, String text) {
    this.label = label;
    this.text = text;
  }

  /** {@return {@code Q1}, {@code Q2} or {@code Q3}; never null} */
  public String label() {
    return label;
  }

  /** {@return the question as asked, e.g. {@code Can we win?}; never null} */
  public String text() {
    return text;
  }
}
