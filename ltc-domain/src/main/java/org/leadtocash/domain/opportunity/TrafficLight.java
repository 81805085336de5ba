package org.leadtocash.domain.opportunity;

/** The traffic light of a hilltop project, watched weekly (DOMAIN D3.4, D1.6). */
public enum TrafficLight {
  /** In trouble: needs management action now. */
  RED,
  /** At risk: watch closely. */
  YELLOW,
  /** On track. */
  GREEN
}
