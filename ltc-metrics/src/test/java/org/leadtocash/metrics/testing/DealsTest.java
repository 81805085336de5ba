package org.leadtocash.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.Verdict;

/** The random opportunities of the properties reach every case the sales KPIs tell apart. */
class DealsTest {

  @Test
  @DisplayName("the first 300 seeds give every status, gate, verdict, late and timely decisions")
  void randomDealsCoverTheCases() {
    Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
    Set<Gate> gates = EnumSet.noneOf(Gate.class);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<Boolean> late = new java.util.HashSet<>();
    Set<Boolean> splits = new java.util.HashSet<>();
    LongStream.range(0, 300)
        .mapToObj(Deals::random)
        .forEach(
            opportunity -> {
              statuses.add(opportunity.status());
              for (GateDecision decision : opportunity.decisions()) {
                gates.add(decision.gate());
                verdicts.add(decision.verdict());
                late.add(decision.isLate());
              }
              opportunity.outcome().ifPresent(outcome -> splits.add(hasSplit(outcome)));
            });
    assertEquals(EnumSet.allOf(OpportunityStatus.class), statuses);
    assertEquals(EnumSet.allOf(Gate.class), gates);
    assertEquals(EnumSet.allOf(Verdict.class), verdicts);
    assertEquals(Set.of(true, false), late);
    assertEquals(Set.of(true, false), splits);
  }

  @Test
  @DisplayName("the same seed gives the same opportunity")
  void deterministic() {
    Opportunity first = Deals.random(42);
    assertEquals(first, Deals.random(42));
    assertTrue(first.version() >= 1);
  }

  private static boolean hasSplit(OpportunityOutcome outcome) {
    if (outcome instanceof OpportunityOutcome.Won won) {
      return won.split().isPresent();
    }
    if (outcome instanceof OpportunityOutcome.Lost lost) {
      return lost.split().isPresent();
    }
    return false;
  }
}
