package org.leadtocash.domain.testing;

import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * Builds jqwik actions that send commands to the aggregate of a {@link CommandLog}.
 *
 * <p>Kept only for the stateful properties that have not moved to ltc-testkit yet, like {@link
 * CommandLog}; the kit's {@code org.leadtocash.testkit.CommandActions} is the published one.
 */
public final class CommandActions {

  private CommandActions() {}

  /**
   * Returns an action that sends a command with random arguments; the command may be accepted or
   * refused, as {@link CommandLog#attempt} checks.
   *
   * @param name the command's name, for the chain's description
   * @param arguments the arguments to draw
   * @param command the command, given the current state and the drawn arguments
   * @param <A> the aggregate type
   * @param <E> its event type
   * @param <P> the arguments' type
   * @return the action
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent, P>
      Action.Independent<CommandLog<A, E>> command(
          String name, Arbitrary<P> arguments, BiFunction<A, P, Transition<A, E>> command) {
    return () ->
        arguments.map(
            p ->
                Transformer.transform(
                    name + "(" + p + ")",
                    (CommandLog<A, E> log) -> log.attempt(a -> command.apply(a, p))));
  }
}
