package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a codec does with an aggregate's public {@code Restore} builder from outside its package, by
 * reflection: the checks the aggregates' {@code *RestoreAccessTest}s share, in the domain and in
 * the plans.
 */
public final class RestoreAccess {

  private RestoreAccess() {}

  /** {@return the attributes of an aggregate's state: its public abstract accessors} */
  public static List<Method> attributes(Class<?> aggregate) {
    List<Method> attributes = new ArrayList<>();
    for (Method method : aggregate.getDeclaredMethods()) {
      if (Modifier.isAbstract(method.getModifiers())
          && Modifier.isPublic(method.getModifiers())
          && method.getParameterCount() == 0) {
        attributes.add(method);
      }
    }
    return attributes;
  }

  /**
   * {@return the setter a codec calls for an attribute: of its type, an Iterable for a collection}
   */
  public static Method setter(Class<?> restore, Method attribute) throws NoSuchMethodException {
    Class<?> type = attribute.getReturnType();
    if (type == List.class || type == Set.class) {
      type = Iterable.class;
    }
    return restore.getMethod(attribute.getName(), type);
  }

  /**
   * Sets every attribute of a stored aggregate on a restore builder by reflection, checking that
   * each setter is public and reachable from here and returns the builder, then builds it.
   *
   * @return what the builder builds
   */
  public static Object restoreByReflection(Object stored, Object restore, List<Method> attributes)
      throws ReflectiveOperationException {
    for (Method attribute : attributes) {
      Method setter = setter(restore.getClass(), attribute);
      assertTrue(Modifier.isPublic(setter.getModifiers()), setter::toString);
      assertTrue(setter.canAccess(restore), setter::toString);
      assertSame(restore, setter.invoke(restore, attribute.invoke(stored)), setter::toString);
    }
    return restore.getClass().getMethod("build").invoke(restore);
  }

  /**
   * Checks that reflection from this package may call every public method of a restore builder,
   * which has more than {@code attributes} of them, and that its class is public and final.
   */
  public static void everyMethodReachable(Object restore, int attributes) {
    Class<?> type = restore.getClass();
    List<Method> methods =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getDeclaringClass() != Object.class)
            .toList();
    assertTrue(methods.size() > attributes, methods::toString);
    List<String> unreachable =
        methods.stream().filter(m -> !m.canAccess(restore)).map(Method::toString).toList();
    assertEquals(List.of(), unreachable);
    assertTrue(Modifier.isPublic(type.getModifiers()));
    assertTrue(Modifier.isFinal(type.getModifiers()));
  }

  /** {@return the domain's refusal when a restore builder is built by reflection} */
  public static IllegalArgumentException refusalOnBuild(Object restore)
      throws NoSuchMethodException {
    Method build = restore.getClass().getMethod("build");
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> build.invoke(restore));
    return assertInstanceOf(IllegalArgumentException.class, thrown.getCause());
  }
}
