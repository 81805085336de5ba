package org.leadtocash.domain.architecture.compliant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs through the SLF4J API, leaving the back-end to the host. */
public final class Slf4jLogging {

  private static final Logger LOG = LoggerFactory.getLogger(Slf4jLogging.class);

  /** Logs the message at debug level. */
  public void log(String message) {
    LOG.debug("{}", message);
  }
}
