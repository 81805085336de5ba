package org.leadtocash.domain.relationship;

/**
 * What a refusal by {@link RelationshipCards} may tell the employee it refuses (DOMAIN D7.8); the
 * planning module's expansion cards (D10.3), kept under the same rule, refuse the same way.
 *
 * <p>A refusal never names the card's holder, nor shows anything of the card. By default ({@link
 * #NOTHING}) it does not tell whether there is a card either: asking for a card one may not read,
 * and asking for a card that does not exist, get the same refusal, word for word — "no card you may
 * read". A host that finds existence harmless (say, so that a peer knows to ask the holder's
 * manager) opts in with {@link RelationshipCards#disclosing disclosing(EXISTENCE)}.
 */
public enum CardDisclosure {

  /** The default: a refusal tells nothing, not even whether the card exists. */
  NOTHING("nothing"),

  /**
   * The host's opt-in: a refusal tells whether a card exists (never whose it is nor what it says).
   */
  EXISTENCE("existence");

  private final String label;

  CardDisclosure(String label) {
    this.label = label;
  }

  /** {@return what a refusal tells, in words, e.g. {@code existence}; never null} */
  public String label() {
    return label;
  }
}
