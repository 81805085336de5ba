package org.leadtocash.domain.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.CustomerProfile;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.customer.KeyDate;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.domain.relationship.KeyRelationshipDimension;
import org.leadtocash.domain.relationship.KeyRelationshipId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.PowerMap;
import org.leadtocash.domain.relationship.RelationshipCard;
import org.leadtocash.domain.relationship.RelationshipCards;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.domain.testing.LogCapture;
import org.leadtocash.domain.testing.LogCapture.LogEvent;
import org.leadtocash.domain.testing.Opportunities;
import org.slf4j.event.Level;

/**
 * Personal data is never logged (DOMAIN D7.8, DESIGN §2): the relationship and customer scenarios
 * that hold personal profiles, key people and relationship cards run with every level captured,
 * together with the gate decisions of the same customer's opportunity (which do log), and no
 * captured record — message, pattern or argument — carries a word of the personal data. {@link
 * LibraryRules#PERSONAL_DATA_IS_NEVER_LOGGED} keeps the classes that hold it away from SLF4J.
 */
class PersonalDataIsNeverLoggedTest {

  private static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  private static final PersonId CTO = PersonId.of("P-CTO");
  private static final EmployeeId CHEN = EmployeeId.of("E-CHEN");
  private static final EmployeeId WANG = EmployeeId.of("E-WANG");
  private static final EmployeeId LI = EmployeeId.of("E-LI");

  private static final String NAME = "Zhou Mingyu";
  private static final String TITLE = "Head of Network Planning, North";
  private static final String POSITION = "Group Chief Technology Officer designate";
  private static final String CAREER_NEED = "a seat on the group board";
  private static final String NEED = "a school place for her son in Beijing";
  private static final String INTEREST = "mountain photography";
  private static final String KEY_DATE = "wedding anniversary";
  private static final String NOTE = "met her husband at our 2024 Shenzhen forum";

  /** Every piece of personal data in the scenario. */
  private static final List<String> PERSONAL =
      List.of(NAME, TITLE, POSITION, CAREER_NEED, NEED, INTEREST, KEY_DATE, NOTE);

  @Test
  @DisplayName("D7.8: profiles, key people and relationship cards leave no trace in the logs")
  void personalDataIsNeverLogged() {
    List<LogEvent> events;
    try (LogCapture logs = LogCapture.start(Level.TRACE)) {
      runScenarios();
      events = logs.events();
    }

    assertFalse(events.isEmpty(), "the gate decisions log, so the capture is live");
    for (LogEvent event : events) {
      for (String personal : PERSONAL) {
        assertFalse(event.message().contains(personal), () -> "personal data in " + event);
        assertFalse(event.pattern().contains(personal), () -> "personal data in " + event);
        for (Object argument : event.arguments()) {
          assertFalse(
              Objects.toString(argument).contains(personal),
              () -> "personal data in an argument of " + event);
        }
      }
    }
  }

  private static void runScenarios() {
    PersonalProfile profile =
        PersonalProfile.builder()
            .position(POSITION)
            .addCareerNeed(CAREER_NEED)
            .putNeed(MaslowLevel.SAFETY, NEED)
            .addInterest(INTEREST)
            .addKeyDate(KeyDate.of(KEY_DATE, MonthDay.of(Month.MAY, 17)))
            .build();

    // D6.1: the customer profile with the executive's appendix
    CustomerProfile customerProfile =
        CustomerProfile.builder()
            .customer(CUSTOMER)
            .summary("our largest customer in the north")
            .addExecutives(
                ExecutiveProfile.builder().person(CTO).name(NAME).profile(profile).build())
            .build();
    assertTrue(customerProfile.executive(CTO).isPresent());

    // D7.2, D7.3: the decision chain with the key person, its coverage and power map
    DecisionChain chain =
        DecisionChain.builder(CUSTOMER)
            .opportunity(OpportunityId.of("OP-1"))
            .person(
                KeyPerson.builder()
                    .id(CTO)
                    .name(NAME)
                    .title(TITLE)
                    .position(PositionKind.CTO)
                    .addRoles(DecisionRole.DECIDER)
                    .stance(Stance.SUPPORTER)
                    .coach(true)
                    .build())
            .build();
    Map<PersonId, KeyRelationshipLevel> levels = Map.of(CTO, KeyRelationshipLevel.FAVOURABLE);
    assertTrue(chain.coverage(levels, true).hasCoach());
    assertTrue(PowerMap.toMermaid(chain, levels).contains("flowchart"));

    // D7.4–D7.8: the key relationship, its card, read by its owner and manager, refused to a peer
    KeyRelationshipAssessment.Builder assessment =
        KeyRelationshipAssessment.builder().assessor(WANG).assessedOn(D0);
    for (KeyRelationshipDimension dimension : KeyRelationshipDimension.values()) {
      assessment.score(dimension, 4);
    }
    KeyRelationship relationship =
        KeyRelationship.open(KeyRelationshipId.of("KR-1"), CUSTOMER, CTO, WANG, T0)
            .then(r -> r.assess(assessment.build(), T0.plus(Duration.ofDays(1))))
            .state();
    RelationshipCards cards =
        RelationshipCards.of(List.of(RelationshipCard.of(relationship, profile, List.of(NOTE))));
    Organisation office =
        Organisation.builder().member(CHEN).member(WANG, CHEN).member(LI, CHEN).build();
    assertEquals(CTO, cards.read(CTO, WANG, office).person());
    assertEquals(1, cards.readableBy(CHEN, office).size());
    assertThrows(AccessDeniedException.class, () -> cards.read(CTO, LI, office));
    assertEquals(
        INTEREST,
        customerProfile
            .executive(CTO)
            .orElseThrow()
            .profile(WANG, cards.access(office))
            .interests()
            .get(0));
    assertThrows(
        AccessDeniedException.class,
        () -> customerProfile.executive(CTO).orElseThrow().profile(LI, cards.access(office)));
    KeyRelationship transferred = relationship.transfer(LI, T0.plus(Duration.ofDays(2))).state();
    RelationshipCards rotated =
        cards
            .follow(transferred, WANG, office)
            .with(RelationshipCard.of(transferred, profile, List.of(NOTE, NOTE)), LI, office);
    assertThrows(AccessDeniedException.class, () -> rotated.read(CTO, WANG, office));
    assertEquals(LI, rotated.read(CTO, LI, office).owner());

    // D3.2: the same customer's opportunity through its gates, each decision logged at DEBUG
    Opportunity opportunity =
        Opportunities.throughAtc(OpportunityId.of("OP-1"), CUSTOMER, cny(10_000_000), T0).state();
    assertTrue(opportunity.contractApproval().isPresent());
  }
}
