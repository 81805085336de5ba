package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * A step of the nurturing path was recorded (DOMAIN D2.6).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param record the step's record
 */
public record NurturingStepRecorded(LeadId lead, long version, NurturingRecord record)
    implements LeadEvent {

  /** The stored type: {@code lead.nurturing-step-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.nurturing-step-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param record the step's record
   */
  public NurturingStepRecorded {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(record, "record");
    EventType.checkVersion(version);
  }

  /** {@return when the step was recorded; never null} */
  @Override
  public Instant occurredAt() {
    return record.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
