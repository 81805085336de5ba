package org.leadtocash.planning.expansion;

/**
 * The kinds of channel between a senior sponsor and a key person (DOMAIN D10.3), in the order of
 * DOMAIN: visits and exhibitions first.
 */
public enum ChannelKind {
  /** Visits and exhibitions: the key person visits us, our sites, our exhibitions. */
  VISITS_AND_EXHIBITIONS("visits and exhibitions"),
  /** Regular mutual visits between the sponsor and the key person. */
  MUTUAL_VISITS("regular mutual visits"),
  /** Key dates in the key person's year (D6.8). */
  KEY_DATES("key dates"),
  /** Key events in the key person's career, such as a promotion or a transfer. */
  KEY_EVENTS("key events");

  private final String label;

  ChannelKind(String label) {
    this.label = label;
  }

  /** {@return the kind in words, e.g. "regular mutual visits"; never null} */
  public String label() {
    return label;
  }
}
