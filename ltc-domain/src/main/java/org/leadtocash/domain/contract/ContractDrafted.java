package org.leadtocash.domain.contract;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A contract was drafted from an opportunity with its value, clauses and payment milestones (DOMAIN
 * D5.1).
 *
 * @param contract the contract
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param opportunity the opportunity it comes from
 * @param customer the customer
 * @param value the contract value
 * @param clauses the clauses, in order
 * @param milestones the payment milestones, in order
 * @param occurredAt when
 */
public record ContractDrafted(
    ContractId contract,
    long version,
    OpportunityId opportunity,
    CustomerId customer,
    Money value,
    List<Clause> clauses,
    List<PaymentMilestone> milestones,
    Instant occurredAt)
    implements ContractEvent {

  /** The stored type: {@code contract.drafted}, schema version 1. */
  public static final EventType TYPE = EventType.of("contract.drafted", 1);

  /**
   * Checks that no part is null and copies the lists.
   *
   * @param contract the contract
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param opportunity the opportunity it comes from
   * @param customer the customer
   * @param value the contract value
   * @param clauses the clauses, in order
   * @param milestones the payment milestones, in order
   * @param occurredAt when
   */
  public ContractDrafted {
    Objects.requireNonNull(clauses, "clauses");
    Objects.requireNonNull(milestones, "milestones");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(value, "value");
    clauses = ImmutableList.copyOf(clauses);
    milestones = ImmutableList.copyOf(milestones);
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
