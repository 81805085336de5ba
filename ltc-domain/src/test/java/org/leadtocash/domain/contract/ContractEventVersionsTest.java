package org.leadtocash.domain.contract;

import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY;
import static org.leadtocash.domain.contract.ContractFixtures.FINAL;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.accepted;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceAndCollect;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.EventVersions;

/** Every contract event carries the version it produced, 1 or more (DOMAIN D5.1). */
class ContractEventVersionsTest {

  @Test
  @DisplayName("DOMAIN D5.1: each type of contract event refuses version 0")
  void everyEventRefusesVersionZero() {
    List<ContractEvent> events = new ArrayList<>();
    events.addAll(
        drafted()
            .then(c -> c.acceptRisk(PEN, LEGAL, "the frame agreement caps every penalty", day(55)))
            .then(c -> c.sign(atc(), day(56)))
            .then(c -> c.change(ContractChange.scope("two more sites"), SALES_VP, "asked", day(56)))
            .events());
    events.addAll(
        accepted()
            .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 201))
            .then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 230))
            .then(c -> invoiceAndCollect(c, "INV-3", FINAL, 260))
            .then(c -> c.close(day(300)))
            .events());
    EventVersions.assertEveryTypeRefusesVersionZero(ContractEvent.class, events);
  }
}
