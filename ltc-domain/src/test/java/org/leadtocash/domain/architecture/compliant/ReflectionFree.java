package org.leadtocash.domain.architecture.compliant;

import java.util.List;
import java.util.function.Function;

/** Uses lambdas, method references and {@code getClass()}, none of which is a reflection hack. */
public final class ReflectionFree {

  /** Returns the simple names of the values' classes. */
  public List<String> kinds(List<Object> values) {
    Function<Object, String> kind = value -> value.getClass().getSimpleName();
    return values.stream().map(kind).map(String::trim).toList();
  }

  /** Parses a quarter by its name. */
  public Quarter quarter(String name) {
    return Quarter.valueOf(name);
  }
}
