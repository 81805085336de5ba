package org.leadtocash.domain.architecture.violations;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Breaks the no-threads rule: runs a recalculation on an executor. */
public final class BackgroundRecalculation {

  /** Starts an executor. */
  public ExecutorService start() {
    return Executors.newSingleThreadExecutor();
  }
}
