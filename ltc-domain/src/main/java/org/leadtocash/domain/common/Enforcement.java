package org.leadtocash.domain.common;

/**
 * How the library enforces a {@link RuleId rule}: which exception a broken rule raises, or that the
 * rule is evaluated in a report rather than thrown.
 *
 * <p>The {@link RuleId} catalogue lists, for every rule, each way the code enforces it, and the
 * rules reference ({@code docs/rules.md}) prints them.
 */
public enum Enforcement {
  /**
   * The command does not apply in the aggregate's current state: {@link
   * IllegalTransitionException}.
   */
  ILLEGAL_TRANSITION("IllegalTransitionException", "the command does not apply in this state"),
  /** The command's inputs would break the rule: {@link RuleViolationException}. */
  RULE_VIOLATION("RuleViolationException", "the command's inputs would break the rule"),
  /** The reader may not see what was asked for: {@link AccessDeniedException}. */
  ACCESS_DENIED("AccessDeniedException", "the reader may not see it"),
  /**
   * A value that breaks the rule cannot be built: {@link IllegalArgumentException} from its factory
   * or builder, naming the rule in its message.
   */
  INVALID_VALUE("IllegalArgumentException", "a value breaking the rule cannot be built"),
  /**
   * A stored history breaking the rule is not replayed: {@link RejectedHistoryException}, naming
   * the offending event. The aggregate's lifecycle rule is enforced so when the stream itself is
   * broken (a gap, a duplicate, another aggregate's event, time going back); see {@link Replay}.
   */
  REJECTED_HISTORY(
      "RejectedHistoryException", "a stored history breaking the rule is not replayed"),
  /**
   * The rule is a criterion of a report (a KCP, gate readiness, a risk of a decision chain): the
   * report says whether it holds and why, and nothing is thrown.
   */
  REPORTED("—", "a report states whether it holds and why; nothing is thrown");

  private final String exception;
  private final String meaning;

  Enforcement(String exception, String meaning) {
    this.exception = exception;
    this.meaning = meaning;
  }

  /** {@return the simple name of the exception raised, or {@code —} for a report; never null} */
  public String exception() {
    return exception;
  }

  /** {@return what this enforcement means, in the domain's words; never null} */
  public String meaning() {
    return meaning;
  }
}
