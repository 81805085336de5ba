package org.leadtocash.domain.opportunity;

/** The traffic light of a hilltop project, watched weekly (DOMAIN D3.4, D1.6). */
public enum TrafficLight {
  /** In trouble: needs management action now. */
  RED("red"),
  /** At risk: watch closely. */
  YELLOW("yellow"),
  /** On track. */
  GREEN("green");

  private final String label;

  TrafficLight(String label) {
    this.label = label;
  }

  /** {@return the traffic light in words, for display, e.g. {@code red}; never null} */
  public String label() {
    return label;
  }
}
