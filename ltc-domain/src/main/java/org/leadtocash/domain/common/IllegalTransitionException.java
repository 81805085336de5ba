package org.leadtocash.domain.common;

/**
 * Thrown when a command is not allowed in the aggregate's current lifecycle state: a converted lead
 * asked to nurture, a contract asked to close before acceptance, a gate decided out of order.
 */
public final class IllegalTransitionException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link DomainException#DomainException} for the parameters.
   *
   * @param aggregate the aggregate's kind and id; not null
   * @param state the state it was in; not null
   * @param command the refused command; not null
   * @param rule the rule; not null
   * @param reason what was wrong; not null
   */
  public IllegalTransitionException(
      String aggregate, String state, String command, RuleId rule, String reason) {
    super(aggregate, state, command, rule, reason);
  }
}
