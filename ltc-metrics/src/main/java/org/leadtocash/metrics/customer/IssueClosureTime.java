package org.leadtocash.metrics.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue closure time (DOMAIN D8.2, D12): over the non-technical issues closed in the period, the
 * average and the longest time from acceptance to closure ({@link CustomerIssue#timeToClose()}). An
 * issue counts in the period of its closure, whatever happened after (evaluation); an issue still
 * open is not counted. No issue closed in the period gives "no data" (an empty average and
 * maximum).
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every issue state it is given, so the
 * same issue delivered twice, or an older version after a newer one, counts twice; a host whose
 * delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each issue once, at its latest version.
 */
public final class IssueClosureTime implements Kpi<CustomerIssue, ClosureTimes, ClosureTimes> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("issue-closure-time");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(IssueClosureTime.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private IssueClosureTime(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the issue's closure instant's date falls in " + period);
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the closure instants; not null
   * @return the KPI, never null
   */
  public static IssueClosureTime in(ReportingPeriod period) {
    return new IssueClosureTime(Objects.requireNonNull(period, "period"));
  }

  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "issue closure time",
        KpiUnit.DURATION,
        "non-technical issues (D8.2) closed in the period",
        period,
        EmptyPopulation.NO_DATA,
        "average of (closure − acceptance) over the issues, truncated to the nanosecond, and the"
            + " longest (closure − acceptance)",
        "D8.2");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public ClosureTimes empty() {
    return ClosureTimes.NONE;
  }

  @Override
  public ClosureTimes add(ClosureTimes accumulator, CustomerIssue issue) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(issue, "issue");
    Optional<Instant> closed = issue.closedAt();
    if (closed.isEmpty()) {
      LOG.debug("issue-closure-time: {} left out: not closed", issue.id());
      return accumulator;
    }
    if (!period.contains(closed.get())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "issue-closure-time: {} left out: closed on {}, outside {}",
            issue.id(),
            period.dateOf(closed.get()),
            period);
      }
      return accumulator;
    }
    return accumulator.plus(ClosureTimes.of(issue.timeToClose().orElseThrow()));
  }

  @Override
  public ClosureTimes merge(ClosureTimes left, ClosureTimes right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public ClosureTimes result(ClosureTimes accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
