package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the builders of the library's public value types and the {@code restore()} builders of its
 * aggregates (issue 12 §6): a builder starts empty or from a valid value of the test kit's pool,
 * gets a few attributes set to values built from the fuzzer's data ({@link FuzzedArguments}), and
 * builds; each setter and {@code build()} either succeeds or refuses as {@link Refusals} allows —
 * in particular a {@code @Value.Check} refuses a broken state with an {@link
 * IllegalArgumentException}, never with another exception.
 *
 * <p>The builder and each setter are picked from the fuzzer's ints through a {@link Ring} keyed by
 * their {@code toGenericString()}, not by their position in a list: a committed input keeps
 * building the same type with the same setters when a type or an attribute is added, except the few
 * inputs whose arc the new one takes. The default test command runs the committed inputs under
 * {@code src/test/resources/org/leadtocash/testkit/BuildersFuzzTestInputs/builders/}; the {@code
 * fuzz} profile fuzzes for longer (see the parent POM).
 */
class BuildersFuzzTest {

  /** The value types, with their builder factory: {@code builder()} or {@code restore()}. */
  static final List<Method> BUILDERS = builders();

  /** The builder factories on a ring, keyed by their generic signature. */
  private static final Ring<Method> RING = Ring.of(BUILDERS, Method::toGenericString);

  /** Each builder class's setters on a ring, keyed by their generic signature; filled lazily. */
  private static final Map<Class<?>, Ring<Method>> SETTERS = new ConcurrentHashMap<>();

  private static final Set<String> NOT_SETTERS = Set.of("build", "from", "equals");

  private static List<Method> builders() {
    List<Method> found = new ArrayList<>();
    for (Class<?> type : FuzzedArguments.VALUE_TYPES) {
      for (String name : List.of("builder", "restore")) {
        try {
          Method m = type.getMethod(name);
          if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type) {
            found.add(m);
          }
        } catch (NoSuchMethodException e) {
          // not this kind of builder
        }
      }
    }
    found.sort(Comparator.comparing(Method::toGenericString));
    return List.copyOf(found);
  }

  @Test
  @DisplayName("the fuzz test reaches the builders and the aggregates' restore() builders")
  void findsTheBuilders() {
    List<String> names =
        BUILDERS.stream()
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();
    assertTrue(BUILDERS.size() > 50, "found " + BUILDERS.size());
    assertTrue(names.contains("KeyRelationship.restore"), names::toString);
    assertTrue(names.contains("Contract.restore"), names::toString);
  }

  @FuzzTest(maxDuration = "2m")
  void builders(FuzzedDataProvider data) {
    Method factory = RING.pick(data.consumeInt());
    Class<?> type = factory.getDeclaringClass();
    String what = type.getSimpleName() + "." + factory.getName() + "()";
    Object builder = call(factory, null);
    FuzzedArguments arguments = new FuzzedArguments(data);
    Optional<Method> from = from(builder, type);
    if (from.isPresent() && data.consumeInt(0, 3) > 0 && FuzzedArguments.covered(type)) {
      Object value = data.pickValue(FuzzedArguments.pool(type));
      builder = call(from.get(), builder, value);
      what += ".from(" + value + ")";
    }
    List<Method> setters = setters(builder);
    int count = data.consumeInt(0, 4);
    boolean nullPassed = false;
    for (int i = 0; i < count && !setters.isEmpty(); i++) {
      Method setter =
          SETTERS
              .computeIfAbsent(builder.getClass(), c -> Ring.of(setters, Method::toGenericString))
              .pick(data.consumeInt());
      arguments.reset();
      Object[] values =
          arguments.forParameters(
              setter.getGenericParameterTypes(), setter.getAnnotatedParameterTypes());
      String step = what + "." + setter.getName() + Arrays.toString(values);
      try {
        setter.setAccessible(true);
        setter.invoke(builder, values);
      } catch (InvocationTargetException e) {
        Refusals.check(e.getCause(), arguments.nullPassed(), true, step);
      } catch (IllegalAccessException e) {
        throw new LinkageError(step, e);
      }
      nullPassed |= arguments.nullPassed();
      what = step.length() > 2_000 ? what + "." + setter.getName() + "(…)" : step;
    }
    try {
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      Object built = build.invoke(builder);
      String unused = built.toString();
    } catch (InvocationTargetException e) {
      // a null that a setter refused leaves the attribute unset, which build() reports
      Refusals.check(e.getCause(), nullPassed, what + ".build()");
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(what, e);
    }
  }

  private static Optional<Method> from(Object builder, Class<?> type) {
    return Arrays.stream(builder.getClass().getMethods())
        .filter(m -> m.getName().equals("from") && m.getParameterCount() == 1)
        .filter(m -> m.getParameterTypes()[0] == type)
        .findFirst();
  }

  /** The builder's public setters, adders and putters, in a fixed order. */
  private static List<Method> setters(Object builder) {
    return Arrays.stream(builder.getClass().getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.isBridge() && !m.isSynthetic())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> !NOT_SETTERS.contains(m.getName()))
        .filter(m -> m.getParameterCount() >= 1 && m.getParameterCount() <= 2)
        .filter(m -> m.getReturnType().isAssignableFrom(builder.getClass()))
        .filter(m -> !m.getParameterTypes()[0].isArray())
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  private static Object call(Method method, Object target, Object... values) {
    try {
      method.setAccessible(true);
      return method.invoke(target, values);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(method.toGenericString(), e);
    }
  }
}
