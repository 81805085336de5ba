package org.leadtocash.testkit;

import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/** Builds jqwik actions that send commands to the aggregate of a {@link CommandLog}. */
public final class CommandActions {

  private CommandActions() {}

  /**
   * Returns an action that sends one of the generated commands; each may be accepted or refused, as
   * {@link CommandLog#attempt} checks.
   *
   * @param commands the commands to draw; not null
   * @param <A> the aggregate type
   * @param <E> its event type
   * @return the action, never null
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent>
      Action.Independent<CommandLog<A, E>> of(Arbitrary<Command<A, E>> commands) {
    return () ->
        commands.map(
            command ->
                Transformer.transform(
                    command.toString(), (CommandLog<A, E> log) -> log.attempt(command)));
  }

  /**
   * Returns an action that sends a command with random arguments; the command may be accepted or
   * refused, as {@link CommandLog#attempt} checks.
   *
   * @param name the command's name, for the chain's description; not null
   * @param arguments the arguments to draw; not null
   * @param command the command, given the current state and the drawn arguments; not null
   * @param <A> the aggregate type
   * @param <E> its event type
   * @param <P> the arguments' type
   * @return the action, never null
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent, P>
      Action.Independent<CommandLog<A, E>> command(
          String name, Arbitrary<P> arguments, BiFunction<A, P, Transition<A, E>> command) {
    return of(arguments.map(p -> Command.<A, E>of(name + "(" + p + ")", a -> command.apply(a, p))));
  }
}
