package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A review question was answered, or answered again (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param question the question
 * @param yes whether the answer is yes
 * @param evidence what the answer rests on
 * @param occurredAt when
 */
public record ReviewQuestionAnswered(
    PlanningCycleId cycle,
    long version,
    ReviewQuestion question,
    boolean yes,
    String evidence,
    Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.review-question-answered}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.review-question-answered", 1);

  /**
   * Checks that no part is null and no text is blank.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param question the question
   * @param yes whether the answer is yes
   * @param evidence what the answer rests on
   * @param occurredAt when
   */
  public ReviewQuestionAnswered {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(evidence, "evidence");
    checkArgument(
        !evidence.isBlank(), "ReviewQuestionAnswered: the evidence is not blank (DOMAIN D11.10)");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
