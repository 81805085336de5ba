package org.leadtocash.domain.contract;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EmployeeId;

/**
 * The fulfilment plan that registration and handover of a contract produce (DOMAIN D5.1): the
 * delivery project they trigger, the delivery manager who takes the contract over from pre-sale,
 * and the payment milestones to be fulfilled, with their due dates and amounts, in due-date order.
 *
 * @param contract the contract; not null
 * @param deliveryProject the delivery project; not null
 * @param deliveryManager the delivery manager; not null
 * @param milestones the payment milestones; not null; kept in due-date order (stable)
 */
public record FulfilmentPlan(
    ContractId contract,
    DeliveryProjectId deliveryProject,
    EmployeeId deliveryManager,
    List<PaymentMilestone> milestones) {

  /**
   * Checks the parts and orders the milestones by due date.
   *
   * @param contract the contract; not null
   * @param deliveryProject the delivery project; not null
   * @param deliveryManager the delivery manager; not null
   * @param milestones the payment milestones; not null; kept in due-date order (stable)
   */
  public FulfilmentPlan {
    Objects.requireNonNull(milestones, "milestones");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(deliveryProject, "deliveryProject");
    Objects.requireNonNull(deliveryManager, "deliveryManager");
    milestones =
        milestones.stream()
            .map(m -> Objects.requireNonNull(m, "milestone"))
            .sorted(Comparator.comparing(PaymentMilestone::dueOn))
            .collect(ImmutableList.toImmutableList());
  }
}
