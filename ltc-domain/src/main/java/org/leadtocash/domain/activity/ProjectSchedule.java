package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.threeten.extra.LocalDateRange;

/**
 * The schedule of the project an activity supports: the days on which an activity may be planned
 * for it (DOMAIN D7.9: "its timing must fit that project's schedule").
 *
 * <p>Taken from an {@link Opportunity} by {@link #of(Opportunity, ZoneId)}:
 *
 * <ul>
 *   <li>it opens on the day the opportunity was opened;
 *   <li>while the opportunity goes on — open, or won and still negotiating towards ATC (D3.5) — it
 *       closes on the expected signing date if one is forecast, and is open-ended otherwise; an
 *       activity after a forecast signing date waits for the forecast to be revised;
 *   <li>an ended opportunity (lost, abandoned, cancelled, or won with ATC approved) takes no new
 *       activities; its schedule closes on the day it ended.
 * </ul>
 *
 * <p>An activity fits when the opportunity goes on and the activity's first day is on or after the
 * opening day and its last day on or before the closing day, both ends included. A schedule whose
 * closing day is before its opening day (a signing date forecast in the past) fits no activity.
 *
 * @param opportunity the opportunity; not null
 * @param customer its customer; not null
 * @param status whether it is open, or its outcome; not null
 * @param ended whether the opportunity has ended (see {@link Opportunity#isEnded()}): an open one
 *     has not, a lost, abandoned or cancelled one has, a won one has once ATC is approved
 * @param opensOn the first day an activity may take place; not null
 * @param closesOn the last day an activity may take place, or empty if open-ended; not null
 */
public record ProjectSchedule(
    OpportunityId opportunity,
    CustomerId customer,
    OpportunityStatus status,
    boolean ended,
    LocalDate opensOn,
    Optional<LocalDate> closesOn) {

  /**
   * Checks the parts.
   *
   * @param opportunity the opportunity; not null
   * @param customer its customer; not null
   * @param status whether it is open, or its outcome; not null
   * @param ended whether the opportunity has ended
   * @param opensOn the first day an activity may take place; not null
   * @param closesOn the last day an activity may take place, or empty if open-ended; not null
   * @throws IllegalArgumentException if {@code ended} contradicts the status: an open opportunity
   *     has not ended, a lost, abandoned or cancelled one has (D3.5)
   */
  public ProjectSchedule {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(opensOn, "opensOn");
    Objects.requireNonNull(closesOn, "closesOn");
    checkArgument(
        status == OpportunityStatus.WON || ended == (status != OpportunityStatus.OPEN),
        "an opportunity %s has %sended (DOMAIN D3.5)",
        status.label(),
        status == OpportunityStatus.OPEN ? "not " : "");
  }

  /**
   * Returns the schedule of an opportunity, as the class comment defines it.
   *
   * @param opportunity the opportunity; not null
   * @param zone the time zone in which its opening and ending instants are dated; not null
   * @return its schedule, never null
   * @throws IllegalArgumentException if the opportunity opened or ended at an instant outside the
   *     library's calendar ({@link BusinessDate#isWithinCalendar(Instant)}), which has no date to
   *     schedule from (DOMAIN D7.9)
   */
  public static ProjectSchedule of(Opportunity opportunity, ZoneId zone) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(zone, "zone");
    for (Instant at :
        Stream.concat(Stream.of(opportunity.openedAt()), opportunity.endedAt().stream()).toList()) {
      checkArgument(
          BusinessDate.isWithinCalendar(at),
          "opportunity %s has an instant %s whose date lies outside the library's calendar, %s to"
              + " %s; a schedule needs its days (DOMAIN D7.9)",
          opportunity.id(),
          at,
          BusinessDate.EARLIEST,
          BusinessDate.LATEST);
    }
    Optional<LocalDate> closes =
        opportunity.isEnded()
            ? opportunity.endedAt().map(t -> LocalDate.ofInstant(t, zone))
            : opportunity.expectedSigning();
    return new ProjectSchedule(
        opportunity.id(),
        opportunity.customer(),
        opportunity.status(),
        opportunity.isEnded(),
        LocalDate.ofInstant(opportunity.openedAt(), zone),
        closes);
  }

  /**
   * {@return whether the opportunity goes on — open, or won and still awaiting ATC — and so takes
   * new activities}
   */
  public boolean isOpen() {
    return !ended;
  }

  /**
   * Returns whether an activity on these days fits the schedule.
   *
   * @param dates the activity's days, end exclusive; not null, not empty, bounded
   * @return whether the opportunity is open and the days lie within the schedule
   * @throws IllegalArgumentException if the range is empty or unbounded
   */
  public boolean fits(LocalDateRange dates) {
    Objects.requireNonNull(dates, "dates");
    checkArgument(
        !dates.isEmpty() && !dates.isUnboundedStart() && !dates.isUnboundedEnd(),
        "an activity takes place on a bounded range of at least one day, not %s",
        dates);
    return isOpen()
        && !dates.getStart().isBefore(opensOn)
        && closesOn.map(c -> !dates.getEndInclusive().isAfter(c)).orElse(true);
  }

  /** {@return e.g. {@code OP-1 open from 2026-01-05 to 2026-05-05}} */
  @Override
  public String toString() {
    return opportunity
        + " "
        + status.label()
        + " from "
        + opensOn
        + closesOn.map(c -> " to " + c).orElse(", open-ended");
  }
}
