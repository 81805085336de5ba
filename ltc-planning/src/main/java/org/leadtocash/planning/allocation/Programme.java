package org.leadtocash.planning.allocation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programme of the sales-time allocation (DOMAIN D11.6), as documented on {@link
 * Allocation}: modelled in tenths of an hour and in minor units of the currency with ojAlgo's
 * {@code ExpressionsBasedModel}, one variable per group of interchangeable salespeople (who may
 * serve the same accounts) and account they may serve.
 *
 * <p><b>Whole numbers only.</b> Both programmes (the plan and its dual values) are given whole
 * numbers: hours in tenths and returns per hour in minor units (fen for CNY), never decimal
 * fractions. Their matrices are those of a transportation problem, totally unimodular: every basis
 * has an inverse of 0 and ±1 only, so the simplex adds and subtracts whole numbers, exactly in
 * {@code double} below 2<sup>53</sup>. Decimal returns are not: CNY 4,194,304.98 is no {@code
 * double}, and subtracting it from CNY 4,194,305.00 left the solver 4.5 × 10<sup>-10</sup> off a
 * bound its absolute tolerance refused, so that it reported a dual programme INFEASIBLE that is
 * not. {@link #MAX_RETURN_UNITS} keeps the sums of returns whole and exact; the dual values found
 * are then checked exactly, in whole minor units, to be feasible and complementary to the plan,
 * which proves both optimal.
 */
final class Programme {

  /**
   * The greatest return per hour the programme takes, in minor units of the currency (a million
   * million, e.g. CNY 10,000,000,000.00 an hour): sums of up to 9,000 such returns stay below
   * 2<sup>53</sup>, where every whole number is a {@code double}.
   */
  static final long MAX_RETURN_UNITS = 1_000_000_000_000L;

  /** How far from a whole number a solver's value may lie and still be that number. */
  private static final double TOLERANCE = 1e-6;

  private final List<TargetAccount> accounts;
  private final List<Money> returns;

  /** Each account's return per hour in minor units of the currency (its money's scale). */
  private final long[] units;

  /** The scale of the returns: the currency's minor unit. */
  private final int scale;

  private final List<Salesperson> salespeople;
  private final long[] floors;
  private final long[] useful;

  /** The groups of salespeople who may serve the same accounts, in order of first appearance. */
  private final List<List<Integer>> groups;

  /** Whether each group may serve each account. */
  private final boolean[][] allowed;

  private final long[] capacities;

  Programme(List<TargetAccount> accounts, List<Money> returns, List<Salesperson> salespeople) {
    this.accounts = accounts;
    this.returns = returns;
    this.salespeople = salespeople;
    int n = accounts.size();
    floors = new long[n];
    useful = new long[n];
    units = new long[n];
    scale = returns.isEmpty() ? 0 : returns.get(0).getScale();
    for (int a = 0; a < n; a++) {
      floors[a] = Hours.tenths(accounts.get(a).floorHours());
      useful[a] = Hours.tenths(accounts.get(a).usefulHours());
      units[a] = units(returns.get(a)).longValueExact();
    }
    Map<Set<CustomerId>, List<Integer>> byAccounts = new LinkedHashMap<>();
    for (int s = 0; s < salespeople.size(); s++) {
      byAccounts.computeIfAbsent(salespeople.get(s).accounts(), k -> new ArrayList<>()).add(s);
    }
    groups = ImmutableList.copyOf(byAccounts.values());
    allowed = new boolean[groups.size()][n];
    capacities = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      Salesperson first = salespeople.get(groups.get(g).get(0));
      for (int a = 0; a < n; a++) {
        allowed[g][a] = first.mayServe(accounts.get(a).customer());
      }
      for (int s : groups.get(g)) {
        capacities[g] += Hours.tenths(salespeople.get(s).capacityHours());
      }
    }
  }

  Allocation allocate(CurrencyUnit currency, BigDecimal hoursPerNewSalesperson) {
    Optional<long[][]> solved = solve(capacities);
    if (solved.isEmpty()) {
      long total = 0;
      for (long floor : floors) {
        total += floor;
      }
      long shortfall = total - coverage();
      if (shortfall <= 0) {
        throw new IllegalStateException(
            "the solver found the floors infeasible, but they fit (DOMAIN D11.6)");
      }
      return new Allocation(
          currency,
          List.of(),
          List.of(),
          List.of(),
          Optional.of(new Shortfall(Hours.ofTenths(shortfall), hoursPerNewSalesperson)));
    }
    long[][] x = solved.get();
    Money[] groupValues = hourValues(x, currency);
    return new Allocation(
        currency,
        accountHours(x, groupValues),
        salespersonHours(x, groupValues),
        assignments(x),
        Optional.empty());
  }

  /** {@return the optimal plan in tenths per group and account, or empty when infeasible} */
  private Optional<long[][]> solve(long[] groupCapacities) {
    int n = accounts.size();
    for (int a = 0; a < n; a++) {
      if (floors[a] > 0 && !anyGroupMayServe(a)) {
        return Optional.empty();
      }
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[][] hours = new Variable[groups.size()][n];
    boolean any = false;
    for (int g = 0; g < groups.size(); g++) {
      for (int a = 0; a < n; a++) {
        if (allowed[g][a]) {
          hours[g][a] =
              model.addVariable("x_" + g + "_" + a).lower(0).upper(useful[a]).weight(units[a]);
          any = true;
        }
      }
    }
    long[][] plan = new long[groups.size()][n];
    if (!any) {
      return Optional.of(plan);
    }
    for (int g = 0; g < groups.size(); g++) {
      Expression capacity = model.addExpression("capacity_" + g).upper(groupCapacities[g]);
      for (int a = 0; a < n; a++) {
        if (allowed[g][a]) {
          capacity.set(hours[g][a], 1);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      if (anyGroupMayServe(a)) {
        Expression account = model.addExpression("account_" + a).lower(floors[a]).upper(useful[a]);
        for (int g = 0; g < groups.size(); g++) {
          if (allowed[g][a]) {
            account.set(hours[g][a], 1);
          }
        }
      }
    }
    Optimisation.Result result = model.maximise();
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.INFEASIBLE) {
      return Optional.empty();
    }
    if (!state.isOptimal()) {
      throw new IllegalStateException("the solver ended " + state + " (DOMAIN D11.6)");
    }
    for (int g = 0; g < groups.size(); g++) {
      for (int a = 0; a < n; a++) {
        if (allowed[g][a]) {
          plan[g][a] = tenth(hours[g][a].getValue().doubleValue());
        }
      }
    }
    check(plan, groupCapacities);
    return Optional.of(plan);
  }

  /** {@return the most floor hours, in tenths, that the salespeople can cover} */
  private long coverage() {
    int n = accounts.size();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[][] hours = new Variable[groups.size()][n];
    boolean any = false;
    for (int g = 0; g < groups.size(); g++) {
      for (int a = 0; a < n; a++) {
        if (allowed[g][a] && floors[a] > 0) {
          hours[g][a] = model.addVariable("y_" + g + "_" + a).lower(0).weight(1);
          any = true;
        }
      }
    }
    if (!any) {
      return 0;
    }
    for (int g = 0; g < groups.size(); g++) {
      Expression capacity = model.addExpression("capacity_" + g).upper(capacities[g]);
      for (int a = 0; a < n; a++) {
        if (hours[g][a] != null) {
          capacity.set(hours[g][a], 1);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      Expression floor = model.addExpression("floor_" + a).upper(floors[a]);
      for (int g = 0; g < groups.size(); g++) {
        if (hours[g][a] != null) {
          floor.set(hours[g][a], 1);
        }
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the solver ended " + result.getState() + " (DOMAIN D11.6)");
    }
    long covered = 0;
    for (int g = 0; g < groups.size(); g++) {
      for (int a = 0; a < n; a++) {
        if (hours[g][a] != null) {
          covered += tenth(hours[g][a].getValue().doubleValue());
        }
      }
    }
    return covered;
  }

  private boolean anyGroupMayServe(int a) {
    for (boolean[] group : allowed) {
      if (group[a]) {
        return true;
      }
    }
    return false;
  }

  /** {@return a return per hour in minor units of its currency: its amount's unscaled value} */
  static BigDecimal units(Money perHour) {
    return perHour.getAmount().movePointRight(perHour.getScale());
  }

  private static long tenth(double value) {
    return whole(value, "the solver's plan is not in tenths of an hour: ", " tenths");
  }

  private static long whole(double value, String what, String unit) {
    long rounded = Math.round(value);
    if (Math.abs(value - rounded) > TOLERANCE * Math.max(1, Math.abs(value))) {
      throw new IllegalStateException(what + value + unit + " (DOMAIN D11.6)");
    }
    return rounded;
  }

  /** Checks a rounded plan exactly against every limit of the programme. */
  private void check(long[][] plan, long[] groupCapacities) {
    for (int g = 0; g < groups.size(); g++) {
      long used = used(plan[g]);
      for (long hours : plan[g]) {
        if (hours < 0) {
          throw new IllegalStateException("the solver planned negative hours (DOMAIN D11.6)");
        }
      }
      if (used > groupCapacities[g]) {
        throw new IllegalStateException("the solver's plan exceeds a capacity (DOMAIN D11.6)");
      }
    }
    for (int a = 0; a < accounts.size(); a++) {
      long total = total(plan, a);
      if (total < floors[a] || total > useful[a]) {
        throw new IllegalStateException(
            "the solver's plan misses the floor or the useful hours of "
                + accounts.get(a).customer()
                + " (DOMAIN D11.6)");
      }
    }
  }

  private static long used(long[] group) {
    long used = 0;
    for (long hours : group) {
      used += hours;
    }
    return used;
  }

  private static long total(long[][] plan, int a) {
    long total = 0;
    for (long[] group : plan) {
      total += group[a];
    }
    return total;
  }

  /**
   * Returns what one more hour of each group's capacity earns: the least optimal dual value of its
   * capacity. Every optimal dual satisfies complementary slackness with the optimal plan, so the
   * optimal duals are the dual solutions that do; among them the programme minimises the sum of the
   * capacities' duals. The duals of a transportation problem are node potentials, whose optimal set
   * is closed under the componentwise minimum, so that minimum is the least dual of every capacity
   * at once: its derivative from the right, the gain of the next hour.
   */
  private Money[] hourValues(long[][] plan, CurrencyUnit currency) {
    int n = accounts.size();
    Money[] values = new Money[groups.size()];
    boolean anyAtCapacity = false;
    for (int g = 0; g < groups.size(); g++) {
      values[g] = Money.zero(currency);
      anyAtCapacity |= used(plan[g]) == capacities[g];
    }
    if (!anyAtCapacity) {
      return values;
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] capacity = new Variable[groups.size()];
    Variable[] usefulDual = new Variable[n];
    Variable[] floorDual = new Variable[n];
    for (int g = 0; g < groups.size(); g++) {
      capacity[g] = model.addVariable("capacity_" + g).lower(0).weight(1);
      if (used(plan[g]) < capacities[g]) {
        capacity[g].upper(0);
      }
    }
    for (int a = 0; a < n; a++) {
      if (!anyGroupMayServe(a)) {
        continue;
      }
      long total = total(plan, a);
      Variable useful = model.addVariable("useful_" + a).lower(0);
      if (total < this.useful[a]) {
        useful.upper(0);
      }
      Variable floor = model.addVariable("floor_" + a).lower(0);
      if (total > floors[a]) {
        floor.upper(0);
      }
      usefulDual[a] = useful;
      floorDual[a] = floor;
      long perHour = units[a];
      for (int g = 0; g < groups.size(); g++) {
        if (allowed[g][a]) {
          Expression reduced = model.addExpression("reduced_" + g + "_" + a).lower(perHour);
          if (plan[g][a] > 0) {
            reduced.upper(perHour);
          }
          reduced.set(capacity[g], 1).set(useful, 1).set(floor, -1);
        }
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException(
          "the solver ended " + result.getState() + " on the dual values (DOMAIN D11.6)");
    }
    long[] u = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      u[g] = dual(capacity[g]);
    }
    long[] v = new long[n];
    long[] w = new long[n];
    for (int a = 0; a < n; a++) {
      if (usefulDual[a] != null && floorDual[a] != null) {
        v[a] = dual(usefulDual[a]);
        w[a] = dual(floorDual[a]);
      }
    }
    certify(plan, u, v, w);
    for (int g = 0; g < groups.size(); g++) {
      values[g] = Money.of(currency, BigDecimal.valueOf(u[g], scale));
    }
    return values;
  }

  /** {@return a dual value of the solver, a whole number of minor units (DOMAIN D11.6)} */
  private static long dual(Variable variable) {
    return whole(
        variable.getValue().doubleValue(),
        "the solver's dual value " + variable.getName() + " is not in whole minor units: ",
        "");
  }

  /**
   * Checks exactly, in whole minor units, that the dual values are feasible and complementary to
   * the plan: by the duality theorem, the plan and the dual values are then both optimal.
   */
  private void certify(long[][] plan, long[] u, long[] v, long[] w) {
    boolean complementary = true;
    for (int g = 0; g < groups.size(); g++) {
      complementary &= u[g] >= 0 && (u[g] == 0 || used(plan[g]) == capacities[g]);
    }
    for (int a = 0; a < accounts.size(); a++) {
      long total = total(plan, a);
      complementary &= v[a] >= 0 && (v[a] == 0 || total == useful[a]);
      complementary &= w[a] >= 0 && (w[a] == 0 || total == floors[a]);
      for (int g = 0; g < groups.size(); g++) {
        if (allowed[g][a]) {
          long reduced = Math.subtractExact(Math.addExact(u[g], v[a]), w[a]);
          complementary &= reduced >= units[a] && (plan[g][a] == 0 || reduced == units[a]);
        }
      }
    }
    if (!complementary) {
      throw new IllegalStateException(
          "the solver's dual values do not prove its plan optimal (DOMAIN D11.6)");
    }
  }

  private List<AccountHours> accountHours(long[][] plan, Money[] groupValues) {
    List<AccountHours> result = new ArrayList<>();
    for (int a = 0; a < accounts.size(); a++) {
      TargetAccount account = accounts.get(a);
      long total = total(plan, a);
      boolean atFloor = total == floors[a];
      Money value = null;
      for (int g = 0; g < groups.size(); g++) {
        Money candidate = groupValues[g];
        if (atFloor && allowed[g][a]) {
          value = value == null || candidate.isLessThan(value) ? candidate : value;
        } else if (!atFloor && plan[g][a] > 0) {
          value = value == null || candidate.isGreaterThan(value) ? candidate : value;
        }
      }
      result.add(
          new AccountHours(
              account.customer(),
              Hours.ofTenths(total),
              account.floorHours(),
              account.usefulHours(),
              returns.get(a),
              Optional.ofNullable(value)));
    }
    return result;
  }

  private List<SalespersonHours> salespersonHours(long[][] plan, Money[] groupValues) {
    long[] worked = new long[salespeople.size()];
    split(plan, (s, a, tenths) -> worked[s] += tenths);
    Money[] values = new Money[salespeople.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int s : groups.get(g)) {
        values[s] = groupValues[g];
      }
    }
    List<SalespersonHours> result = new ArrayList<>();
    for (int s = 0; s < salespeople.size(); s++) {
      Salesperson salesperson = salespeople.get(s);
      result.add(
          new SalespersonHours(
              salesperson.employee(),
              salesperson.capacityHours(),
              Hours.ofTenths(worked[s]),
              values[s]));
    }
    return result;
  }

  private List<AssignedHours> assignments(long[][] plan) {
    long[][] bySalesperson = new long[salespeople.size()][accounts.size()];
    split(plan, (s, a, tenths) -> bySalesperson[s][a] += tenths);
    List<AssignedHours> result = new ArrayList<>();
    for (int s = 0; s < salespeople.size(); s++) {
      for (int a = 0; a < accounts.size(); a++) {
        if (bySalesperson[s][a] > 0) {
          result.add(
              new AssignedHours(
                  salespeople.get(s).employee(),
                  accounts.get(a).customer(),
                  Hours.ofTenths(bySalesperson[s][a])));
        }
      }
    }
    return result;
  }

  /** Receives the hours of one salesperson on one account. */
  private interface Share {
    void hours(int salesperson, int account, long tenths);
  }

  /**
   * Hands each group's hours on each account to its members in their order, each filled up to
   * capacity before the next.
   */
  private void split(long[][] plan, Share share) {
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      int member = 0;
      long left = Hours.tenths(salespeople.get(members.get(0)).capacityHours());
      for (int a = 0; a < accounts.size(); a++) {
        long rest = plan[g][a];
        while (rest > 0) {
          while (left == 0) {
            member++;
            left = Hours.tenths(salespeople.get(members.get(member)).capacityHours());
          }
          long take = Math.min(rest, left);
          share.hours(members.get(member), a, take);
          rest -= take;
          left -= take;
        }
      }
    }
  }
}
