package org.leadtocash.domain.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of an event as stored: its components and, recursively, those of every library value it
 * carries, written one type per line. Two events with the same shape are written and read the same
 * way; any renamed, added, removed or retyped component — in the event or in a value it carries —
 * changes the shape.
 */
public final class EventShapes {

  private EventShapes() {}

  /**
   * Returns the shape of an event class: its own line first, then one line per library type it
   * reaches, in the order first reached.
   */
  public static List<String> of(Class<?> event) {
    List<String> lines = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(event);
    seen.add(event);
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      List<Class<?>> reached = new ArrayList<>();
      lines.add(describe(type, reached));
      for (Class<?> next : reached) {
        if (seen.add(next)) {
          todo.addLast(next);
        }
      }
    }
    return lines;
  }

  private static boolean isLibrary(Class<?> type) {
    return type.getName().startsWith("org.leadtocash.");
  }

  private static String describe(Class<?> type, List<Class<?>> reached) {
    String name = name(type);
    if (type.isEnum()) {
      return name
          + " = {"
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(" | "))
          + "}";
    }
    if (type.isRecord()) {
      return name
          + "("
          + Arrays.stream(type.getRecordComponents())
              .map(c -> c.getName() + ": " + render(c.getGenericType(), reached))
              .collect(Collectors.joining(", "))
          + ")";
    }
    if (type.isSealed()) {
      return name
          + " = "
          + Arrays.stream(type.getPermittedSubclasses())
              .sorted(Comparator.comparing(Class::getName))
              .map(c -> render(c, reached))
              .collect(Collectors.joining(" | "));
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      List<String> attributes = new ArrayList<>();
      for (Method m : abstractAccessors(type)) {
        attributes.add(m.getName() + ": " + render(m.getGenericReturnType(), reached));
      }
      return name + "{" + String.join(", ", attributes) + "}";
    }
    return name + " (opaque)";
  }

  /**
   * The value attributes of an Immutables abstract value type: its public accessors that the
   * generated {@code Immutable*} class keeps as fields — the abstract ones and those with a default
   * — so that no stored attribute escapes the shape.
   */
  private static List<Method> abstractAccessors(Class<?> type) {
    Set<String> fields = new LinkedHashSet<>();
    try {
      Class<?> generated =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      for (java.lang.reflect.Field f : generated.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
          fields.add(f.getName());
        }
      }
    } catch (ClassNotFoundException e) {
      // not an Immutables value: its abstract accessors are its attributes
    }
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      boolean attribute =
          fields.isEmpty()
              ? Modifier.isAbstract(m.getModifiers())
              : fields.contains(m.getName()) && !Modifier.isStatic(m.getModifiers());
      if (attribute && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
        accessors.add(m);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  private static String render(Type type, List<Class<?>> reached) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return render(c.getComponentType(), reached) + "[]";
      }
      if (isLibrary(c)) {
        reached.add(c);
      }
      return name(c);
    }
    if (type instanceof ParameterizedType p) {
      return render(p.getRawType(), reached)
          + "<"
          + Arrays.stream(p.getActualTypeArguments())
              .map(a -> render(a, reached))
              .collect(Collectors.joining(", "))
          + ">";
    }
    if (type instanceof WildcardType w) {
      return w.getUpperBounds().length == 1 && w.getUpperBounds()[0] == Object.class
          ? "?"
          : "? extends " + render(w.getUpperBounds()[0], reached);
    }
    return type.getTypeName();
  }

  private static String name(Class<?> type) {
    return type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The record components of an event, so unused imports do not hide. */
  public static List<String> components(Class<?> event) {
    return Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
