package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.PersonId;

/**
 * One pair of activities that may tire a customer's person (DOMAIN D7.9): the same activity type,
 * meeting the same person, fewer days apart than the {@link FatiguePolicy} window.
 *
 * @param person the customer's person met by both; not null
 * @param type the activity type of both; not null
 * @param earlier the activity that starts first (on a tie, the smaller id); not null
 * @param later the other activity; not null
 * @param daysApart days from the end of {@code earlier} to the start of {@code later}, 0 if they
 *     overlap; not negative, less than {@code windowDays}
 * @param windowDays the policy's window for the type, at least 1
 */
public record FatigueFlag(
    PersonId person,
    ActivityType type,
    ContactActivity earlier,
    ContactActivity later,
    long daysApart,
    int windowDays) {

  /**
   * Checks the parts.
   *
   * @param person the customer's person met by both; not null
   * @param type the activity type of both; not null
   * @param earlier the activity that starts first (on a tie, the smaller id); not null
   * @param later the other activity; not null
   * @param daysApart days from the end of {@code earlier} to the start of {@code later}, 0 if they
   *     overlap; not negative, less than {@code windowDays}
   * @param windowDays the policy's window for the type, at least 1
   * @throws IllegalArgumentException if the activities are not of the type, do not both meet the
   *     person, are the same activity, or the days are out of range
   */
  public FatigueFlag {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    checkArgument(
        earlier.type() == type && later.type() == type,
        "both activities of a fatigue flag are %s",
        type);
    checkArgument(
        earlier.meets(person) && later.meets(person),
        "both activities of a fatigue flag meet %s",
        person);
    checkArgument(
        !earlier.id().equals(later.id()), "a fatigue flag pairs two different activities");
    checkArgument(windowDays >= 1, "a fatigue window is at least 1 day, not %s", windowDays);
    checkArgument(
        daysApart >= 0 && daysApart < windowDays,
        "a flagged pair is 0 to %s days apart, not %s",
        windowDays - 1,
        daysApart);
  }

  /**
   * {@return e.g. {@code P-CTO: dinner repeated 12 days apart (A-1 on 2026-03-02, A-4 on
   * 2026-03-14; window 30 days)}}
   */
  @Override
  public String toString() {
    return person
        + ": "
        + type.label()
        + " repeated "
        + daysApart
        + (daysApart == 1 ? " day" : " days")
        + " apart ("
        + earlier.id()
        + " on "
        + earlier.dates().getStart()
        + ", "
        + later.id()
        + " on "
        + later.dates().getStart()
        + "; window "
        + windowDays
        + " days)";
  }
}
