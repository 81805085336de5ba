package org.leadtocash.domain.architecture.compliant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.threeten.extra.YearQuarter;

/** Reads the time only from a {@code Clock} it is given. */
public final class ExplicitClock {

  private final Clock clock;

  /** Creates the reader over the host's clock. */
  public ExplicitClock(Clock clock) {
    this.clock = clock;
  }

  /** Returns the clock's instant. */
  public Instant stamp() {
    return Instant.now(clock);
  }

  /** Returns the clock's date. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Returns the clock's quarter. */
  public YearQuarter quarter() {
    return YearQuarter.now(clock);
  }
}
