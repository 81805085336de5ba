package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * That one monitoring activity of a plan in execution was held (DOMAIN D10.1, D10.4): when, by
 * whom, and what it found.
 *
 * @param activity the activity; not null
 * @param held the day it was held; not null
 * @param by who held it: the owner's direct manager or the owner, as the activity says; not null
 * @param findings what it found or decided; not null, not blank
 */
public record HeldMonitoring(
    MonitoringActivity activity, LocalDate held, EmployeeId by, String findings) {

  /**
   * Checks the record.
   *
   * @param activity the activity; not null
   * @param held the day it was held; not null
   * @param by who held it; not null
   * @param findings what it found; not null, not blank
   * @throws IllegalArgumentException if the findings are blank
   */
  public HeldMonitoring {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(findings, "findings");
    checkArgument(
        !findings.isBlank(), "the %s records what it found (DOMAIN D10.4)", activity.label());
  }
}
