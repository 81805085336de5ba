package org.leadtocash.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * The contract of an aggregate under random commands, for a class of your tests to implement, in
 * the style of jqwik's {@code ComparatorContract}: its default methods are properties.
 *
 * <p>For any chain of the model's commands, valid and invalid — bad inputs, commands the state does
 * not allow, dates before the latest event — an accepted command leaves an aggregate that keeps
 * every rule of DOMAIN with its version raised by its events, a refused one throws a domain
 * exception naming the aggregate and its {@code [DOMAIN Dx.y]} rule and changes nothing (see {@link
 * CommandLog#attempt}), and replaying the events gives an equal aggregate.
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
}
