package org.leadtocash.domain.contract;

import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.DomainEvent;

/** Something that happened to a contract (DOMAIN D5); replaying a contract's events rebuilds it. */
public sealed interface ContractEvent extends DomainEvent
    permits ContractDrafted,
        RiskAccepted,
        ContractSigned,
        ContractRegistered,
        ContractHandedOver,
        ExecutionStarted,
        ContractAccepted,
        ContractClosed,
        ContractChanged,
        InvoiceIssued,
        InvoiceConfirmed,
        PaymentReceived {

  /** {@return the contract it happened to; never null} */
  ContractId contract();

  /** {@return the contract it happened to, as {@link #contract()}; never null} */
  @Override
  default ContractId aggregate() {
    return contract();
  }
}
