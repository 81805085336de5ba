package org.leadtocash.domain.architecture.violations;

/** Breaks the no-reflection rule: loads a class by name. */
public final class DynamicClassLoading {

  /** Loads the class called {@code name}. */
  public Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name);
  }
}
