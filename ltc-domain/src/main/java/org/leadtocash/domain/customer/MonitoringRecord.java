package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * One observation of tracking and monitoring a graded customer (DOMAIN D6.3, fifth step).
 *
 * @param focus what was watched; not null
 * @param observation what was seen; not null, not blank
 * @param observedOn the business date of the observation; not null
 */
public record MonitoringRecord(MonitoringFocus focus, String observation, LocalDate observedOn) {

  /**
   * Checks the parts.
   *
   * @param focus what was watched; not null
   * @param observation what was seen; not null, not blank
   * @param observedOn the business date of the observation; not null
   * @throws IllegalArgumentException if the observation is blank
   */
  public MonitoringRecord {
    FreeText.note(observation, "observation");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(observedOn, "observedOn");
    checkArgument(!observation.isBlank(), "a monitoring record states what was observed");
  }
}
