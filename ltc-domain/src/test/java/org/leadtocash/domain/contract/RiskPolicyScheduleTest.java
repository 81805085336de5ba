package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.PAY;
import static org.leadtocash.domain.contract.ContractFixtures.VALUE;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onDelivery;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The standard risk review reads the payment schedule from the payment terms (DOMAIN D5.4). */
class RiskPolicyScheduleTest {

  @Test
  @DisplayName(
      "DOMAIN D5.4: no advance on signature is flagged on the payment terms, wherever they stand")
  void scheduleFlaggedOnThePaymentTerms() {
    Contract contract =
        Contract.draft(
                CONTRACT,
                OPPORTUNITY,
                CUSTOMER,
                VALUE,
                List.of(measurableAcceptance(), paymentTerms(30)),
                List.of(onDelivery(), onAcceptance()),
                day(55))
            .state();
    assertEquals(
        List.of(
            RiskFinding.of(
                PAY,
                RiskKind.NO_ADVANCE_PAYMENT,
                "no payment milestone is an advance paid on signature")),
        ContractRiskPolicy.standard(10, 90).assess(contract));
  }
}
