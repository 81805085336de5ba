package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.RuleId;

/**
 * The sales-time allocation (DOMAIN D11.6, macro efficiency: "good steel on the blade's edge"): the
 * team's selling hours spread over the target accounts so that the expected return is maximal, with
 * every account at least at its floor and at most at its useful hours, and no salesperson beyond
 * capacity or on an account they may not serve.
 *
 * <p><b>The linear programme.</b> With {@code x[s][a]} the hours of salesperson {@code s} on
 * account {@code a} (only where {@code s} may serve {@code a}), {@link Allocation#of} maximises
 * {@code Σ_a returnPerHour(a) × Σ_s x[s][a]} subject to {@code Σ_a x[s][a] ≤ capacity(s)}, {@code
 * floor(a) ≤ Σ_s x[s][a] ≤ usefulHours(a)} and {@code x ≥ 0}, the return per hour coming from the
 * {@link ReturnPolicy}. It is solved with ojAlgo's {@code ExpressionsBasedModel}. Salespeople who
 * may serve the same accounts are interchangeable, so the programme gives each such group one
 * variable per account, its capacity the sum of theirs (when everyone may serve every account: one
 * variable per account); the group's hours on an account are then handed to its members in their
 * order, each filled up to capacity before the next (an equivalent optimum, the same for every
 * account total).
 *
 * <p><b>Tenths of an hour.</b> Every input is in tenths of an hour, and the programme's constraints
 * are those of a transportation problem (a totally unimodular matrix), so its optimal vertices are
 * in tenths of an hour too: the solver's values are rounded to the nearest tenth and then checked
 * exactly against every capacity, floor and useful hours (a solver answer that fails the check is
 * an {@link IllegalStateException}, never a plan that breaks a limit). Returns per hour enter the
 * solver in whole minor units of the currency (fen for CNY), at most 10<sup>12</sup>: on whole
 * numbers the solver's arithmetic is exact, whatever the returns' scale (CNY 4,194,305.00 an hour
 * next to CNY 0.02). Among equally good plans the solver's choice stands; every account total still
 * moves with the account's return: more return per hour never gives an account fewer hours.
 *
 * <p><b>The value of one more hour</b> per salesperson is the programme's dual value of their
 * capacity, taken from the right: what the optimal expected return gains, per hour, when their
 * group's capacity grows by a tenth of an hour (see {@link SalespersonHours}). It is found with a
 * second programme, over the dual: among the dual solutions complementary to the optimal plan
 * (which are exactly the optimal duals), the one with the least capacity duals — for a
 * transportation problem the least of every capacity's dual at once. The dual values found are
 * checked exactly, in whole minor units, to be feasible and complementary to the plan (which proves
 * both optimal); a solver answer that fails the check is an {@link IllegalStateException}. The
 * {@link #teamHourValue() team's} is the highest, one more hour given where it earns most.
 *
 * <p><b>Infeasible floors</b> are not an exception but a report: when the floors cannot all be
 * covered, the allocation holds no hours and its {@link #shortfall()} says how many floor hours are
 * short and how many new salespeople would close the gap.
 *
 * @param currency the currency of the returns; not null
 * @param accounts every target account's hours, in the order given; empty when infeasible; not null
 * @param salespeople every salesperson's hours, in the order given; empty when infeasible; not null
 * @param assignments the hours of each salesperson on each account, where above zero, by
 *     salesperson then account in the order given; not null
 * @param shortfall present when the floors do not fit; not null
 */
