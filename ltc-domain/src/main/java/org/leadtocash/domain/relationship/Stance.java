package org.leadtocash.domain.relationship;

/**
 * A key person's stance towards us (DOMAIN D7.3): supporter, neutral or opponent, each with its
 * {@link #move() playbook move}. A person whose stance is not recorded yet has no move: the first
 * step is to find out.
 */
public enum Stance {
  /** Supporter (支持者): let them act. */
  SUPPORTER("supporter", "支持者", PlaybookMove.ACT),
  /** Neutral (中立者): turn them into a supporter. */
  NEUTRAL("neutral", "中立者", PlaybookMove.CONVERT),
  /** Opponent (反对者): keep them neutral. */
  OPPONENT("opponent", "反对者", PlaybookMove.NEUTRALISE);

  private final String label;
  private final String chineseTerm;
  private final PlaybookMove move;

  Stance(String label, String chineseTerm, PlaybookMove move) {
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.move = move;
  }

  /** {@return the stance in words, e.g. {@code supporter}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 支持者}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return the playbook move for a person with this stance (D7.3); never null} */
  public PlaybookMove move() {
    return move;
  }
}
