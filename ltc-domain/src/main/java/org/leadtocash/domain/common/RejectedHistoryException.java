package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Thrown when a stored history cannot be replayed: it does not start with the aggregate's creation,
 * holds an event of another aggregate, skips or repeats a version, goes back in time, or holds an
 * event the state it reaches does not accept (an invoice after closure, a submission after
 * conversion). A stored history is input like a command, and replay is as strict as the commands.
 *
 * <p>The message names the aggregate, the state replay had reached, the offending event (its
 * position, type, version and time) and what is wrong with it; {@link #rule()} is the rule the
 * event breaks, or the aggregate's lifecycle rule when the stream itself is broken.
 */
public final class RejectedHistoryException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** The offending event's position in the events given to replay, from 1. */
  private final int position;

  /** The offending event; not serialised with the exception. */
  private final transient DomainEvent event;

  /**
   * Creates the exception.
   *
   * @param aggregate the aggregate's kind and id; not null
   * @param state the state replay had reached before the offending event; not null
   * @param rule the rule the event breaks; not null
   * @param position the offending event's position in the events given to replay, from 1
   * @param event the offending event; not null
   * @param reason what is wrong with it; not null
   */
  public RejectedHistoryException(
      String aggregate, String state, RuleId rule, int position, DomainEvent event, String reason) {
    super(
        aggregate,
        state,
        "replay",
        rule,
        describe(aggregate, state, rule, position, event, reason));
    this.position = position;
    this.event = event;
  }

  /** The offence, after every argument is checked for null: the event is read for the message. */
  private static String describe(
      String aggregate, String state, RuleId rule, int position, DomainEvent event, String reason) {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(reason, "reason");
    return "event "
        + position
        + " ("
        + event.type().name()
        + ", version "
        + event.version()
        + ", at "
        + event.occurredAt()
        + "): "
        + reason;
  }

  /** {@return the offending event's position in the events given to replay, from 1} */
  public int position() {
    return position;
  }

  /** {@return the offending event; never null in the thrown exception} */
  public DomainEvent event() {
    return event;
  }
}
