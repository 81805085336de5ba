package org.leadtocash.domain.architecture.compliant;

/** An enum: its synthetic {@code $VALUES} array is compiler-made and never escapes. */
public enum Quarter {
  Q1,
  Q2,
  Q3,
  Q4
}
