package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.LeadId;

/**
 * A step of the nurturing path was recorded (DOMAIN D2.6).
 *
 * @param lead the lead
 * @param record the step's record
 */
public record NurturingStepRecorded(LeadId lead, NurturingRecord record) implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param record the step's record
   */
  public NurturingStepRecorded {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(record, "record");
  }

  /** {@return when the step was recorded; never null} */
  @Override
  public Instant occurredAt() {
    return record.at();
  }
}
