package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.common.OrganisationLevel.HEADQUARTERS;
import static org.leadtocash.domain.common.OrganisationLevel.REGION;
import static org.leadtocash.domain.common.OrganisationLevel.REPRESENTATIVE_OFFICE;
import static org.leadtocash.domain.process.ProcessFixtures.VALIDATE_ACTIVITY;
import static org.leadtocash.domain.process.ProcessFixtures.VERIFY;
import static org.leadtocash.domain.process.ProcessFixtures.approval;
import static org.leadtocash.domain.process.ProcessFixtures.cardOf;
import static org.leadtocash.domain.process.ProcessFixtures.child;
import static org.leadtocash.domain.process.ProcessFixtures.day;
import static org.leadtocash.domain.process.ProcessFixtures.established;
import static org.leadtocash.domain.process.ProcessFixtures.redescribed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;

/**
 * A stored architecture snapshot is input like a command (DOMAIN D1.1, D1.2): {@link
 * ProcessArchitecture#restore()} rebuilds every state the commands reach, equal to the original and
 * continued by {@link ProcessArchitecture#replay(ProcessArchitecture, List)}, and refuses a
 * tampered snapshot with an {@link IllegalArgumentException} naming the attribute and the rule it
 * breaks.
 */
class ProcessArchitectureRestoreTest {

  private static final ProcessId PORTFOLIO = LtcCatalogue.MANAGE_PROJECT_PORTFOLIO;
  private static final ProcessCard TASK = child(cardOf(established(), VALIDATE_ACTIVITY), "LOCAL");

  /**
   * Headquarters establishes LTC (v1, day 0); an office adds an L6 task (v2, day 1); a region
   * revises VERIFY with a company approval (v3, day 2); headquarters retires the project portfolio
   * (v4, day 3).
   */
  private static Transition<ProcessArchitecture, ProcessArchitectureEvent> story() {
    return ProcessArchitecture.establish(LtcCatalogue.standard(), day(0))
        .then(
            a -> a.adapt(VALIDATE_ACTIVITY, ProcessChange.add(TASK), REPRESENTATIVE_OFFICE, day(1)))
        .then(
            a ->
                a.adapt(
                    VERIFY,
                    ProcessChange.revise(redescribed(cardOf(a, VERIFY), "Verify here.")),
                    REGION,
                    approval(VERIFY, 1),
                    day(2)))
        .then(a -> a.adapt(PORTFOLIO, ProcessChange.retire(), HEADQUARTERS, day(3)));
  }

  private static ProcessArchitecture storyAt(int version) {
    return ProcessArchitecture.replay(story().events().subList(0, version));
  }

  /** Restores an architecture by setting each of its attributes, as a codec reading one does. */
  static ProcessArchitecture restored(ProcessArchitecture stored) {
    return ProcessArchitecture.restore()
        .id(stored.id())
        .version(stored.version())
        .establishedAt(stored.establishedAt())
        .lastEventAt(stored.lastEventAt())
        .catalogue(stored.catalogue())
        .headquartersRequirements(stored.headquartersRequirements())
        .adaptations(stored.adaptations())
        .build();
  }

