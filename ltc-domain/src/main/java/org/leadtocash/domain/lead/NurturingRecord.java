package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * One recorded step of the nurturing path (DOMAIN D2.6).
 *
 * @param step the step; not null
 * @param done {@code true} if the step was done; {@code false} only for {@link
 *     NurturingStep#KDM_ACKNOWLEDGES} when the KDM did not acknowledge, which sends the path back
 * @param note what happened; not null, not blank
 * @param by the nurturing owner who recorded it; not null
 * @param at when; not null
 */
public record NurturingRecord(
    NurturingStep step, boolean done, String note, EmployeeId by, Instant at) {

  /**
   * Checks the parts.
   *
   * @param step the step; not null
   * @param done {@code true} if the step was done; {@code false} only for {@link
   *     NurturingStep#KDM_ACKNOWLEDGES} when the KDM did not acknowledge, which sends the path back
   * @param note what happened; not null, not blank
   * @param by the nurturing owner who recorded it; not null
   * @param at when; not null
   * @throws IllegalArgumentException if the note is blank, or a step other than the KDM's
   *     acknowledgement is recorded as not done
   */
  public NurturingRecord {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    checkArgument(!note.isBlank(), "each nurturing step is recorded with a note (DOMAIN D2.6)");
    checkArgument(
        done || step == NurturingStep.KDM_ACKNOWLEDGES,
        "only the KDM's acknowledgement can be recorded as not achieved (DOMAIN D2.6)");
  }

  /** {@return the step that follows this record on the path, or empty once handed over} */
  java.util.Optional<NurturingStep> nextStep() {
    return done ? step.next() : java.util.Optional.of(NurturingStep.SHAPE_KDM_VISION);
  }
}
