package org.leadtocash.domain.architecture.violations.cycle.invoice;

import org.leadtocash.domain.architecture.violations.cycle.order.Order;

/** The other half of a package cycle: {@code invoice} uses {@code order}. */
public final class Invoice {

  private final Order order;

  /** Creates the invoice of {@code order}. */
  public Invoice(Order order) {
    this.order = order;
  }

  /** Returns the invoiced order. */
  public Order order() {
    return order;
  }
}
