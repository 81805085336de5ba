package org.leadtocash.domain.architecture.compliant;

/** A switch over an enum: javac adds a synthetic static switch-map array. */
public final class QuarterNames {

  /** The one constant the class holds: final and immutable. */
  public static final String FISCAL_YEAR = "fiscal year";

  private QuarterNames() {}

  /** Names the half a quarter belongs to. */
  public static String half(Quarter quarter) {
    return switch (quarter) {
      case Q1, Q2 -> "first half of the " + FISCAL_YEAR;
      case Q3, Q4 -> "second half of the " + FISCAL_YEAR;
    };
  }
}
