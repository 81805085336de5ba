package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.FreeText;

/**
 * What a relationship plan covers (DOMAIN D10.1): one customer, or a region with the customers in
 * it. Share targets are regional or per customer, and the relationship targets are counted over the
 * customers of the scope.
 *
 * @param kind a customer or a region; not null
 * @param name the customer's or the region's name, e.g. "North Mobile"; not null, not blank
 * @param customers the customers covered, in the order given: exactly one for a customer, at least
 *     one for a region; not null, no null, no duplicate
 */
public record PlanScope(ScopeKind kind, String name, Set<CustomerId> customers) {

  /**
   * Checks the scope.
   *
   * @param kind a customer or a region; not null
   * @param name the customer's or the region's name; not null, not blank
   * @param customers the customers covered; not null, not empty, one for a customer
   * @throws IllegalArgumentException if the name is blank, there is no customer or a customer scope
   *     covers more than one
   */
  public PlanScope {
    FreeText.line(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(customers, "customers");
    checkArgument(!name.isBlank(), "a plan's scope has a name (DOMAIN D10.1)");
    ImmutableSet<CustomerId> copy = ImmutableSet.copyOf(customers);
    checkArgument(
        !copy.isEmpty(), "the scope %s covers at least one customer (DOMAIN D10.1)", name);
    checkArgument(
        kind != ScopeKind.CUSTOMER || copy.size() == 1,
        "a customer scope covers its one customer, not %s (DOMAIN D10.1)",
        copy);
    customers = copy;
  }

  /**
   * Returns the scope of one customer.
   *
   * @param name the customer's name, e.g. "North Mobile"; not null, not blank
   * @param customer the customer; not null
   * @return the scope, never null
   */
  public static PlanScope customer(String name, CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return new PlanScope(ScopeKind.CUSTOMER, name, Set.of(customer));
  }

  /**
   * Returns the scope of a region.
   *
   * @param name the region's name; not null, not blank
   * @param customers the customers in it, in order; not null, not empty, no duplicate
   * @return the scope, never null
   * @throws IllegalArgumentException if the name is blank, there is no customer or one is given
   *     twice
   */
  public static PlanScope region(String name, Collection<CustomerId> customers) {
    FreeText.line(name, "name");
    Objects.requireNonNull(customers, "customers");
    ImmutableSet<CustomerId> distinct = ImmutableSet.copyOf(customers);
    checkArgument(
        distinct.size() == customers.size(),
        "the region %s names a customer twice (DOMAIN D10.1): %s",
        name,
        customers);
    return new PlanScope(ScopeKind.REGION, name, distinct);
  }

  /**
   * Returns whether the scope covers a customer.
   *
   * @param customer the customer; not null
   * @return whether it is one of {@link #customers()}
   */
  public boolean covers(CustomerId customer) {
    return customers.contains(Objects.requireNonNull(customer, "customer"));
  }

  /** {@return e.g. {@code customer North Mobile} or {@code region North (3 customers)}} */
  @Override
  public String toString() {
    return kind == ScopeKind.CUSTOMER
        ? "customer " + name
        : "region " + name + " (" + customers.size() + " customers)";
  }
}
