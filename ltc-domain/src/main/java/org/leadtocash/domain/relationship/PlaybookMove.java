package org.leadtocash.domain.relationship;

/**
 * What to do with a key person of the decision chain, given their {@link Stance} (DOMAIN D7.3): let
 * supporters act, turn neutrals into supporters, keep opponents neutral (让支持者发挥作用, 让中立者支持我们,
 * 让反对者保持中立).
 */
public enum PlaybookMove {
  /** Let them act (让支持者发挥作用): the move for a {@link Stance#SUPPORTER}. */
  ACT("let them act", "让支持者发挥作用"),
  /** Turn them into a supporter (让中立者支持我们): the move for a {@link Stance#NEUTRAL}. */
  CONVERT("turn them into a supporter", "让中立者支持我们"),
  /** Keep them neutral (让反对者保持中立): the move for an {@link Stance#OPPONENT}. */
  NEUTRALISE("keep them neutral", "让反对者保持中立");

  private final String label;
  private final String chineseTerm;

  PlaybookMove(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return the move in words, e.g. {@code keep them neutral}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' words, e.g. {@code 让反对者保持中立}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }
}
