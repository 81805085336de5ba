package org.leadtocash.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.state.ActionChain;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.Transition;
import org.opentest4j.AssertionFailedError;

/**
 * The contract of an aggregate under random commands, for a class of your tests to implement, in
 * the style of jqwik's {@code ComparatorContract}: its default methods are properties.
 *
 * <p>For any chain of the model's commands, valid and invalid — bad inputs, commands the state does
 * not allow, dates before the latest event — an accepted command leaves an aggregate that keeps
 * every rule of DOMAIN with its version raised by its events, a refused one throws a domain
 * exception naming the aggregate and its {@code [DOMAIN Dx.y]} rule and changes nothing (see {@link
 * CommandLog#attempt}), replaying the events gives an equal aggregate, and a history with an event
 * dropped, repeated or moved is refused.
 *
 * <p>Implement {@link #model()}; to check your own code, override {@link #send}: route each command
 * through your application service, your command bus, a remote call — whatever your host does
 * between a request and the aggregate — and the properties hold for it too.
 *
 * <pre>{@code
 * class LeadServiceProperties implements AggregateContract<Lead, LeadEvent> {
 *   public AggregateModel<Lead, LeadEvent> model() { return Leads.model(Settings.standard()); }
 *   public Transition<Lead, LeadEvent> send(Lead lead, Command<Lead, LeadEvent> command) {
 *     return leadService.handle(lead, command::applyTo);
 *   }
 * }
 * }</pre>
 *
 * <p>Each property runs 100 tries; override it to run more.
 *
 * @param <A> the aggregate's type
 * @param <E> its event type
 */
public interface AggregateContract<A extends Aggregate<?, E>, E extends DomainEvent> {

  /** {@return the model of the aggregate under test; never null} */
  AggregateModel<A, E> model();

  /**
   * Sends one command to a state; the default sends it directly.
   *
   * @param state the aggregate's current state; not null
   * @param command the command; not null
   * @return the transition, never null
   * @throws org.leadtocash.domain.common.DomainException if the command is refused
   */
  default Transition<A, E> send(A state, Command<A, E> command) {
    return command.applyTo(state);
  }

  /** {@return the chains of the properties: the model's, sent through {@link #send}} */
  @Provide
  default Arbitrary<ActionChain<CommandLog<A, E>>> commandChains() {
    return model().chains(this::send);
  }

  /**
   * Every accepted command keeps the rules, every refused one changes nothing.
   *
   * @param chain a chain of commands
   */
  @Property(tries = 100)
  default void everyCommandKeepsTheRules(
      @ForAll("commandChains") ActionChain<CommandLog<A, E>> chain) {
    AggregateModel<A, E> model = model();
    CommandLog<A, E> log = chain.withInvariant("DOMAIN rules hold", model::checkInvariants).run();
    Check.that(log.accepted() >= 1, "the chain started with a creation");
  }

  /**
   * Replaying the events of any chain gives an equal aggregate.
   *
   * @param chain a chain of commands
   */
  @Property(tries = 100)
  default void replayingTheEventsGivesAnEqualAggregate(
      @ForAll("commandChains") ActionChain<CommandLog<A, E>> chain) {
    CommandLog<A, E> log = chain.run();
    Check.equal(log.state(), model().replay(log.events()), "replaying the events");
  }

  /**
   * A history with an event dropped, repeated or moved is refused with a {@link
   * RejectedHistoryException} that names the aggregate, never replayed to some other state; so is a
   * tail that repeats the snapshot's last event.
   *
   * @param chain a chain of commands
   * @param tampering what is done to the history
   * @param where which event, reduced to a position of the history
   */
  @Property(tries = 100)
  default void aTamperedHistoryIsRefused(
      @ForAll("commandChains") ActionChain<CommandLog<A, E>> chain,
      @ForAll Tampering tampering,
      @ForAll @IntRange(min = 0, max = 10_000) int where) {
    CommandLog<A, E> log = chain.run();
    List<E> events = log.events();
    Assume.that(events.size() >= 2);
    int at = where % (events.size() - 1);
    List<E> tampered = new ArrayList<>(events);
    Supplier<A> replay =
        switch (tampering) {
          case DROP -> {
            tampered.remove(at);
            yield () -> model().replay(tampered);
          }
          case REPEAT -> {
            tampered.add(at + 1, events.get(at));
            yield () -> model().replay(tampered);
          }
          case SWAP -> {
            tampered.set(at, events.get(at + 1));
            tampered.set(at + 1, events.get(at));
            yield () -> model().replay(tampered);
          }
          case REPEAT_AFTER_SNAPSHOT -> {
            List<Integer> boundaries = boundaries(log);
            int end = boundaries.get(where % boundaries.size());
            yield () ->
                model()
                    .replay(
                        model().replay(events.subList(0, end)),
                        events.subList(end - 1, events.size()));
          }
        };
    String message;
    try {
      A replayed = replay.get();
      throw new AssertionFailedError(
          tampering + " at event " + (at + 1) + " of " + events + " was replayed to " + replayed);
    } catch (RejectedHistoryException refused) {
      message = refused.getMessage();
    }
    Check.that(
        message.contains(log.state().id().toString()),
        "the refusal names the aggregate: " + message);
  }

  /** The number of events after each accepted command: where a host may take a snapshot. */
  private static List<Integer> boundaries(CommandLog<?, ?> log) {
    List<Integer> boundaries = new ArrayList<>();
    int events = 0;
    for (List<?> batch : log.batches()) {
      events += batch.size();
      boundaries.add(events);
    }
    return boundaries;
  }

  /** What {@link #aTamperedHistoryIsRefused} does to a history. */
  enum Tampering {
    /** An event is left out: a gap, or a history without its creation. */
    DROP,
    /** An event is stored twice. */
    REPEAT,
    /** Two neighbouring events are stored in the wrong order. */
    SWAP,
    /** The events after a snapshot start with the snapshot's own last event. */
    REPEAT_AFTER_SNAPSHOT
  }
}
