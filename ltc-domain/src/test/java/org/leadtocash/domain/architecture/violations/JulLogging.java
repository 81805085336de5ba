package org.leadtocash.domain.architecture.violations;

import java.util.logging.Logger;

/** Breaks the logging rule: logs with {@code java.util.logging} instead of SLF4J. */
public final class JulLogging {

  /** Logs the message. */
  public void log(String message) {
    Logger.getLogger("leadtocash").info(message);
  }
}
