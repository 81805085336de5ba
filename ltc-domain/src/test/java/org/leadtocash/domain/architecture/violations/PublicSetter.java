package org.leadtocash.domain.architecture.violations;

/** Breaks the immutability rule with a public setter. */
public final class PublicSetter {

  private String name = "";

  /** Changes the name in place. */
  public void setName(String name) {
    this.name = name;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }
}
