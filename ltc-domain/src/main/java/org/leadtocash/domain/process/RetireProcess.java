package org.leadtocash.domain.process;

/**
 * Retire the process the adaptation is sent to, with every process below it (DOMAIN D1.2). The L1
 * process category is never retired: it is the architecture itself.
 */
public record RetireProcess() implements ProcessChange {

  /** {@return {@code retire}} */
  @Override
  public String verb() {
    return "retire";
  }
}
