package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * A count of the voice of the customer, for tracking it (DOMAIN D8.1, D6.3 "track and monitor:
 * voice of the customer"): how much of each kind, from each source, and the share we sought out
 * actively.
 *
 * @param total how many pieces of feedback, not negative
 * @param byKind the count of each kind present; not null
 * @param bySource the count of each source present; not null
 * @param activeShare feedback from active sources out of all; {@link Rate#NO_DATA} when empty; not
 *     null
 */
public record FeedbackSummary(
    long total,
    Map<FeedbackKind, Long> byKind,
    Map<FeedbackSource, Long> bySource,
    Rate activeShare) {

  /**
   * Checks and copies the parts.
   *
   * @param total how many pieces of feedback, not negative
   * @param byKind the count of each kind present; not null
   * @param bySource the count of each source present; not null
   * @param activeShare feedback from active sources out of all; {@link Rate#NO_DATA} when empty;
   *     not null
   * @throws IllegalArgumentException if the total is negative
   */
  public FeedbackSummary {
    Objects.requireNonNull(byKind, "byKind");
    Objects.requireNonNull(bySource, "bySource");
    checkArgument(total >= 0, "a count of feedback is not negative: %s", total);
    byKind = Maps.immutableEnumMap(byKind);
    bySource = Maps.immutableEnumMap(bySource);
    Objects.requireNonNull(activeShare, "activeShare");
  }

  /**
   * Counts a collection of feedback.
   *
   * @param feedback the feedback; not null
   * @return the summary, never null
   */
  public static FeedbackSummary of(Collection<Feedback> feedback) {
    Objects.requireNonNull(feedback, "feedback");
    Map<FeedbackKind, Long> kinds = new EnumMap<>(FeedbackKind.class);
    Map<FeedbackSource, Long> sources = new EnumMap<>(FeedbackSource.class);
    long active = 0;
    for (Feedback f : feedback) {
      kinds.merge(f.kind(), 1L, Long::sum);
      sources.merge(f.source(), 1L, Long::sum);
      active += f.isActive() ? 1 : 0;
    }
    return new FeedbackSummary(feedback.size(), kinds, sources, Rate.of(active, feedback.size()));
  }

  /**
   * Returns how many pieces of feedback were of a kind.
   *
   * @param kind the kind; not null
   * @return the count, 0 if none
   */
  public long count(FeedbackKind kind) {
    Objects.requireNonNull(kind, "kind");
    return byKind.getOrDefault(kind, 0L);
  }
}
