package org.leadtocash.testkit.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.planning.allocation.AccountHours;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.AssignedHours;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.allocation.Salesperson;
import org.leadtocash.planning.allocation.SalespersonHours;
import org.leadtocash.planning.allocation.Shortfall;
import org.leadtocash.planning.allocation.TargetAccount;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * The sales-time allocation (DOMAIN D11.6): target accounts with floors from no visit to a few,
 * fixed ones among them (floor equal to useful hours); teams of salespeople who serve every account
 * or a few; and allocations of those, feasible or short, under {@link ReturnPolicy#standard()}.
 * Hours are in tenths of an hour, as the allocation plans them.
 */
public final class Allocations {

  /** The capacity of a new salesperson in the generated allocations: 120 h, a quarter's selling. */
  public static final BigDecimal NEW_SALESPERSON_HOURS = BigDecimal.valueOf(120);

  private Allocations() {}

  /**
   * Adds the arbitraries of the allocation package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(TargetAccount.class, Allocations::accounts)
        .add(
            Salesperson.class,
            s ->
                accountLists(s)
                    .flatMap(Allocations::teams)
                    .filter(t -> !t.isEmpty())
                    .map(t -> t.get(0)))
        .add(Allocation.class, Allocations::allocations)
        .add(
            AccountHours.class,
            s ->
                feasible(s)
                    .filter(a -> !a.accounts().isEmpty())
                    .flatMap(a -> Arbitraries.of(a.accounts())))
        .add(
            SalespersonHours.class,
            s ->
                feasible(s)
                    .filter(a -> !a.salespeople().isEmpty())
                    .flatMap(a -> Arbitraries.of(a.salespeople())))
        .add(
            AssignedHours.class,
            s ->
                feasible(s)
                    .filter(a -> !a.assignments().isEmpty())
                    .flatMap(a -> Arbitraries.of(a.assignments())))
        .add(
            Shortfall.class,
            s ->
                Combinators.combine(
                        Arbitraries.longs().between(1, 20_000),
                        Arbitraries.longs().between(1, 2_000))
                    .as(
                        (h, n) ->
                            new Shortfall(BigDecimal.valueOf(h, 1), BigDecimal.valueOf(n, 1))));
  }

  /**
   * Returns target accounts named {@code KA-0} to {@code KA-9}: a potential up to 5 million in the
   * settings' currency, a win chance, 0 to 6 visits of 0.5 to 4.0 h, and useful hours from the
   * floor (fixed accounts) to 40 h above it.
   *
   * @param settings what to generate within; not null
   * @return the accounts, never null
   */
  public static Arbitrary<TargetAccount> accounts(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9).map(i -> CustomerId.of("KA-" + i)),
            Arbitraries.longs()
                .between(0, 5_000_000)
                .map(n -> Money.ofMajor(settings.currency(), n)),
            CommonValues.probabilities(),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(5, 40).map(t -> BigDecimal.valueOf(t, 1)),
            Arbitraries.frequency(Tuple.of(1, 0L), Tuple.of(6, 1L))
                .flatMap(
                    fixed ->
                        fixed == 0L ? Arbitraries.just(0L) : Arbitraries.longs().between(1, 400)))
        .as(
            (customer, potential, chance, visits, perVisit, above) -> {
              BigDecimal floor = perVisit.multiply(BigDecimal.valueOf(visits));
              BigDecimal useful = floor.add(BigDecimal.valueOf(above, 1));
              if (useful.signum() == 0) {
                useful = BigDecimal.ONE;
              }
              return TargetAccount.of(customer, potential, chance, visits, perVisit, useful);
            });
  }

  /**
   * Returns lists of 1 to 6 target accounts with distinct customers.
   *
   * @param settings what to generate within; not null
   * @return the lists, never null
   */
  public static Arbitrary<List<TargetAccount>> accountLists(Settings settings) {
    return accounts(settings)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .uniqueElements(TargetAccount::customer)
        .map(List::copyOf);
  }

  /**
   * Returns teams of up to 4 salespeople, {@code SP-0} to {@code SP-3}, for the given accounts:
   * each with 0 to 80 h and, one in two, free to serve every account, else serving 1 to 3 of them.
   *
   * @param accounts the target accounts; not null, not empty
   * @return the teams, never null
   */
  public static Arbitrary<List<Salesperson>> teams(List<TargetAccount> accounts) {
    List<CustomerId> customers = accounts.stream().map(TargetAccount::customer).toList();
    Arbitrary<Set<CustomerId>> territories =
        Arbitraries.oneOf(
            Arbitraries.just(Set.<CustomerId>of()),
            Arbitraries.of(customers).set().ofMinSize(1).ofMaxSize(Math.min(3, customers.size())));
    return Combinators.combine(
            Arbitraries.longs().between(0, 800).list().ofMaxSize(4), territories.list().ofSize(4))
        .as(
            (capacities, sets) -> {
              List<Salesperson> team = new ArrayList<>();
              for (int i = 0; i < capacities.size(); i++) {
                team.add(
                    new Salesperson(
                        EmployeeId.of("SP-" + i),
                        BigDecimal.valueOf(capacities.get(i), 1),
                        sets.get(i)));
              }
              return List.copyOf(team);
            });
  }

  /**
   * Returns allocations of generated accounts and teams under the standard policy, with new
   * salespeople at {@link #NEW_SALESPERSON_HOURS}: feasible ones and short ones.
   *
   * @param settings what to generate within; not null
   * @return the allocations, never null
   */
  public static Arbitrary<Allocation> allocations(Settings settings) {
    return accountLists(settings)
        .flatMap(
            accounts ->
                teams(accounts)
                    .map(
                        team ->
                            Allocation.of(
                                accounts, team, ReturnPolicy.standard(), NEW_SALESPERSON_HOURS)));
  }

  private static Arbitrary<Allocation> feasible(Settings settings) {
    return allocations(settings).filter(Allocation::feasible);
  }
}
