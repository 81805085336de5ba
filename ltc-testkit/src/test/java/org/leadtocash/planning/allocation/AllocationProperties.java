package org.leadtocash.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.planning.Allocations;

/**
 * Properties of the sales-time allocation (DOMAIN D11.6) over the kit's generated accounts and
 * teams: limits kept, floors met whenever they fit and a shortfall otherwise, more potential never
 * fewer hours, the value of one more hour, and the linear programme against a brute-force search.
 */
class AllocationProperties {

  private static final BigDecimal TENTH = new BigDecimal("0.1");

  /** A generated problem: the target accounts and the team. */
  record Problem(List<TargetAccount> accounts, List<Salesperson> team) {
    Allocation allocate() {
      return Allocation.of(
          accounts, team, ReturnPolicy.standard(), Allocations.NEW_SALESPERSON_HOURS);
    }

    Problem withCapacity(int salesperson, BigDecimal change) {
      List<Salesperson> changed = new ArrayList<>(team);
      Salesperson s = team.get(salesperson);
      changed.set(
          salesperson, new Salesperson(s.employee(), s.capacityHours().add(change), s.accounts()));
      return new Problem(accounts, List.copyOf(changed));
    }

    boolean open() {
      return team.stream().allMatch(Salesperson::servesEveryAccount);
    }
  }

  @Provide
  Arbitrary<Problem> problems() {
    return Allocations.accountLists(Settings.standard())
        .flatMap(accounts -> Allocations.teams(accounts).map(team -> new Problem(accounts, team)));
  }

  @Provide
  Arbitrary<Problem> openProblems() {
    return problems()
        .map(
            p ->
                new Problem(
                    p.accounts(),
                    p.team().stream()
                        .map(s -> Salesperson.of(s.employee(), s.capacityHours()))
                        .toList()));
  }

