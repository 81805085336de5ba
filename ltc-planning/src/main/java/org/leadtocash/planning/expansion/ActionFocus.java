package org.leadtocash.planning.expansion;

/**
 * What an action of a key-relationship plan works on, the four parts of the action plan of DOMAIN
 * D10.2, in its order.
 */
public enum ActionFocus {
  /** The information flow: what we learn from and pass to the person, and through whom. */
  INFORMATION_FLOW("information flow"),
  /** The relationship targets: raising a person towards their target level. */
  TARGETS("targets"),
  /** The decision chain: mapping or influencing who decides and who sways them. */
  DECISION_CHAIN("decision chain"),
  /** The path of approach: how we reach the person (D7.10). */
  PATH_OF_APPROACH("path of approach");

  private final String label;

  ActionFocus(String label) {
    this.label = label;
  }

  /** {@return the focus in words, e.g. "path of approach"; never null} */
  public String label() {
    return label;
  }
}
