package org.leadtocash.domain.customer;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * When a {@link KeyEvent} of the customer's calendar happens in a given year (DOMAIN D6.8).
 *
 * @param event the event; not null
 * @param when the day (a one-day range) or the month it happens in; not null
 */
public record KeyEventOccurrence(KeyEvent event, LocalDateRange when) {

  /**
   * Checks that no part is null.
   *
   * @param event the event; not null
   * @param when the day (a one-day range) or the month it happens in; not null
   */
  public KeyEventOccurrence {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(when, "when");
  }

  /**
   * {@return e.g. {@code 2026-09: budget committee} or {@code 2026-05-20: shareholders' meeting}}
   */
  @Override
  public String toString() {
    String date =
        when.lengthInDays() == 1 ? when.getStart().toString() : ValueReturnPoint.label(when);
    return date + ": " + event.description();
  }
}
