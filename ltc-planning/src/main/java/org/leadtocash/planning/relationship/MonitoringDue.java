package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one monitoring activity stands at a date (DOMAIN D10.1, D10.4): the latest day it fell due
 * by then, whether it was held for that turn, and the next day it falls due.
 *
 * @param activity the activity; not null
 * @param lastDue the latest day it fell due on or before the date, or empty if none yet; not null
 * @param lastHeld the latest day it was held on or before the date, or empty; not null
 * @param overdue whether it fell due and was not held since the turn before
 * @param nextDue the first day it falls due after the date; not null
 */
public record MonitoringDue(
    MonitoringActivity activity,
    Optional<LocalDate> lastDue,
    Optional<LocalDate> lastHeld,
    boolean overdue,
    LocalDate nextDue) {

  /**
   * Checks the entry.
   *
   * @param activity the activity; not null
   * @param lastDue the latest day it fell due, or empty; not null
   * @param lastHeld the latest day it was held, or empty; not null
   * @param overdue whether it fell due and was not held
   * @param nextDue the next day it falls due; not null, after {@code lastDue}
   * @throws IllegalArgumentException if it is overdue without having fallen due, or the next day is
   *     not after the last
   */
  public MonitoringDue {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(lastDue, "lastDue");
    Objects.requireNonNull(lastHeld, "lastHeld");
    Objects.requireNonNull(nextDue, "nextDue");
    checkArgument(
        !overdue || lastDue.isPresent(),
        "the %s is overdue only once it fell due (DOMAIN D10.4)",
        activity.label());
    checkArgument(
        lastDue.map(nextDue::isAfter).orElse(true),
        "the %s falls due next after it last fell due (DOMAIN D10.4): %s, %s",
        activity.label(),
        lastDue.map(String::valueOf).orElse("never"),
        nextDue);
  }

  /** {@return e.g. "weekly meeting: due 2027-01-11, held 2027-01-11; next 2027-01-18"} */
  public String explanation() {
    return activity.label()
        + ": "
        + lastDue.map(d -> "due " + d).orElse("not due yet")
        + lastHeld.map(h -> ", held " + h).orElse(", never held")
        + (overdue ? ", OVERDUE" : "")
        + "; next "
        + nextDue;
  }
}
