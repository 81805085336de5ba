package org.leadtocash.metrics.sales;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.StageEntry;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sales decision cycle (销售决策周期, DOMAIN D12, D3.2): how long the key decisions ATI, ATB and ATC
 * take, from the start of the phase in which a gate is decided to its decision; the average and the
 * longest over the decisions taken in the period, in days.
 *
 * <p>Exactly: every {@link GateDecision} of an opportunity whose decision date ({@link
 * GateDecision#decidedOn()}) falls in the period and whose verdict is not {@link Verdict#DEFERRED}
 * is one cycle. Its length is the number of days from its start to its decision date, where the
 * start is
 *
 * <ul>
 *   <li>the day the opportunity first entered a phase in which the gate is decided ({@link
 *       Gate#decidedIn()}): ATI from the opening, in {@link SalesPhase#VERIFY}; ATB from entering
 *       {@link SalesPhase#DEVELOP_SOLUTION} or {@link SalesPhase#PRE_BID_GUIDANCE}; ATC from
 *       entering {@link SalesPhase#NEGOTIATE} — that is, from when the opportunity could first be
 *       brought to the gate;
 *   <li>or, when the gate was rejected before and the opportunity returned for rework (D3.2), the
 *       date of the latest such rejection: the rework is a new cycle.
 * </ul>
 *
 * <p>A deferral postpones a decision, so it does not end a cycle: its days count in the cycle of
 * the decision that follows. Phase entries are instants; they are dated in the period's zone. A
 * decision dated before its start (possible only with inconsistent dates) counts zero days. The
 * result is empty ("no data") when no decision was taken in the period.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class DecisionCycle implements Kpi<Opportunity, CycleTally, Optional<CycleTime>> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("sales-decision-cycle");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(DecisionCycle.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private DecisionCycle(ReportingPeriod period) {
    this.period = period;
    this.definition = definition(period.toString());
  }

  /**
   * Returns the definition for a period described in words.
   *
   * @param period the period, e.g. {@code the period given to the KPI}
   * @return the definition
   */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "sales decision cycle",
        KpiUnit.DURATION,
        "ATI, ATB and ATC decisions taken in the period, deferrals excepted",
        "the decision date falls in " + period + "; phase entries dated in its zone",
        EmptyPopulation.NO_DATA,
        "average and longest number of days from the first entry into the phase in which the gate"
            + " is decided, or from the gate's latest rejection, to the decision; a deferral's"
            + " days count in the decision that follows",
        "D12");
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the decision dates, whose zone dates the phase entries; not null
   * @return the KPI, never null
   */
  public static DecisionCycle in(ReportingPeriod period) {
    return new DecisionCycle(Objects.requireNonNull(period, "period"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public CycleTally empty() {
    return CycleTally.NONE;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a decision was taken at a gate whose phase the opportunity
   *     never entered (an inconsistent replayed history)
   */
  @Override
  public CycleTally add(CycleTally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    if (opportunity.decisions().isEmpty()) {
      LOG.debug("sales-decision-cycle: {} left out: no gate decided", opportunity.id());
    }
    CycleTally tally = accumulator;
    Map<Gate, LocalDate> reworkSince = new EnumMap<>(Gate.class);
    for (GateDecision decision : opportunity.decisions()) {
      Gate gate = decision.gate();
      if (decision.verdict() == Verdict.DEFERRED) {
        LOG.debug(
            "sales-decision-cycle: {} {} left out: deferred, its days count in the decision that"
                + " follows",
            opportunity.id(),
            gate);
        continue;
      }
      if (period.contains(decision.decidedOn())) {
        LocalDate start =
            Optional.ofNullable(reworkSince.get(gate))
                .orElseGet(() -> firstEntry(opportunity, gate));
        long days = Math.max(0, ChronoUnit.DAYS.between(start, decision.decidedOn()));
        tally = tally.plus(CycleTally.of(days));
      } else if (LOG.isDebugEnabled()) {
        LOG.debug(
            "sales-decision-cycle: {} {} left out: decided on {}, outside {}",
            opportunity.id(),
            gate,
            decision.decidedOn(),
            period.dates());
      }
      if (decision.verdict() == Verdict.REJECTED) {
        reworkSince.put(gate, decision.decidedOn());
      }
    }
    return tally;
  }

  private LocalDate firstEntry(Opportunity opportunity, Gate gate) {
    Set<SalesPhase> phases = gate.decidedIn();
    for (StageEntry<SalesPhase> entry : opportunity.phaseHistory()) {
      if (phases.contains(entry.stage())) {
        return period.dateOf(entry.enteredAt());
      }
    }
    throw new IllegalArgumentException(
        "opportunity "
            + opportunity.id()
            + " decided "
            + gate
            + " without entering "
            + phases
            + " (DOMAIN D3.2)");
  }

  @Override
  public CycleTally merge(CycleTally left, CycleTally right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Optional<CycleTime> result(CycleTally accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.time();
  }
}
