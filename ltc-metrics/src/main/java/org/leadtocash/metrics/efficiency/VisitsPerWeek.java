package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.YearWeek;

/**
 * Customer visits per customer-facing employee per week, against the target of {@value #TARGET}
 * (DOMAIN D2.2: "each visits at least 6 customers a week"; D12).
 *
 * <p>Exactly: the population is every employee of the given roster in every given ISO week —
 * employee-weeks, so an employee with no visit in a week counts as 0 in it. A {@link
 * ContactActivity} (D7.9) is a visit if its type is one of the visit types (by default {@link
 * #CUSTOMER_VISITS}); it counts once for each member of its staff who is on the roster, in the ISO
 * week of its first day, if that week is one of the given weeks. The result gives the average
 * visits per employee-week and the share of employee-weeks with at least {@value #TARGET} visits.
 * An empty roster or no week is "no data".
 *
 * <p>Its period is a set of ISO weeks, not a {@link org.leadtocash.metrics.ReportingPeriod}: the
 * population is employee-weeks and the target is per week (D2.2), so a range of dates that cut a
 * week would count part of a week as a whole one. An activity is dated by its first day, a date, so
 * no zone is needed.
 *
 * <p>The sources count customers visited; an activity names the customer's people it meets and the
 * opportunity it supports, not one customer, so the library counts visiting activities: two
 * activities with the same customer in one week are two visits.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every activity it is given, so an
 * activity delivered twice counts twice; each activity carries its {@link
 * org.leadtocash.domain.activity.ContactActivity#id() id}, so a host whose delivery may repeat
 * counts through {@link org.leadtocash.metrics.OncePerFact#byId OncePerFact.byId(kpi,
 * ContactActivity::id)}, which counts each activity once.
 */
public final class VisitsPerWeek implements Kpi<ContactActivity, VisitLog, WeeklyVisits> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("visits-per-week");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(VisitsPerWeek.class);

  /** The visits a customer-facing employee makes in a week (D2.2). */
  public static final int TARGET = 6;

  /**
   * The activity types that count as a customer visit by default: those in which our people meet
   * the customer's in person, in a setting small enough to be a visit — daily, executive, home and
   * sponsor visits and meetings, topic and technical exchanges, dinners, business-trip
   * accompaniment, and the customer's visits to our company or a showcase site. Exhibitions and
   * forums and executive summits are events rather than visits, and courtesy gifts meet no one.
   */
  public static final Set<ActivityType> CUSTOMER_VISITS =
      Sets.immutableEnumSet(
          EnumSet.complementOf(
              EnumSet.of(
                  ActivityType.EXHIBITION_OR_FORUM,
                  ActivityType.EXECUTIVE_SUMMIT,
                  ActivityType.COURTESY_GIFTS)));

  private final ImmutableSet<EmployeeId> roster;
  private final ImmutableSet<YearWeek> weeks;
  private final Set<ActivityType> visitTypes;
  private final KpiDefinition definition;

  private VisitsPerWeek(
      ImmutableSet<EmployeeId> roster, ImmutableSet<YearWeek> weeks, Set<ActivityType> visitTypes) {
    this.roster = roster;
    this.weeks = weeks;
    this.visitTypes = visitTypes;
    this.definition =
        definition(
            "the ISO week of the activity's first day is one of "
                + weeks
                + "; a roster of "
                + roster.size()
                + "; visits are "
                + visitTypes);
  }

  /**
   * Returns the KPI for some weeks and a roster, counting the default {@link #CUSTOMER_VISITS}.
   *
   * @param weeks the ISO weeks; not null
   * @param roster the customer-facing employees; not null
   * @return the KPI, never null
   */
  public static VisitsPerWeek in(Set<YearWeek> weeks, Set<EmployeeId> roster) {
    return in(weeks, roster, CUSTOMER_VISITS);
  }

  /**
   * Returns the KPI for some weeks and a roster, counting the host's choice of visit types.
   *
   * @param weeks the ISO weeks; not null
   * @param roster the customer-facing employees; not null
   * @param visitTypes the activity types that count as a visit; not null
   * @return the KPI, never null
   */
  public static VisitsPerWeek in(
      Set<YearWeek> weeks, Set<EmployeeId> roster, Set<ActivityType> visitTypes) {
    Objects.requireNonNull(weeks, "weeks");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(visitTypes, "visitTypes");
    return new VisitsPerWeek(
        ImmutableSet.copyOf(roster), ImmutableSet.copyOf(weeks), Sets.immutableEnumSet(visitTypes));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "customer visits per employee per week",
        KpiUnit.RATIO,
        "employee-weeks: every employee of the roster in every week, with or without a visit",
        period,
        EmptyPopulation.NO_DATA,
        "visiting activities counted per staff member on the roster / employee-weeks; and the"
            + " share of employee-weeks with at least "
            + TARGET
            + " visits",
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public VisitLog empty() {
    return VisitLog.NONE;
  }

  @Override
  public VisitLog add(VisitLog accumulator, ContactActivity activity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(activity, "activity");
    if (!visitTypes.contains(activity.type())) {
      LOG.debug("visits-per-week: {} left out: {} is not a visit", activity.id(), activity.type());
      return accumulator;
    }
    YearWeek week = YearWeek.from(activity.dates().getStart());
    if (!weeks.contains(week)) {
      LOG.debug(
          "visits-per-week: {} left out: week {} is not one of the KPI's", activity.id(), week);
      return accumulator;
    }
    VisitLog log = accumulator;
    for (EmployeeId employee : activity.staff()) {
      if (roster.contains(employee)) {
        log = log.plus(employee, week);
      } else {
        LOG.debug("visits-per-week: {} of {} left out: not on the roster", employee, activity.id());
      }
    }
    return log;
  }

  @Override
  public VisitLog merge(VisitLog left, VisitLog right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the log counts visits of someone not on the roster or in
   *     another week: a log built by another {@code VisitsPerWeek}
   */
  @Override
  public WeeklyVisits result(VisitLog accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    long visits = 0;
    long onTarget = 0;
    for (Map.Entry<VisitLog.EmployeeWeek, Long> entry : accumulator.counts().entrySet()) {
      checkArgument(
          roster.contains(entry.getKey().employee()) && weeks.contains(entry.getKey().week()),
          "the log counts visits of %s, outside this KPI's roster and weeks",
          entry.getKey());
      long count = entry.getValue();
      visits += count;
      if (count >= TARGET) {
        onTarget++;
      }
    }
    return new WeeklyVisits(
        TARGET, visits, Math.multiplyExact((long) roster.size(), weeks.size()), onTarget);
  }
}
