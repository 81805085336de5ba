package org.leadtocash.domain.customer;

import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainEvent;

/** Something that happened to a customer (DOMAIN D6); replaying a customer's events rebuilds it. */
public sealed interface CustomerEvent extends DomainEvent
    permits CustomerRegistered,
        BasicDataAnalysed,
        ValueIdentified,
        CustomerGraded,
        ServiceStrategyDecided,
        CustomerMonitored,
        GradeReviewed,
        SegmentChanged {

  /** {@return the customer it happened to; never null} */
  CustomerId customer();

  /** {@return the customer it happened to, as {@link #customer()}; never null} */
  @Override
  default CustomerId aggregate() {
    return customer();
  }
}
