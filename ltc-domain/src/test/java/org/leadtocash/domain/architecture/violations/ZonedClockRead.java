package org.leadtocash.domain.architecture.violations;

import java.time.LocalDate;
import java.time.ZoneId;

/** Breaks the no-clock rule: a zone is no clock, {@code now(ZoneId)} reads the system clock. */
public final class ZonedClockRead {

  /** Returns today's date in Shenzhen. */
  public LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }
}
