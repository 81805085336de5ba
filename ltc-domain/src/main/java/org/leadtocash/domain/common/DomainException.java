package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * The root of the domain's exceptions: a command that would break a business rule throws one.
 *
 * <p>The exception names the aggregate it was sent to, the state that aggregate was in, the command
 * that was refused and the DOMAIN rule that refused it, and its message reads as one sentence:
 * {@code Lead LD-7 (CONVERTED) refused 'suspend': a converted or closed lead accepts no further
 * commands [DOMAIN D2.7]}. The aggregate is left unchanged: commands return a new state and never
 * modify the old one.
 *
 * <p>Every text part is the single escaping point of the library's refusals: a control character or
 * line separator that came from input (an id, a note, a name) is shown escaped ({@code \n}), never
 * raw, in the message and in the accessors, so that no refusal can forge a log line (DESIGN §2).
 *
 * <p>Caller mistakes that are not business rules (a null argument, a negative amount where none can
 * be) fail fast with {@link NullPointerException} or {@link IllegalArgumentException} instead.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The aggregate's kind and id. */
  private final String aggregate;

  /** The state the aggregate was in. */
  private final String state;

  /** The refused command. */
  private final String command;

  /** The rule that refused it. */
  private final RuleId rule;

  /** What was wrong, in the domain's words. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param aggregate the aggregate's kind and id, e.g. {@code Lead LD-7}; not null
   * @param state the state the aggregate was in; not null
   * @param command the refused command; not null
   * @param rule the rule that refused it; not null
   * @param reason what was wrong, in the domain's words; not null
   */
  protected DomainException(
      String aggregate, String state, String command, RuleId rule, String reason) {
    super(message(aggregate, state, command, rule, reason));
    this.aggregate = Escaping.escaped(aggregate);
    this.state = Escaping.escaped(state);
    this.command = Escaping.escaped(command);
    this.rule = rule;
    this.reason = Escaping.escaped(reason);
  }

  /** Builds the message from the escaped parts. */
  private static String message(
      String aggregate, String state, String command, RuleId rule, String reason) {
    return Escaping.escaped(Objects.requireNonNull(aggregate, "aggregate"))
        + " ("
        + Escaping.escaped(Objects.requireNonNull(state, "state"))
        + ") refused '"
        + Escaping.escaped(Objects.requireNonNull(command, "command"))
        + "': "
        + Escaping.escaped(Objects.requireNonNull(reason, "reason"))
        + " ["
        + Objects.requireNonNull(rule, "rule")
        + "]";
  }

  /**
   * Returns the message: aggregate, state, command, reason and {@code [DOMAIN rule]}.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage(), "a domain exception always has a message");
  }

  /** {@return the aggregate's kind and id, e.g. {@code Lead LD-7}; never null} */
  public String aggregate() {
    return aggregate;
  }

  /** {@return the state the aggregate was in when it refused the command; never null} */
  public String state() {
    return state;
  }

  /** {@return the refused command; never null} */
  public String command() {
    return command;
  }

  /** {@return the DOMAIN rule that refused the command; never null} */
  public RuleId rule() {
    return rule;
  }

  /** {@return what was wrong, without the aggregate, state, command and rule; never null} */
  public String reason() {
    return reason;
  }
}
