package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every public static factory and every public constructor of the library's public value
 * types — the list {@link ValueTypesTest#valueTypes()} finds — with arguments built from the
 * fuzzer's data ({@link FuzzedArguments}), and holds each refusal to {@link Refusals}: a factory
 * either returns a value or refuses with a documented exception whose message holds no raw control
 * character (issue 12 §5, §6; DESIGN §2).
 *
 * <p>Each call picks its factory from the fuzzer's int through a {@link Ring} keyed by the
 * factory's {@code toGenericString()}, not by its position in a list: a committed input keeps
 * calling the same factories when a value type or a factory is added, except the few whose arc the
 * new factory takes. The default test command runs the committed inputs under {@code
 * src/test/resources/org/leadtocash/testkit/ValueFactoriesFuzzTestInputs/factories/}; the {@code
 * fuzz} profile fuzzes for longer (see the parent POM).
 */
class ValueFactoriesFuzzTest {

  /** The calls one input makes at most. */
  private static final int CALLS = 8;

  /** Every public static method with parameters and every public constructor, in a fixed order. */
  static final List<Executable> FACTORIES = factories();

  /** The factories on a ring, keyed by their generic signature. */
  private static final Ring<Executable> RING = Ring.of(FACTORIES, Executable::toGenericString);

  private static List<Executable> factories() {
    List<Executable> found = new ArrayList<>();
    for (Class<?> type : FuzzedArguments.VALUE_TYPES) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() > 0
            && !m.isSynthetic()) {
          found.add(m);
        }
      }
      if (!Modifier.isAbstract(type.getModifiers())) {
        found.addAll(List.of(type.getConstructors()));
      }
    }
    found.sort(Comparator.comparing(Executable::toGenericString));
    return List.copyOf(found);
  }

  @Test
  @DisplayName("the fuzz test reaches the factories of the library's value types")
  void findsTheFactories() {
    List<String> names =
        FACTORIES.stream()
            .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.getName())
            .toList();
    assertTrue(FACTORIES.size() > 200, "found " + FACTORIES.size());
    assertTrue(names.contains("EmployeeId.of"), names::toString);
    assertTrue(names.contains("Probability.ofPercent"), names::toString);
  }

  @FuzzTest(maxDuration = "2m")
  void factories(FuzzedDataProvider data) {
    FuzzedArguments arguments = new FuzzedArguments(data);
    for (int call = 0; call < CALLS && data.remainingBytes() > 0; call++) {
      Executable factory = RING.pick(data.consumeInt());
      arguments.reset();
      Object[] values =
          arguments.forParameters(
              factory.getGenericParameterTypes(), factory.getAnnotatedParameterTypes());
      invoke(factory, values, arguments.nullPassed());
    }
  }

  static void invoke(Executable factory, Object[] values, boolean nullPassed) {
    try {
      Object made =
          factory instanceof Method m
              ? m.invoke(null, values)
              : ((Constructor<?>) factory).newInstance(values);
      if (made != null) {
        try {
          String unused = made.toString();
          int unusedHash = made.hashCode();
        } catch (RuntimeException e) {
          throw new AssertionError(factory.toGenericString() + " made a value that fails", e);
        }
      }
    } catch (InvocationTargetException e) {
      Refusals.check(e.getCause(), nullPassed, factory.toGenericString());
    } catch (IllegalAccessException | InstantiationException e) {
      throw new LinkageError(factory.toGenericString(), e);
    }
  }
}
