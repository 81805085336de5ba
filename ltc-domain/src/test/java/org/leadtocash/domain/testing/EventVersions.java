package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * The version every stored event carries (DESIGN §2, "Events are a public, stored contract"): the
 * version of the aggregate it produced, 1 for the creation and one more for each event after it. A
 * stored event read back with version 0 is a broken history, and its record refuses it at
 * construction, whatever its type.
 */
public final class EventVersions {

  private EventVersions() {}

  /**
   * Asserts that the events are one of each type of an aggregate's sealed event family, and that
   * each, rebuilt through its record's canonical constructor with every component the same but the
   * version 0, is refused with an {@link IllegalArgumentException} naming the version rule; the
   * same rebuild with the event's own version gives an equal event.
   *
   * @param family the aggregate's sealed event interface
   * @param events at least one event of each type of the family, taken from real stories
   */
  public static void assertEveryTypeRefusesVersionZero(
      Class<? extends DomainEvent> family, Collection<? extends DomainEvent> events) {
    Set<String> permitted = new TreeSet<>();
    Arrays.stream(family.getPermittedSubclasses()).forEach(c -> permitted.add(c.getSimpleName()));
    Set<String> seen = new TreeSet<>();
    events.forEach(e -> seen.add(e.getClass().getSimpleName()));
    assertEquals(permitted, seen, "the stories produce one event of each type of " + family);
    for (DomainEvent event : events) {
      assertEquals(event, rebuilt(event, event.version()), "a rebuilt event is equal");
      IllegalArgumentException refusal =
          assertThrows(
              IllegalArgumentException.class,
              () -> rebuilt(event, 0),
              () -> event.type() + " accepted version 0");
      assertTrue(
          refusal.getMessage().contains("1 or more, not 0"),
          () -> event.type() + ": the message names the version: " + refusal.getMessage());
    }
  }

  /**
   * Asserts that the events of a transition are numbered one after the other, up to the version of
   * the state they leave: each event carries the version of the aggregate it produced, also when
   * one command produces several.
   *
   * @param transition the transition of one or more commands
   */
  public static void assertNumbered(Transition<? extends Aggregate<?, ?>, ?> transition) {
    List<? extends DomainEvent> events = transition.events();
    long last = transition.state().version();
    for (int i = 0; i < events.size(); i++) {
      assertEquals(
          last - (events.size() - 1 - i),
          events.get(i).version(),
          "the version of event " + (i + 1) + " of " + events.size() + ": " + events.get(i));
    }
  }

  /** The event through its canonical constructor, with a version of its own. */
  private static DomainEvent rebuilt(DomainEvent event, long version) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] =
            components[i].getName().equals("version")
                ? Long.valueOf(version)
                : components[i].getAccessor().invoke(event);
      }
      Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
      return (DomainEvent) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