  /** The exact expected return: Σ return per hour × hours, unrounded. */
  private static BigDecimal exactReturn(Allocation allocation) {
    return allocation.accounts().stream()
        .map(a -> a.returnPerHour().getAmount().multiply(a.hours()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sum(List<BigDecimal> hours) {
    return hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 300)
  void keepsEveryLimit(@ForAll("problems") Problem problem) {
    Allocation allocation = problem.allocate();
    Statistics.collect(allocation.feasible() ? "feasible" : "short");
    if (!allocation.feasible()) {
      return;
    }
    Map<EmployeeId, Salesperson> team = new HashMap<>();
    problem.team().forEach(s -> team.put(s.employee(), s));
    for (SalespersonHours s : allocation.salespeople()) {
      assertTrue(
          s.hours().compareTo(team.get(s.employee()).capacityHours()) <= 0,
          "DOMAIN D11.6: never beyond capacity");
    }
    for (AssignedHours assigned : allocation.assignments()) {
      assertTrue(
          team.get(assigned.employee()).mayServe(assigned.customer()),
          "DOMAIN D11.6: only accounts the salesperson may serve");
    }
    for (TargetAccount account : problem.accounts()) {
      BigDecimal hours = allocation.account(account.customer()).orElseThrow().hours();
      assertTrue(hours.compareTo(account.floorHours()) >= 0, "DOMAIN D11.6: every floor met");
      assertTrue(hours.compareTo(account.usefulHours()) <= 0, "DOMAIN D11.6: no useless hour");
      assertEquals(
          0,
          hours.compareTo(
              sum(
                  allocation.assignments().stream()
                      .filter(a -> a.customer().equals(account.customer()))
                      .map(AssignedHours::hours)
                      .toList())));
    }
  }

  @Property(tries = 300)
  void infeasibleExactlyWhenTheFloorsExceedTheCapacity(@ForAll("openProblems") Problem problem) {
    BigDecimal floors = sum(problem.accounts().stream().map(TargetAccount::floorHours).toList());
    BigDecimal capacity = sum(problem.team().stream().map(Salesperson::capacityHours).toList());
    Allocation allocation = problem.allocate();
    Statistics.collect(allocation.feasible() ? "feasible" : "short");

    assertEquals(floors.compareTo(capacity) <= 0, allocation.feasible());
    allocation
        .shortfall()
        .ifPresent(
            s -> {
              assertEquals(0, floors.subtract(capacity).compareTo(s.hours()));
              assertEquals(
                  floors
                      .subtract(capacity)
                      .divide(Allocations.NEW_SALESPERSON_HOURS, 0, java.math.RoundingMode.CEILING)
                      .intValueExact(),
                  s.headcount());
            });
  }

  @Property(tries = 200)
  void theReportedHeadcountClosesTheShortfallAndOneFewerDoesNot(
      @ForAll("problems") Problem problem) {
    Allocation allocation = problem.allocate();
    Optional<Shortfall> shortfall = allocation.shortfall();
    Statistics.collect(shortfall.isPresent() ? "short" : "feasible");
    if (shortfall.isEmpty()) {
      return;
    }
    // with new salespeople bringing exactly the shortfall, it closes; with a tenth less, it does
    // not
    assertTrue(withNewHours(problem, shortfall.get().hours()).feasible());
    BigDecimal less = shortfall.get().hours().subtract(TENTH);
    if (less.signum() > 0) {
      Allocation still = withNewHours(problem, less);
      assertFalse(still.feasible());
      assertEquals(0, TENTH.compareTo(still.shortfall().orElseThrow().hours()));
    }
    // the headcount at the standard capacity covers the shortfall, one fewer does not
    int headcount = shortfall.get().headcount();
    BigDecimal brought = Allocations.NEW_SALESPERSON_HOURS.multiply(BigDecimal.valueOf(headcount));
    assertTrue(brought.compareTo(shortfall.get().hours()) >= 0);
    assertTrue(
        brought.subtract(Allocations.NEW_SALESPERSON_HOURS).compareTo(shortfall.get().hours()) < 0);
  }

  private static Allocation withNewHours(Problem problem, BigDecimal hours) {
    List<Salesperson> team = new ArrayList<>(problem.team());
    team.add(Salesperson.of(EmployeeId.of("NEW"), hours));
    return new Problem(problem.accounts(), List.copyOf(team)).allocate();
  }

  @Property(tries = 200)
  void morePotentialNeverGivesFewerHours(
      @ForAll("problems") Problem problem,
      @ForAll("indexes") int pick,
      @ForAll("raises") long raise) {
    Allocation before = problem.allocate();
    if (!before.feasible()) {
      return;
    }
    int i = pick % problem.accounts().size();
    TargetAccount account = problem.accounts().get(i);
    List<TargetAccount> richer = new ArrayList<>(problem.accounts());
    richer.set(i, account.withPotential(account.potential().plusMajor(raise)));
    Allocation after = new Problem(List.copyOf(richer), problem.team()).allocate();

    BigDecimal hoursBefore = before.account(account.customer()).orElseThrow().hours();
    BigDecimal hoursAfter = after.account(account.customer()).orElseThrow().hours();
    Statistics.collect(hoursAfter.compareTo(hoursBefore) > 0 ? "more hours" : "same hours");
    assertTrue(hoursAfter.compareTo(hoursBefore) >= 0, hoursBefore + " h, then " + hoursAfter);
    assertTrue(exactReturn(after).compareTo(exactReturn(before)) >= 0);
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<Long> raises() {
    return Arbitraries.longs().between(1, 3_000_000);
  }

  @Property(tries = 200)
  void oneMoreHourIsWorthTheReportedValue(
      @ForAll("problems") Problem problem, @ForAll("indexes") int pick) {
    Allocation allocation = problem.allocate();
    if (!allocation.feasible() || problem.team().isEmpty()) {
      return;
    }
    int s = pick % problem.team().size();
    SalespersonHours hours = allocation.salespeople().get(s);
    BigDecimal value = hours.hourValue().getAmount();
    BigDecimal base = exactReturn(allocation);
    // the next tenth of an hour earns a tenth of the value; a whole hour at most the value
    BigDecimal tenth = exactReturn(problem.withCapacity(s, TENTH).allocate()).subtract(base);
    assertEquals(
        0, value.multiply(TENTH).compareTo(tenth), value + " an hour, next tenth " + tenth);
    BigDecimal hour =
        exactReturn(problem.withCapacity(s, BigDecimal.ONE).allocate()).subtract(base);
    assertTrue(hour.compareTo(value) <= 0, "a whole hour " + hour + " ≤ " + value);
    Statistics.collect(hours.spareHours().signum() > 0 ? "spare time" : "at capacity");
    // the last tenth they have earned at least as much as the next one will
    if (hours.capacityHours().signum() > 0) {
      Allocation fewer = problem.withCapacity(s, TENTH.negate()).allocate();
      if (fewer.feasible()) {
        assertTrue(base.subtract(exactReturn(fewer)).compareTo(tenth) >= 0);
      }
    }
  }

  @Property(tries = 200)
  void eachAccountIsExplainedByTheValueOfTime(@ForAll("problems") Problem problem) {
    Allocation allocation = problem.allocate();
    for (AccountHours account : allocation.accounts()) {
      Money perHour = account.returnPerHour();
      Statistics.collect(account.reason());
      Money value = account.hourValue().orElse(perHour.withAmount(BigDecimal.ZERO));
      switch (account.reason()) {
        case UNSERVED -> {
          assertEquals(0, account.hours().signum());
          assertTrue(problem.team().stream().noneMatch(s -> s.mayServe(account.customer())));
        }
        case AT_FLOOR -> assertFalse(perHour.isGreaterThan(value), account.explanation());
        case AT_SATURATION -> assertFalse(perHour.isLessThan(value), account.explanation());
        case MARGINAL -> assertEquals(perHour, value, account.explanation());
        case FIXED -> assertEquals(0, account.floorHours().compareTo(account.usefulHours()));
      }
      assertEquals(
          account.reason() == HoursReason.UNSERVED,
          problem.team().stream().noneMatch(s -> s.mayServe(account.customer())));
    }
    for (SalespersonHours s : allocation.salespeople()) {
      if (s.spareHours().signum() > 0) {
        assertTrue(s.hourValue().isZero(), "DOMAIN D11.6: spare time earns nothing more");
      }
    }
  }

  // ---- brute force: whole hours, 2 salespeople × 3 accounts ----

  @Provide
  Arbitrary<Problem> smallProblems() {
    Arbitrary<TargetAccount> account =
        Combinators.combine(
                Arbitraries.integers().between(0, 9_000),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 4))
            .as(
                (potential, visits, above) -> {
                  int useful = Math.max(1, visits + above);
                  return TargetAccount.of(
                      CustomerId.of("X"),
                      Money.ofMajor(Settings.standard().currency(), potential),
                      Probability.ofPercent(100),
                      visits,
                      BigDecimal.ONE,
                      BigDecimal.valueOf(useful));
                });
    Arbitrary<Set<Integer>> territory =
        Arbitraries.oneOf(
            Arbitraries.just(Set.<Integer>of()),
            Arbitraries.integers().between(0, 2).set().ofMinSize(1).ofMaxSize(2));
    return Combinators.combine(
            account.list().ofSize(3),
            Arbitraries.integers().between(0, 6).list().ofSize(2),
            territory.list().ofSize(2))
        .as(
            (accounts, capacities, territories) -> {
              List<TargetAccount> named = new ArrayList<>();
              for (int a = 0; a < 3; a++) {
                TargetAccount t = accounts.get(a);
                named.add(
                    TargetAccount.of(
                        CustomerId.of("KA-" + a),
                        t.potential(),
                        t.winChance(),
                        t.minimumVisits(),
                        t.hoursPerVisit(),
                        t.usefulHours()));
              }
              List<Salesperson> team = new ArrayList<>();
              for (int s = 0; s < 2; s++) {
                Set<CustomerId> serves =
                    territories.get(s).stream()
                        .map(a -> CustomerId.of("KA-" + a))
                        .collect(java.util.stream.Collectors.toSet());
                team.add(
                    new Salesperson(
                        EmployeeId.of("SP-" + s), BigDecimal.valueOf(capacities.get(s)), serves));
              }
              return new Problem(List.copyOf(named), List.copyOf(team));
            });
  }

  /**
   * The best expected return over every whole-hour plan, or empty when no plan meets the floors.
   */
  private static Optional<BigDecimal> bruteForce(Problem problem) {
    List<int[]> first = plans(problem, 0);
    List<int[]> second = plans(problem, 1);
    BigDecimal[] perHour = new BigDecimal[3];
    for (int a = 0; a < 3; a++) {
      perHour[a] = ReturnPolicy.standard().returnPerHour(problem.accounts().get(a)).getAmount();
    }
    Optional<BigDecimal> best = Optional.empty();
    for (int[] x : first) {
      for (int[] y : second) {
        boolean fits = true;
        BigDecimal value = BigDecimal.ZERO;
        for (int a = 0; a < 3 && fits; a++) {
          TargetAccount account = problem.accounts().get(a);
          int total = x[a] + y[a];
          fits =
              total >= account.floorHours().intValue() && total <= account.usefulHours().intValue();
          value = value.add(perHour[a].multiply(BigDecimal.valueOf(total)));
        }
        if (fits && (best.isEmpty() || value.compareTo(best.get()) > 0)) {
          best = Optional.of(value);
        }
      }
    }
    return best;
  }

  /** Every whole-hour plan of one salesperson: hours per account within capacity and territory. */
  private static List<int[]> plans(Problem problem, int s) {
    Salesperson salesperson = problem.team().get(s);
    int capacity = salesperson.capacityHours().intValue();
    List<int[]> plans = new ArrayList<>();
    for (int a = 0; a <= capacity; a++) {
      for (int b = 0; a + b <= capacity; b++) {
        for (int c = 0; a + b + c <= capacity; c++) {
          int[] plan = {a, b, c};
          boolean allowed = true;
          for (int k = 0; k < 3; k++) {
            allowed &= plan[k] == 0 || salesperson.mayServe(problem.accounts().get(k).customer());
          }
          if (allowed) {
            plans.add(plan);
          }
        }
      }
    }
    return plans;
  }

  @Property(tries = 300)
  void matchesABruteForceSearchOnSmallTeams(@ForAll("smallProblems") Problem problem) {
    Allocation allocation = problem.allocate();
    Optional<BigDecimal> best = bruteForce(problem);
    Statistics.collect(
        best.isPresent() ? "feasible" : "short", problem.open() ? "open" : "territories");

    assertEquals(best.isPresent(), allocation.feasible(), allocation.explanation());
    // whole-hour data make the programme's optimum a whole-hour plan: the two bests are equal
    best.ifPresent(b -> assertEquals(0, b.compareTo(exactReturn(allocation)), b + " by search"));
  }

  @Property(tries = 100)
  void theSameProblemGivesTheSameAllocation(@ForAll("problems") Problem problem) {
    Tuple2<Allocation, Allocation> twice = Tuple.of(problem.allocate(), problem.allocate());
    assertEquals(twice.get1(), twice.get2());
  }
}
