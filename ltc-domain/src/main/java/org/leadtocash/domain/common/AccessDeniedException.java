package org.leadtocash.domain.common;

/**
 * Thrown when someone asks to read or change what the business-relevance and minimum-contact
 * principles keep from them (DOMAIN D7.8): a relationship card read by a peer of its owner, for
 * example. The message names what was asked for, by whom, and the rule; it never carries the
 * protected content.
 */
public final class AccessDeniedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link DomainException#DomainException} for the parameters.
   *
   * @param aggregate what was asked for, its kind and id, e.g. {@code RelationshipCard P-7}; not
   *     null
   * @param state whose it is, e.g. {@code owned by E-ZHANG}; not null
   * @param command what was asked, e.g. {@code read by E-LI}; not null
   * @param rule the rule; not null
   * @param reason why it is refused; not null
   */
  public AccessDeniedException(
      String aggregate, String state, String command, RuleId rule, String reason) {
    super(aggregate, state, command, rule, reason);
  }
}
