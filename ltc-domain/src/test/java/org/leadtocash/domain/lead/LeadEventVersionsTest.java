package org.leadtocash.domain.lead;

import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.lead.LeadFixtures.submitted;
import static org.leadtocash.domain.lead.LeadFixtures.validated;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.EventVersions;

/** Every lead event carries the version it produced, 1 or more (DOMAIN D2). */
class LeadEventVersionsTest {

  @Test
  @DisplayName("DOMAIN D2.5: each type of lead event refuses version 0")
  void everyEventRefusesVersionZero() {
    Transition<Lead, LeadEvent> nurtured =
        Lead.create(LEAD, earlyProfile(), CREATOR, day(0))
            .then(l -> l.submit(MANAGER, day(1)))
            .then(l -> l.validate(strongAnswers(), MANAGER, day(2)))
            .then(l -> l.nurture(OWNER, day(3)))
            .then(LeadFixtures::walkWholePath)
            .then(l -> l.recordBudget(cny(5_000_000), day(9)));
    List<LeadEvent> events = new ArrayList<>();
    events.addAll(
        nurtured
            .state()
            .convert(OpportunityId.of("OP-7"), OWNER, day(10))
            .after(nurtured)
            .lead()
            .events());
    events.addAll(
        submitted(earlyProfile()).suspend("later", day(3)).then(l -> l.resume(day(4))).events());
    events.addAll(
        validated(earlyProfile(), strongAnswers()).close("no real need", day(3)).events());
    EventVersions.assertEveryTypeRefusesVersionZero(LeadEvent.class, events);
  }
}
