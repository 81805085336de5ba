package org.leadtocash.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The kit's assertions: they throw an {@link AssertionFailedError}, which jqwik and JUnit report
 * with the expected and actual values, so the kit needs no test framework of its own.
 */
public final class Check {

  private Check() {}

  /**
   * Checks that a condition holds.
   *
   * @param condition the condition
   * @param rule what it checks, usually with its DOMAIN section; not null
   * @throws AssertionFailedError if the condition is false
   */
  public static void that(boolean condition, String rule) {
    if (!condition) {
      throw new AssertionFailedError(rule);
    }
  }

  /**
   * Checks that two values are equal.
   *
   * @param expected the expected value
   * @param actual the actual value
   * @param rule what it checks, usually with its DOMAIN section; not null
   * @throws AssertionFailedError if they differ
   */
  public static void equal(@Nullable Object expected, @Nullable Object actual, String rule) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionFailedError(
          rule + " ==> expected: <" + expected + "> but was: <" + actual + ">", expected, actual);
    }
  }
}
