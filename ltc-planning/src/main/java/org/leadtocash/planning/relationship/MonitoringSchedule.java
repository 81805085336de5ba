package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * The monitoring of a plan in execution at a date (DOMAIN D10.1, D10.4): one entry per {@link
 * MonitoringActivity}, in its order — the weekly meeting, weekly work plan, quarterly self-check,
 * half-year coaching and yearly evaluation — with what fell due and what was held.
 *
 * @param asOf the date; not null
 * @param startsOn the day execution started, from which every cadence counts; not null
 * @param entries one per activity, in the activities' order; not null
 */
public record MonitoringSchedule(LocalDate asOf, LocalDate startsOn, List<MonitoringDue> entries) {

  /**
   * Copies the entries.
   *
   * @param asOf the date; not null
   * @param startsOn the day execution started; not null
   * @param entries one per activity; not null
   */
  public MonitoringSchedule {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(startsOn, "startsOn");
    entries = ImmutableList.copyOf(entries);
  }

  /** {@return the rule the schedule reports on: {@link RuleId#D10_4}, monitoring the plan} */
  public RuleId rule() {
    return RuleId.D10_4;
  }

  /** {@return the entries overdue at the date, in order; never null} */
  public List<MonitoringDue> overdue() {
    return entries.stream().filter(MonitoringDue::overdue).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry of one activity.
   *
   * @param activity the activity; not null
   * @return its entry, never null
   * @throws IllegalArgumentException if the schedule has no entry for it
   */
  public MonitoringDue entry(MonitoringActivity activity) {
    Objects.requireNonNull(activity, "activity");
    return entries.stream()
        .filter(e -> e.activity() == activity)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entry for the " + activity.label()));
  }

  /** {@return the schedule in words, one entry a line; never null} */
  public String explanation() {
    return String.join("\n", entries.stream().map(MonitoringDue::explanation).toList());
  }
}
