package org.leadtocash.domain.architecture.violations;

import java.lang.reflect.Field;

/** Breaks the no-reflection rule: opens a private field with {@code setAccessible}. */
public final class AccessibleFieldHack {

  /** Reads a private field of {@code target}. */
  public Object peek(Object target, String name) throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(target);
  }
}
