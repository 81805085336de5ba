package org.leadtocash.domain.architecture.violations.modules.domain;

import org.leadtocash.domain.architecture.violations.modules.metrics.DealCount;

/** Breaks the module direction (fixture root {@code violations.modules}): domain uses metrics. */
public final class Deal {

  /** Counts itself with a metric: the domain must not know the metrics module. */
  public long counted() {
    return new DealCount().count(this);
  }
}
