package org.leadtocash.domain.common;

/**
 * Thrown when a command is allowed in the current state but its inputs would break a business rule:
 * converting a lead without a budget, collecting more than was invoiced, passing ATI without an
 * iron triangle.
 */
public final class RuleViolationException extends DomainException {

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
  public RuleViolationException(
      String aggregate, String state, String command, RuleId rule, String reason) {
    super(aggregate, state, command, rule, reason);
  }
}