  private static ProcessArchitecture.Restore tampered(
      ProcessArchitecture stored, UnaryOperator<ProcessArchitecture.Restore> tamper) {
    return tamper.apply(ProcessArchitecture.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * architecture, the attribute and the rule, and mentions what is wrong.
   */
  private static void assertRefused(
      ProcessArchitecture.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("architecture " + LtcCatalogue.LEAD_TO_CASH + ": "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
  }

  /** The adaptation the story recorded at a version (2 is the first adaptation). */
  private static Adaptation adaptationAt(int version) {
    return storyAt(4).adaptations().get(version - 2);
  }

  /** A copy of an adaptation with some parts changed. */
  private static Adaptation with(
      Adaptation adaptation, OrganisationLevel by, Optional<CompanyApproval> approval) {
    return new Adaptation(adaptation.process(), adaptation.change(), by, approval, adaptation.at());
  }

  @Nested
  @DisplayName("D1.2 a restored snapshot is the architecture it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same architecture")
    void everyState() {
      Transition<ProcessArchitecture, ProcessArchitectureEvent> story = story();
      List<ProcessArchitectureEvent> events = story.events();
      assertEquals(4, events.size());
      for (int version = 1; version <= events.size(); version++) {
        ProcessArchitecture stored = storyAt(version);
        ProcessArchitecture restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(
            story.state(),
            ProcessArchitecture.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }
  }

  @Nested
  @DisplayName("D1.1 D1.2 the tree and headquarters' requirements agree")
  class TheTree {

    @Test
    @DisplayName("an architecture not named by the root of its catalogue is refused")
    void id() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, tampered(storyAt(1), r -> r.id(VERIFY))::build);
      assertEquals(
          "architecture "
              + VERIFY
              + ": catalogue is rooted at LTC; an architecture is named by its L1 process category"
              + " (DOMAIN D1.1)",
          refused.getMessage());
    }

    @Test
    @DisplayName("requirements without the L1 process category are refused")
    void rootRequired() {
      Map<ProcessId, HeadquartersRequirements> requirements =
          new LinkedHashMap<>(storyAt(1).headquartersRequirements());
      requirements.remove(LtcCatalogue.LEAD_TO_CASH);
      assertRefused(
          tampered(storyAt(1), r -> r.headquartersRequirements(requirements)),
          "headquartersRequirements",
          "D1.2",
          "L1");
    }

    @Test
    @DisplayName("requirements of a process the catalogue does not hold are refused")
    void requirementOfUnknownProcess() {
      Map<ProcessId, HeadquartersRequirements> requirements =
          new LinkedHashMap<>(storyAt(4).headquartersRequirements());
      requirements.put(PORTFOLIO, HeadquartersRequirements.of(cardOf(storyAt(1), PORTFOLIO)));
      assertRefused(
          tampered(storyAt(4), r -> r.headquartersRequirements(requirements)),
          "headquartersRequirements",
          "D1.2",
          PORTFOLIO.toString());
    }

    @Test
    @DisplayName("a card that drops what headquarters requires is refused")
    void requirementKept() {
      ProcessArchitecture stored = storyAt(1);
      ProcessCard bare =
          ProcessCard.builder()
              .from(cardOf(stored, VALIDATE_ACTIVITY))
              .controlPoints(List.of())
              .build();
      assertRefused(
          tampered(stored, r -> r.catalogue(stored.catalogue().withRevised(bare))),
          "headquartersRequirements",
          "D1.2",
          VALIDATE_ACTIVITY.toString());
    }
  }

  @Nested
  @DisplayName("D1.1 D1.2 each recorded adaptation fits the tree and the rights of who made it")
  class TheAdaptations {

    @Test
    @DisplayName("a region's adaptation without a company approval is refused")
    void approvalNeeded() {
      ProcessArchitecture stored = storyAt(3);
      Adaptation unapproved = with(adaptationAt(3), REGION, Optional.empty());
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), unapproved))),
          "adaptations",
          "D1.2",
          "adaptation 2",
          "company approval");
    }

    @Test
    @DisplayName("an approval of another process, or given later, is refused")
    void approvalCovers() {
      ProcessArchitecture stored = storyAt(3);
      Adaptation other = with(adaptationAt(3), REGION, Optional.of(approval(VALIDATE_ACTIVITY, 1)));
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), other))),
          "adaptations",
          "D1.2",
          "CA-2026-1");
      Adaptation later = with(adaptationAt(3), REGION, Optional.of(approval(VERIFY, 5)));
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), later))),
          "adaptations",
          "D1.2",
          "CA-2026-5");
    }

    @Test
    @DisplayName("an adaptation of a level beyond the rights of who made it is refused")
    void rights() {
      ProcessArchitecture stored = storyAt(3);
      Adaptation byOffice = with(adaptationAt(3), REPRESENTATIVE_OFFICE, Optional.empty());
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), byOffice))),
          "adaptations",
          "D1.2",
          "adaptation 2",
          "L4");
    }

    @Test
    @DisplayName(
        "an addition at a level beyond the rights of who made it is refused, even with a company"
            + " approval")
    void additionRights() {
      ProcessArchitecture stored = storyAt(2);
      Adaptation byRegion =
          with(adaptationAt(2), REGION, Optional.of(approval(VALIDATE_ACTIVITY, 0)));
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(byRegion))),
          "adaptations",
          "D1.2",
          "adaptation 1 by",
          "adapts L6, and that level may adapt only L4");
    }

    @Test
    @DisplayName("a revision that carries another process's card is refused")
    void revisionOfItsProcess() {
      ProcessArchitecture stored = storyAt(3);
      Adaptation third = adaptationAt(3);
      Adaptation elsewhere =
          new Adaptation(VALIDATE_ACTIVITY, third.change(), REGION, third.approval(), third.at());
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), elsewhere))),
          "adaptations",
          "D1.1",
          "revises the card of " + VERIFY);
    }

    @Test
    @DisplayName("an addition under another process than the one it was sent to is refused")
    void additionUnderItsProcess() {
      ProcessArchitecture stored = storyAt(2);
      Adaptation second = adaptationAt(2);
      Adaptation elsewhere =
          new Adaptation(VERIFY, second.change(), second.by(), second.approval(), second.at());
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(elsewhere))),
          "adaptations",
          "D1.1",
          "adds " + TASK.id());
    }

    @Test
    @DisplayName("the retirement of the L1 process category is refused")
    void retireRoot() {
      ProcessArchitecture stored = storyAt(4);
      Adaptation fourth = adaptationAt(4);
      Adaptation root =
          new Adaptation(
              LtcCatalogue.LEAD_TO_CASH,
              fourth.change(),
              fourth.by(),
              fourth.approval(),
              fourth.at());
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(2), adaptationAt(3), root))),
          "adaptations",
          "D1.1",
          "L1");
    }
  }

  @Nested
  @DisplayName("D1.2 time only moves forward, and the version counts the events")
  class TimeAndVersion {

    @Test
    @DisplayName("adaptations out of time order are refused")
    void order() {
      ProcessArchitecture stored = storyAt(3);
      assertRefused(
          tampered(stored, r -> r.adaptations(List.of(adaptationAt(3), adaptationAt(2)))),
          "adaptations",
          "D1.2",
          "adaptation 2",
          "time order");
    }

    @Test
    @DisplayName("an adaptation before the establishment is refused")
    void beforeEstablishment() {
      assertRefused(
          tampered(storyAt(2), r -> r.establishedAt(day(2)).lastEventAt(day(1))),
          "adaptations",
          "D1.2",
          "adaptation 1");
    }

    @Test
    @DisplayName("a lastEventAt that is not the last adaptation's instant is refused")
    void lastEventAt() {
      assertRefused(
          tampered(storyAt(3), r -> r.lastEventAt(day(9))),
          "lastEventAt",
          "D1.2",
          "its last adaptation");
      assertRefused(
          tampered(storyAt(1), r -> r.lastEventAt(day(1))),
          "lastEventAt",
          "D1.2",
          "the establishment");
    }

    @Test
    @DisplayName("a version that does not count the establishment and each adaptation is refused")
    void version() {
      assertRefused(tampered(storyAt(3), r -> r.version(2)), "version", "D1.2", "not 3");
      assertRefused(tampered(storyAt(3), r -> r.version(4)), "version", "D1.2", "not 3");
    }
  }
}
