package org.leadtocash.domain.architecture.violations;

/** Breaks the no-console rule: prints to {@code System.out}. */
public final class ConsolePrinter {

  /** Prints the line. */
  public void print(String line) {
    System.out.println(line);
  }
}
