package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;
import org.threeten.extra.LocalDateRange;

/**
 * The sales decision cycle (DOMAIN D12, D3.2) over books of business, against a naive computation.
 */
class DecisionCycleProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(DecisionCycle.in(PERIOD), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveComputation(@ForAll("deals") List<Opportunity> opportunities) {
    List<Long> cycles = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      cycles.addAll(naiveCycles(opportunity, PERIOD.dates()));
    }
    Optional<CycleTime> expected =
        cycles.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new CycleTime(
                    cycles.size(),
                    Duration.ofDays(cycles.stream().mapToLong(Long::longValue).sum())
                        .dividedBy(cycles.size()),
                    Duration.ofDays(cycles.stream().mapToLong(Long::longValue).max().orElse(0))));
    assertEquals(expected, DecisionCycle.in(PERIOD).compute(opportunities));
  }

  @Property(tries = 50)
  void moreOpportunitiesNeverShortenTheLongestNorLowerTheCount(
      @ForAll("deals") List<Opportunity> opportunities, @ForAll("deals") List<Opportunity> more) {
    DecisionCycle kpi = DecisionCycle.in(PERIOD);
    Optional<CycleTime> before = kpi.compute(opportunities);
    List<Opportunity> all = new ArrayList<>(opportunities);
    all.addAll(more);
    Optional<CycleTime> after = kpi.compute(all);
    before.ifPresent(
        b -> {
          CycleTime a = after.orElseThrow();
          assertTrue(a.cycles() >= b.cycles());
          assertTrue(a.longest().compareTo(b.longest()) >= 0);
        });
    after.ifPresent(
        a -> {
          assertTrue(!a.average().isNegative());
          assertTrue(a.average().compareTo(a.longest()) <= 0);
        });
  }

  /**
   * The cycles of one opportunity, found by looking back from each decision: the latest earlier
   * rejection at the same gate, or else the first phase entry of the gate.
   */
  private static List<Long> naiveCycles(Opportunity opportunity, LocalDateRange period) {
    List<GateDecision> decisions = opportunity.decisions();
    List<Long> cycles = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      GateDecision decision = decisions.get(i);
      if (decision.verdict() == Verdict.DEFERRED || !period.contains(decision.decidedOn())) {
        continue;
      }
      LocalDate start =
          decisions.subList(0, i).stream()
              .filter(d -> d.gate() == decision.gate() && d.verdict() == Verdict.REJECTED)
              .map(GateDecision::decidedOn)
              .reduce((a, b) -> b)
              .orElseGet(
                  () ->
                      opportunity.phaseHistory().stream()
                          .filter(e -> decision.gate().decidedIn().contains(e.stage()))
                          .map(e -> e.enteredAt().atZone(ZoneOffset.UTC).toLocalDate())
                          .findFirst()
                          .orElseThrow());
      cycles.add(Math.max(0, start.until(decision.decidedOn(), ChronoUnit.DAYS)));
    }
    return cycles;
  }
}
