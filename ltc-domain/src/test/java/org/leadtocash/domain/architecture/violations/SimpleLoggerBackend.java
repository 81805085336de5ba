package org.leadtocash.domain.architecture.violations;

import org.slf4j.simple.SimpleLogger;

/** Breaks the logging rule: depends on slf4j-simple, a logging back-end. */
public final class SimpleLoggerBackend {

  /** Names the back-end logger. */
  public String name(SimpleLogger logger) {
    return logger.getName();
  }
}