public record Allocation(
    CurrencyUnit currency,
    List<AccountHours> accounts,
    List<SalespersonHours> salespeople,
    List<AssignedHours> assignments,
    Optional<Shortfall> shortfall) {

  /**
   * Checks that the allocation adds up.
   *
   * @param currency the currency of the returns; not null
   * @param accounts every target account's hours; not null
   * @param salespeople every salesperson's hours; not null
   * @param assignments the hours of each salesperson on each account; not null
   * @param shortfall present when the floors do not fit; not null
   * @throws IllegalArgumentException if an account or a salesperson is listed twice, an assignment
   *     names one not listed, the assignments do not add up to each account's and each
   *     salesperson's hours, an amount is in another currency, or an infeasible allocation holds
   *     hours (DOMAIN D11.6)
   */
  public Allocation {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(salespeople, "salespeople");
    Objects.requireNonNull(assignments, "assignments");
    Objects.requireNonNull(currency, "currency");
    accounts = ImmutableList.copyOf(accounts);
    salespeople = ImmutableList.copyOf(salespeople);
    assignments = ImmutableList.copyOf(assignments);
    Objects.requireNonNull(shortfall, "shortfall");
    checkArgument(
        shortfall.isEmpty()
            || (accounts.isEmpty() && salespeople.isEmpty() && assignments.isEmpty()),
        "an infeasible allocation holds no hours (DOMAIN D11.6)");
    Map<CustomerId, BigDecimal> byAccount = new HashMap<>();
    for (AccountHours account : accounts) {
      checkArgument(
          byAccount.put(account.customer(), BigDecimal.ZERO) == null,
          "an allocation lists %s once (DOMAIN D11.6)",
          account.customer());
      checkArgument(
          account.returnPerHour().getCurrencyUnit().equals(currency),
          "an allocation is in one currency (DOMAIN D11.6): %s is in %s, not %s",
          account.customer(),
          account.returnPerHour().getCurrencyUnit(),
          currency);
    }
    Map<EmployeeId, BigDecimal> byEmployee = new HashMap<>();
    for (SalespersonHours salesperson : salespeople) {
      checkArgument(
          byEmployee.put(salesperson.employee(), BigDecimal.ZERO) == null,
          "an allocation lists %s once (DOMAIN D11.6)",
          salesperson.employee());
      checkArgument(
          salesperson.hourValue().getCurrencyUnit().equals(currency),
          "an allocation is in one currency (DOMAIN D11.6): the hour of %s is in %s, not %s",
          salesperson.employee(),
          salesperson.hourValue().getCurrencyUnit(),
          currency);
    }
    Set<String> pairs = new HashSet<>();
    for (AssignedHours assigned : assignments) {
      checkArgument(
          byAccount.containsKey(assigned.customer()) && byEmployee.containsKey(assigned.employee()),
          "an assignment of %s to %s names a listed salesperson and account (DOMAIN D11.6)",
          assigned.employee(),
          assigned.customer());
      checkArgument(
          pairs.add(assigned.employee() + "\u0000" + assigned.customer()),
          "an allocation assigns %s to %s once (DOMAIN D11.6)",
          assigned.employee(),
          assigned.customer());
      byAccount.merge(assigned.customer(), assigned.hours(), BigDecimal::add);
      byEmployee.merge(assigned.employee(), assigned.hours(), BigDecimal::add);
    }
    for (AccountHours account : accounts) {
      checkArgument(
          byAccount.getOrDefault(account.customer(), BigDecimal.ZERO).compareTo(account.hours())
              == 0,
          "the assignments to %s add up to its %s h (DOMAIN D11.6), not %s h",
          account.customer(),
          account.hours(),
          byAccount.get(account.customer()));
    }
    for (SalespersonHours salesperson : salespeople) {
      checkArgument(
          byEmployee
                  .getOrDefault(salesperson.employee(), BigDecimal.ZERO)
                  .compareTo(salesperson.hours())
              == 0,
          "the assignments of %s add up to their %s h (DOMAIN D11.6), not %s h",
          salesperson.employee(),
          salesperson.hours(),
          byEmployee.get(salesperson.employee()));
    }
  }

  /**
   * Allocates the team's selling hours over the target accounts by the linear programme described
   * above (DOMAIN D11.6).
   *
   * @param accounts the target accounts; not null, at least one, distinct customers, potentials in
   *     one currency
   * @param salespeople the salespeople; not null, distinct employees, each serving target accounts
   *     only
   * @param policy the expected return per hour of each account, e.g. {@link
   *     ReturnPolicy#standard()}; not null
   * @param hoursPerNewSalesperson the capacity one more salesperson would bring, to size the
   *     headcount when the floors do not fit, in tenths; not null, above zero
   * @return the allocation, or the shortfall when the floors do not fit; never null
   * @throws IllegalArgumentException if there is no account, a customer or an employee repeats, a
   *     salesperson names an account that is not a target, currencies differ, the policy returns a
   *     negative return, a return above 10<sup>12</sup> minor units of the currency (CNY
   *     10,000,000,000.00 an hour, the most the programme solves exactly) or another currency, or
   *     the new salesperson's hours are not above zero (DOMAIN D11.6)
   */
  public static Allocation of(
      List<TargetAccount> accounts,
      List<Salesperson> salespeople,
      ReturnPolicy policy,
      BigDecimal hoursPerNewSalesperson) {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(salespeople, "salespeople");
    Objects.requireNonNull(hoursPerNewSalesperson, "hoursPerNewSalesperson");
    List<TargetAccount> targets = ImmutableList.copyOf(accounts);
    List<Salesperson> team = ImmutableList.copyOf(salespeople);
    Objects.requireNonNull(policy, "policy");
    BigDecimal newHours = Hours.of(hoursPerNewSalesperson, "the capacity of a new salesperson");
    checkArgument(
        newHours.signum() > 0, "a new salesperson brings some hours (DOMAIN D11.6): %s", newHours);
    checkArgument(!targets.isEmpty(), "an allocation needs a target account (DOMAIN D11.6)");
    CurrencyUnit currency = targets.get(0).potential().getCurrencyUnit();
    Set<CustomerId> customers = new HashSet<>();
    List<Money> returns = new ArrayList<>();
    for (TargetAccount account : targets) {
      checkArgument(
          customers.add(account.customer()),
          "an allocation names each target account once (DOMAIN D11.6): %s is there twice",
          account.customer());
      checkArgument(
          account.potential().getCurrencyUnit().equals(currency),
          "an allocation weighs potentials in one currency (DOMAIN D11.6): %s is in %s, not %s",
          account.customer(),
          account.potential().getCurrencyUnit(),
          currency);
      Money perHour =
          Objects.requireNonNull(policy.returnPerHour(account), "the policy's return per hour");
      checkArgument(
          perHour.getCurrencyUnit().equals(currency) && !perHour.isNegative(),
          "the return policy gives %s a return per hour in %s, not negative (DOMAIN D11.6), not %s",
          account.customer(),
          currency,
          perHour);
      checkArgument(
          Programme.units(perHour).compareTo(BigDecimal.valueOf(Programme.MAX_RETURN_UNITS)) <= 0,
          "the return policy gives %s a return per hour of at most %s minor units of %s, to be"
              + " planned exactly (DOMAIN D11.6), not %s",
          account.customer(),
          Programme.MAX_RETURN_UNITS,
          currency,
          perHour);
      returns.add(perHour);
    }
    Set<EmployeeId> employees = new HashSet<>();
    for (Salesperson salesperson : team) {
      checkArgument(
          employees.add(salesperson.employee()),
          "an allocation names each salesperson once (DOMAIN D11.6): %s is there twice",
          salesperson.employee());
      for (CustomerId customer : salesperson.accounts()) {
        checkArgument(
            customers.contains(customer),
            "%s may serve target accounts only (DOMAIN D11.6): %s is not one",
            salesperson.employee(),
            customer);
      }
    }
    return new Programme(targets, returns, team).allocate(currency, newHours);
  }

  /**
   * {@return the rule this report applies, {@link RuleId#D11_6}: its hours meet every floor and
   * limit, or its shortfall says why they cannot}
   */
  public RuleId rule() {
    return RuleId.D11_6;
  }

  /** {@return whether the floors fit: the allocation holds hours and no shortfall} */
  public boolean feasible() {
    return shortfall.isEmpty();
  }

  /** {@return the expected return of the allocation: the sum of the accounts' expected returns} */
  public Money expectedReturn() {
    return Money.total(currency, accounts.stream().map(AccountHours::expectedReturn).toList());
  }

  /**
   * {@return what one more hour of the team's capacity is worth, given to the salesperson where it
   * earns most; zero when infeasible or nobody is at capacity}
   */
  public Money teamHourValue() {
    return salespeople.stream()
        .map(SalespersonHours::hourValue)
        .reduce(Money.zero(currency), (a, b) -> a.isGreaterThan(b) ? a : b);
  }

  /** {@return the total hours allocated} */
  public BigDecimal totalHours() {
    return accounts.stream()
        .map(AccountHours::hours)
        .reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
  }

  /**
   * Finds one account's hours.
   *
   * @param customer the account; not null
   * @return its hours, or empty if it is not in the allocation; never null
   */
  public Optional<AccountHours> account(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return accounts.stream().filter(a -> a.customer().equals(customer)).findFirst();
  }

  /**
   * Finds one salesperson's hours.
   *
   * @param employee the salesperson; not null
   * @return their hours, or empty if they are not in the allocation; never null
   */
  public Optional<SalespersonHours> salesperson(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return salespeople.stream().filter(s -> s.employee().equals(employee)).findFirst();
  }

  /**
   * Returns the hours of one salesperson on one account.
   *
   * @param employee the salesperson; not null
   * @param customer the account; not null
   * @return the hours, zero when none are assigned; never null
   */
  public BigDecimal hours(EmployeeId employee, CustomerId customer) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(customer, "customer");
    return assignments.stream()
        .filter(a -> a.employee().equals(employee) && a.customer().equals(customer))
        .map(AssignedHours::hours)
        .findFirst()
        .orElse(BigDecimal.ZERO.setScale(1));
  }

  /** {@return the allocation in words: each account and salesperson, or the shortfall} */
  public String explanation() {
    if (shortfall.isPresent()) {
      return shortfall.get().explanation();
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "expected return "
            + Figures.money(expectedReturn())
            + " from "
            + Hours.text(totalHours())
            + "; one more hour for the team is worth "
            + Figures.money(teamHourValue()));
    accounts.forEach(a -> lines.add(a.explanation()));
    salespeople.forEach(s -> lines.add(s.explanation()));
    return String.join("\n", lines);
  }
}
