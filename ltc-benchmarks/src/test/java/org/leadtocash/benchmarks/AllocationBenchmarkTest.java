package org.leadtocash.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadtocash.planning.allocation.Allocation;

@DisplayName("the allocation benchmark's programme and greedy baseline (D11.6)")
class AllocationBenchmarkTest {

  private static AllocationBenchmark benchmark(String territory) {
    AllocationBenchmark benchmark = new AllocationBenchmark();
    benchmark.accounts = 60;
    benchmark.salespeople = 8;
    benchmark.territory = territory;
    benchmark.prepare();
    return benchmark;
  }

  @ParameterizedTest
  @ValueSource(strings = {"open", "assigned"})
  @DisplayName("the programme never earns less than greedy, and both meet every floor")
  void programmeBeatsOrMatchesGreedy(String territory) {
    AllocationBenchmark benchmark = benchmark(territory);
    Allocation programme = benchmark.linearProgramme();
    AllocationBenchmark.Greedy.Plan greedy = benchmark.greedyBaseline();

    assertTrue(programme.feasible(), programme.explanation());
    assertTrue(greedy.floorsMet());
    assertFalse(
        programme.expectedReturn().isLessThan(greedy.expectedReturn()),
        programme.expectedReturn() + " against greedy " + greedy.expectedReturn());
    // the team is short of time: the teams' hours bind, and one more hour is worth something
    assertTrue(programme.teamHourValue().isPositive());
  }

  @ParameterizedTest
  @ValueSource(strings = {"open"})
  @DisplayName("with open territories greedy by return per hour is optimal too: equal returns")
  void openTerritoriesGreedyIsOptimal(String territory) {
    AllocationBenchmark benchmark = benchmark(territory);
    Allocation programme = benchmark.linearProgramme();
    AllocationBenchmark.Greedy.Plan greedy = benchmark.greedyBaseline();

    // the programme's total rounds each account's return; greedy rounds once: within a cent each
    BigDecimal gap = programme.expectedReturn().minus(greedy.expectedReturn()).getAmount().abs();
    assertTrue(gap.compareTo(new BigDecimal("0.60")) <= 0, "gap " + gap);
    assertEquals(0, programme.totalHours().compareTo(greedy.totalHours()));
  }
}
