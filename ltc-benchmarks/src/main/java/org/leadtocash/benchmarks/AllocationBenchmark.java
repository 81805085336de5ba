package org.leadtocash.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.allocation.Salesperson;
import org.leadtocash.planning.allocation.TargetAccount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sales-time allocation of DOMAIN D11.6 at a realistic size — by default 300 target accounts
 * and 40 salespeople, a quarter of selling — two ways in the same run: the library's linear
 * programme ({@link Allocation#of}, solved with ojAlgo, with the value of one more hour of every
 * salesperson) and a naive greedy allocation ({@link Greedy}: fill the floors, then give hours to
 * the highest return per hour first). Two territories: {@code open}, where everyone may serve every
 * account (the programme reduces to one variable per account, and greedy is optimal too), and
 * {@code assigned}, where each account may be served by three salespeople only (a transportation
 * problem with 900 variables and 40 capacities, where greedy falls short). Set-up prints both
 * expected returns; {@code AllocationBenchmarkTest} checks on a smaller team that the programme
 * never earns less than greedy and that greedy keeps every limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** The target accounts. */
  @Param({"300"})
  public int accounts;

  /** The salespeople. */
  @Param({"40"})
  public int salespeople;

  /** Who may serve which account: {@code open} (everyone every account) or {@code assigned}. */
  @Param({"open", "assigned"})
  public String territory = "open";

  private List<TargetAccount> targets = List.of();
  private List<Salesperson> team = List.of();

  /** Builds the accounts and the team, and prints both allocations' expected returns. */
  @Setup(Level.Trial)
  public void setUp() {
    prepare();
    Allocation programme = linearProgramme();
    Greedy.Plan greedy = greedyBaseline();
    System.out.printf(
        "%n%d accounts, %d salespeople, %s territory: the programme expects %s over %s h (one more"
            + " hour for the team: %s), greedy %s over %s h%s%n",
        accounts,
        salespeople,
        territory,
        programme.expectedReturn(),
        programme.totalHours(),
        programme.teamHourValue(),
        greedy.expectedReturn(),
        greedy.totalHours(),
        greedy.floorsMet() ? "" : " (greedy misses a floor)");
  }

  /** Builds the deterministic accounts and team of the parameters (seed 42). */
  void prepare() {
    Random random = new Random(42);
    List<TargetAccount> built = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      int visits = 1 + random.nextInt(4);
      BigDecimal perVisit = BigDecimal.valueOf(10 + random.nextInt(21), 1);
      BigDecimal floor = perVisit.multiply(BigDecimal.valueOf(visits));
      built.add(
          TargetAccount.of(
              CustomerId.of("KA-" + a),
              Money.ofMajor(CNY, 50_000 + random.nextInt(4_950_000)),
              Probability.ofPercent(10 + random.nextInt(51)),
              visits,
              perVisit,
              floor.add(BigDecimal.valueOf(random.nextInt(801), 1))));
    }
    List<Salesperson> people = new ArrayList<>();
    for (int s = 0; s < salespeople; s++) {
      BigDecimal capacity = BigDecimal.valueOf(1_200 + random.nextInt(401), 1);
      EmployeeId employee = EmployeeId.of("SP-" + s);
      if (territory.equals("open")) {
        people.add(Salesperson.of(employee, capacity));
      } else {
        Set<CustomerId> served = new HashSet<>();
        for (int a = 0; a < accounts; a++) {
          if (a % salespeople == s || (a + 13) % salespeople == s || (a + 27) % salespeople == s) {
            served.add(CustomerId.of("KA-" + a));
          }
        }
        people.add(
            served.isEmpty()
                ? Salesperson.of(employee, capacity)
                : Salesperson.of(employee, capacity, served));
      }
    }
    targets = List.copyOf(built);
    team = List.copyOf(people);
  }

  /** {@return the library's allocation: the linear programme and its values of one more hour} */
  @Benchmark
  public Allocation linearProgramme() {
    return Allocation.of(targets, team, ReturnPolicy.standard(), BigDecimal.valueOf(140));
  }

  /** {@return the naive greedy allocation of the same accounts and team} */
  @Benchmark
  public Greedy.Plan greedyBaseline() {
    return Greedy.allocate(targets, team, ReturnPolicy.standard());
  }

  /**
   * A naive greedy allocation, the baseline: first each account's floor, taken from the salespeople
   * who may serve it in their order; then, accounts by return per hour from highest, each filled up
   * to its useful hours from whatever time its salespeople have left.
   */
  public static final class Greedy {

    private Greedy() {}

    /**
     * The greedy plan's outcome.
     *
     * @param expectedReturn Σ return per hour × hours, in the accounts' currency; not null
     * @param totalHours the hours allocated; not null
     * @param floorsMet whether every floor got its hours
     */
    public record Plan(Money expectedReturn, BigDecimal totalHours, boolean floorsMet) {}

    /**
     * Allocates greedily.
     *
     * @param accounts the target accounts; not null, not empty
     * @param team the salespeople; not null
     * @param policy the return per hour of each account; not null
     * @return the plan, never null
     */
    public static Plan allocate(
        List<TargetAccount> accounts, List<Salesperson> team, ReturnPolicy policy) {
      long[] left = new long[team.size()];
      for (int s = 0; s < team.size(); s++) {
        left[s] = team.get(s).capacityHours().movePointRight(1).longValueExact();
      }
      long[][] hours = new long[team.size()][accounts.size()];
      boolean floorsMet = true;
      for (int a = 0; a < accounts.size(); a++) {
        long need = accounts.get(a).floorHours().movePointRight(1).longValueExact();
        need = give(accounts.get(a).customer(), a, need, team, left, hours);
        floorsMet &= need == 0;
      }
      List<Integer> order = new ArrayList<>();
      Money[] perHour = new Money[accounts.size()];
      for (int a = 0; a < accounts.size(); a++) {
        order.add(a);
        perHour[a] = policy.returnPerHour(accounts.get(a));
      }
      order.sort(Comparator.comparing((Integer a) -> perHour[a].getAmount()).reversed());
      for (int a : order) {
        TargetAccount account = accounts.get(a);
        long room = account.usefulHours().movePointRight(1).longValueExact() - total(hours, a);
        long unused = give(account.customer(), a, room, team, left, hours);
        if (unused < 0) {
          throw new IllegalStateException("greedy overfilled " + account.customer());
        }
      }
      BigDecimal expected = BigDecimal.ZERO;
      long all = 0;
      for (int a = 0; a < accounts.size(); a++) {
        long total = total(hours, a);
        all += total;
        expected = expected.add(perHour[a].getAmount().multiply(BigDecimal.valueOf(total, 1)));
      }
      CurrencyUnit currency = accounts.get(0).potential().getCurrencyUnit();
      return new Plan(
          Money.of(currency, expected, RoundingMode.HALF_EVEN),
          BigDecimal.valueOf(all, 1),
          floorsMet);
    }

    /** Gives up to {@code need} tenths to an account; {@return the tenths still needed} */
    private static long give(
        CustomerId customer,
        int a,
        long need,
        List<Salesperson> team,
        long[] left,
        long[][] hours) {
      for (int s = 0; s < team.size() && need > 0; s++) {
        if (team.get(s).mayServe(customer) && left[s] > 0) {
          long take = Math.min(need, left[s]);
          hours[s][a] += take;
          left[s] -= take;
          need -= take;
        }
      }
      return need;
    }

    private static long total(long[][] hours, int a) {
      long total = 0;
      for (long[] row : hours) {
        total += row[a];
      }
      return total;
    }
  }
}
