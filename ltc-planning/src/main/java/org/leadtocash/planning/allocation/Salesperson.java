package org.leadtocash.planning.allocation;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;

/**
 * A salesperson of the sales-time allocation (DOMAIN D11.6): the selling hours they have in the
 * period, and the target accounts they may serve.
 *
 * @param employee the salesperson; not null
 * @param capacityHours the selling hours they have in the period, in tenths; not null, not negative
 * @param accounts the target accounts they may serve; empty when they may serve every target
 *     account; not null
 */
public record Salesperson(EmployeeId employee, BigDecimal capacityHours, Set<CustomerId> accounts) {

  /**
   * Checks the salesperson.
   *
   * @param employee the salesperson; not null
   * @param capacityHours the selling hours in the period, in tenths; not null, not negative
   * @param accounts the accounts they may serve, empty for every account; not null
   * @throws IllegalArgumentException if the capacity is negative or finer than a tenth of an hour
   *     (DOMAIN D11.6)
   */
  public Salesperson {
    Objects.requireNonNull(capacityHours, "capacityHours");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(employee, "employee");
    capacityHours = Hours.of(capacityHours, "the capacity of " + employee);
    accounts = ImmutableSet.copyOf(accounts);
  }

  /**
   * Returns a salesperson who may serve every target account.
   *
   * @param employee the salesperson; not null
   * @param capacityHours the selling hours in the period, in tenths; not null, not negative
   * @return the salesperson, never null
   * @throws IllegalArgumentException as the constructor does
   */
  public static Salesperson of(EmployeeId employee, BigDecimal capacityHours) {
    return new Salesperson(employee, capacityHours, Set.of());
  }

  /**
   * Returns a salesperson who may serve the given accounts only.
   *
   * @param employee the salesperson; not null
   * @param capacityHours the selling hours in the period, in tenths; not null, not negative
   * @param accounts the accounts they may serve; not null, not empty
   * @return the salesperson, never null
   * @throws IllegalArgumentException as the constructor does, or if the accounts are empty
   */
  public static Salesperson of(
      EmployeeId employee, BigDecimal capacityHours, Set<CustomerId> accounts) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(capacityHours, "capacityHours");
    Objects.requireNonNull(accounts, "accounts");
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException(
          "name the accounts " + employee + " may serve, or none for every account (DOMAIN D11.6)");
    }
    return new Salesperson(employee, capacityHours, accounts);
  }

  /** {@return whether they may serve every target account} */
  public boolean servesEveryAccount() {
    return accounts.isEmpty();
  }

  /**
   * Tells whether they may serve an account.
   *
   * @param customer the account; not null
   * @return whether they serve every account or this one
   */
  public boolean mayServe(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return accounts.isEmpty() || accounts.contains(customer);
  }
}
