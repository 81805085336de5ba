package org.leadtocash.testkit;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * Arbitraries derived from others: the events, transitions and parts of generated aggregates. What
 * they give was produced by the domain's commands, never built by hand.
 */
public final class Generators {

  private Generators() {}

  /**
   * Returns the events of one type from generated histories.
   *
   * @param histories the histories; not null
   * @param type the event type; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @param <X> the event type wanted
   * @return one event of the type from a history that has one, never null
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent, X extends E>
      Arbitrary<X> eventsOf(Arbitrary<CommandLog<A, E>> histories, Class<X> type) {
    return partsOf(
        histories,
        history -> history.events().stream().filter(type::isInstance).map(type::cast).toList());
  }

  /**
   * Returns one part of generated values, such as an invoice of a contract.
   *
   * @param wholes the values; not null
   * @param parts a value's parts; not null
   * @param <W> the values' type
   * @param <P> the parts' type
   * @return one part of a value that has any, never null
   */
  public static <W, P> Arbitrary<P> partsOf(
      Arbitrary<W> wholes, Function<? super W, ? extends Collection<? extends P>> parts) {
    return wholes
        .map(w -> ImmutableList.<P>copyOf(parts.apply(w)))
        .filter(list -> !list.isEmpty())
        .flatMap(Arbitraries::of);
  }

  /**
   * Returns the transitions of generated histories: each aggregate with every event that led to it,
   * as the chained commands returned them.
   *
   * @param histories the histories; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the transitions, never null
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent>
      Arbitrary<Transition<A, E>> transitions(Arbitrary<CommandLog<A, E>> histories) {
    return histories.map(h -> Transition.of(h.state(), h.events()));
  }

  /**
   * Returns the instant of a command some hours after a latest event, kept inside the window.
   *
   * @param settings the window; not null
   * @param latest the latest event's instant; not null
   * @param hours how many hours later; not negative
   * @return the instant, never before {@code latest}; never null
   */
  public static Instant later(Settings settings, Instant latest, int hours) {
    Instant end = settings.window().getEnd().minusSeconds(1);
    Instant next = latest.plus(Duration.ofHours(hours));
    return next.isAfter(end) ? (latest.isAfter(end) ? latest : end) : next;
  }

  /**
   * Returns the instant of a command dated some hours before a latest event: a command the
   * aggregate must refuse, as time only moves forward inside an aggregate (DESIGN §2).
   *
   * @param latest the latest event's instant; not null
   * @param hours how many hours earlier; positive
   * @return the instant, never null
   */
  public static Instant earlier(Instant latest, int hours) {
    return latest.minus(Duration.ofHours(hours));
  }

  /**
   * Returns a command dated some hours after the aggregate's latest event, or before it for a
   * negative number of hours; its description ends with the hours, e.g. {@code close +3h}.
   *
   * @param description what it does; not null
   * @param hours how many hours after the latest event; negative for before it
   * @param settings the window, which the date does not leave; not null
   * @param latest the aggregate's latest event's instant, e.g. {@code Lead::lastEventAt}; not null
   * @param command the command, given the state and its date; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the command, the aggregate may accept or refuse it; never null
   */
  public static <A, E extends DomainEvent> Command<A, E> hoursLater(
      String description,
      int hours,
      Settings settings,
      Function<? super A, Instant> latest,
      java.util.function.BiFunction<? super A, Instant, Transition<A, E>> command) {
    return Command.of(
        description + " " + (hours < 0 ? "" : "+") + hours + "h",
        state ->
            command.apply(
                state,
                hours < 0
                    ? earlier(latest.apply(state), -hours)
                    : later(settings, latest.apply(state), hours)));
  }

  /**
   * Returns commands dated 1 to 240 hours before the aggregate's latest event, which every aggregate
   * must refuse: time only moves forward inside an aggregate (DESIGN §2). Their description ends
   * with the hours, e.g. {@code submit 5h before the latest event}; {@link CommandLog#attempt}
   * fails a chain that has one accepted.
   *
   * @param description what the command does; not null
   * @param latest the aggregate's latest event's instant, e.g. {@code Lead::lastEventAt}; not null
   * @param command the command, given the state and its date; not null
   * @param <A> the aggregate's type
   * @param <E> its event type
   * @return the commands, each {@link Command.Expectation#REFUSED}; never null
   */
  public static <A, E extends DomainEvent> Arbitrary<Command<A, E>> backdated(
      String description,
      Function<? super A, Instant> latest,
      java.util.function.BiFunction<? super A, Instant, Transition<A, E>> command) {
    return Arbitraries.integers()
        .between(1, 240)
        .map(
            hours ->
                Command.refused(
                    description + " " + hours + "h before the latest event",
                    state -> command.apply(state, earlier(latest.apply(state), hours))));
  }

  /**
   * Returns a list of arbitraries' values in their order.
   *
   * @param arbitraries the arbitraries; not null
   * @param <T> the values' type
   * @return one value of each, never null
   */
  public static <T> Arbitrary<List<T>> each(List<Arbitrary<T>> arbitraries) {
    return net.jqwik.api.Combinators.combine(arbitraries).as(ImmutableList::copyOf);
  }
}
