package org.leadtocash.testkit;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * One command sent to an aggregate, with a description for the reports of a failed property and
 * what the generator expects of it.
 *
 * <p>A command is a function of the aggregate's current state: it reads what it needs (the time of
 * the latest event, the invoices issued so far) when it is sent, so a sequence of commands stays
 * meaningful when jqwik shrinks it by dropping some. {@link CommandLog#attempt} sends it and checks
 * the outcome; an {@link Expectation#REFUSED} command (a bad input or a date before the latest
 * event, made so on purpose) must be refused, an {@link Expectation#ACCEPTED} one must be accepted.
 *
 * @param <A> the aggregate's type
 * @param <E> its event type
 */
public final class Command<A, E extends DomainEvent> {

  /** What a generator knows of a command's outcome before it is sent. */
  public enum Expectation {
    /** The command is valid by construction: refusing it is a bug. */
    ACCEPTED,
    /** The command breaks a rule by construction: accepting it is a bug. */
    REFUSED,
    /** Either outcome is right, as long as it keeps the invariants. */
    EITHER
  }

  private final String description;
  private final Expectation expectation;
  private final Function<? super A, Transition<A, E>> function;

  private Command(
      String description, Expectation expectation, Function<? super A, Transition<A, E>> function) {
    this.description = Objects.requireNonNull(description, "description");
    this.expectation = Objects.requireNonNull(expectation, "expectation");
    this.function = Objects.requireNonNull(function, "function");
  }

  /**
   * Returns a command that the aggregate may accept or refuse.
   *
   * @param description what it does, e.g. {@code decide ATI APPROVED}; not null
   * @param function the command, given the current state; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the command, never null
   */
  public static <A, E extends DomainEvent> Command<A, E> of(
      String description, Function<? super A, Transition<A, E>> function) {
    return new Command<>(description, Expectation.EITHER, function);
  }

  /**
   * Returns a command that the aggregate must refuse, such as one dated before its latest event.
   *
   * @param description what it does; not null
   * @param function the command, given the current state; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the command, never null
   */
  public static <A, E extends DomainEvent> Command<A, E> refused(
      String description, Function<? super A, Transition<A, E>> function) {
    return new Command<>(description, Expectation.REFUSED, function);
  }

  /**
   * Returns a command that the aggregate must accept.
   *
   * @param description what it does; not null
   * @param function the command, given the current state; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the command, never null
   */
  public static <A, E extends DomainEvent> Command<A, E> accepted(
      String description, Function<? super A, Transition<A, E>> function) {
    return new Command<>(description, Expectation.ACCEPTED, function);
  }

  /** {@return what the command does; never null} */
  public String description() {
    return description;
  }

  /** {@return what the generator expects of the command's outcome; never null} */
  public Expectation expectation() {
    return expectation;
  }

  /**
   * Sends the command to a state.
   *
   * @param state the aggregate's current state; not null
   * @return the transition, never null
   * @throws org.leadtocash.domain.common.DomainException if the aggregate refuses the command
   */
  public Transition<A, E> applyTo(A state) {
    return function.apply(state);
  }

  /**
   * Returns this command sent through a host's code instead of directly: same description and
   * expectation, but {@link #applyTo} calls {@code sender} with the state and this command.
   *
   * @param sender how the host sends a command, e.g. through its application service; not null
   * @return the routed command, never null
   */
  public Command<A, E> routedThrough(
      BiFunction<? super A, Command<A, E>, Transition<A, E>> sender) {
    Objects.requireNonNull(sender, "sender");
    return new Command<>(description, expectation, state -> sender.apply(state, this));
  }

  @Override
  public String toString() {
    return expectation == Expectation.EITHER ? description : description + " (" + expectation + ")";
  }
}
