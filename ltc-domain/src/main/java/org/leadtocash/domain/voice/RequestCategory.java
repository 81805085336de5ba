package org.leadtocash.domain.voice;

/** Whether a customer request falls within the contract (DOMAIN D8.4). */
public enum RequestCategory {
  /** Within the contract: we deliver it under the contract (合同内). */
  IN_CONTRACT,
  /** Outside the contract: a change or new business, not free delivery (合同外). */
  OUT_OF_CONTRACT
}
