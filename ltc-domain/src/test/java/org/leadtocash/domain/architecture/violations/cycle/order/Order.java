package org.leadtocash.domain.architecture.violations.cycle.order;

import org.leadtocash.domain.architecture.violations.cycle.invoice.Invoice;

/** One half of a package cycle: {@code order} uses {@code invoice}. */
public final class Order {

  /** Invoices the order. */
  public Invoice invoice() {
    return new Invoice(this);
  }
}
