package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * A process architecture's stored history is input like any command: each adaptation is replayed
 * within the rights of the level that made it (DOMAIN D1.1, D1.2), and a snapshot continues with
 * the adaptations after it.
 */
class ProcessArchitectureReplayTest {

  private static final ProcessCatalogue LTC = LtcCatalogue.standard();
  private static final ProcessId PORTFOLIO = LtcCatalogue.MANAGE_PROJECT_PORTFOLIO;
  private static final ProcessCard TASK = child(cardOf(established(), VALIDATE_ACTIVITY), "LOCAL");

  /**
   * Headquarters establishes LTC (v1); an office adds an L6 task (v2); a region revises VERIFY with
   * a company approval (v3); headquarters retires the project portfolio (v4).
   */
  private static final Transition<ProcessArchitecture, ProcessArchitectureEvent> STORY =
      ProcessArchitecture.establish(LTC, day(0))
          .then(
              a ->
                  a.adapt(
                      VALIDATE_ACTIVITY, ProcessChange.add(TASK), REPRESENTATIVE_OFFICE, day(1)))
          .then(
              a ->
                  a.adapt(
                      VERIFY,
                      ProcessChange.revise(redescribed(cardOf(a, VERIFY), "Verify here.")),
                      REGION,
                      approval(VERIFY, 1),
                      day(2)))
          .then(a -> a.adapt(PORTFOLIO, ProcessChange.retire(), HEADQUARTERS, day(3)));

  private static final List<ProcessArchitectureEvent> EVENTS = STORY.events();

  /** The events at the given versions (1 is the establishment), in the order given. */
  private static List<ProcessArchitectureEvent> events(int... versions) {
    List<ProcessArchitectureEvent> events = new ArrayList<>();
    for (int version : versions) {
      events.add(EVENTS.get(version - 1));
    }
    return events;
  }

  /** An adaptation event, as a store would hold it. */
  private static ProcessAdapted adapted(
      long version,
      ProcessId process,
      ProcessChange change,
      OrganisationLevel by,
      Optional<CompanyApproval> approval,
      int day) {
    return new ProcessAdapted(
        LtcCatalogue.LEAD_TO_CASH,
        version,
        new Adaptation(process, change, by, approval, day(day)));
  }

  /**
   * Asserts that a replay is rejected at an event, for a rule, with a message naming the
   * architecture, the event's type and what is wrong.
   */
  private static void assertRejected(
      Executable replay, RuleId rule, int position, DomainEvent offending, String... what) {
    RejectedHistoryException e = assertThrows(RejectedHistoryException.class, replay);
    assertEquals(rule, e.rule(), e::getMessage);
    assertEquals(position, e.position(), e::getMessage);
    assertSame(offending, e.event(), e::getMessage);
    assertEquals("replay", e.command());
    assertTrue(e.getMessage().contains("ProcessArchitecture LTC"), e::getMessage);
    assertTrue(e.getMessage().contains(offending.type().name()), e::getMessage);
    assertTrue(e.getMessage().contains("[" + rule + "]"), e::getMessage);
    for (String fragment : what) {
      assertTrue(e.getMessage().contains(fragment), e::getMessage);
    }
  }

  @Nested
  @DisplayName("a genuine history (D1.2)")
  class Genuine {

    @Test
    @DisplayName("replays to the architecture the adaptations produced, with consecutive versions")
    void replays() {
      ProcessArchitecture replayed = ProcessArchitecture.replay(EVENTS);
      assertEquals(STORY.state(), replayed);
      assertEquals(4, replayed.version());
      assertEquals(3, replayed.adaptations().size());
      assertTrue(replayed.card(PORTFOLIO).isEmpty());
      assertEquals(
          LongStream.rangeClosed(1, 4).boxed().toList(),
          EVENTS.stream().map(ProcessArchitectureEvent::version).toList());
    }
  }

  @Nested
  @DisplayName("a broken stream is rejected (D1.2)")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no architecture: IllegalArgumentException")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ProcessArchitecture.replay(List.of()));
      assertTrue(e.getMessage().contains("ArchitectureEstablished"), e::getMessage);
    }

    @Test
    @DisplayName(
        "a history starts with the establishment: one that starts with an adaptation is"
            + " rejected")
    void notStartingWithTheEstablishment() {
      assertRejected(
          () -> ProcessArchitecture.replay(events(2, 3, 4)),
          RuleId.D1_2,
          1,
          EVENTS.get(1),
          "starts with ArchitectureEstablished");
    }

    @Test
    @DisplayName("an architecture is established once")
    void establishedTwice() {
      ArchitectureEstablished again =
          new ArchitectureEstablished(LtcCatalogue.LEAD_TO_CASH, 5, LTC, day(4));
      List<ProcessArchitectureEvent> history = events(1, 2, 3, 4);
      history.add(again);
      assertRejected(
          () -> ProcessArchitecture.replay(history), RuleId.D1_2, 5, again, "created only once");
    }

    @Test
    @DisplayName("another architecture's adaptation is rejected, naming both architectures")
    void anotherArchitecture() {
      ProcessAdapted elsewhere =
          new ProcessAdapted(
              ProcessId.of("MTL"),
              2,
              new Adaptation(
                  VALIDATE_ACTIVITY,
                  ProcessChange.add(TASK),
                  REPRESENTATIVE_OFFICE,
                  Optional.empty(),
                  day(1)));
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), elsewhere)),
          RuleId.D1_2,
          2,
          elsewhere,
          "MTL",
          "another aggregate");
    }

    @Test
    @DisplayName("a gap: the establishment followed by version 3 is rejected")
    void gap() {
      assertRejected(
          () -> ProcessArchitecture.replay(events(1, 3, 4)),
          RuleId.D1_2,
          2,
          EVENTS.get(2),
          "skips from version 1 to 3");
    }

    @Test
    @DisplayName("a duplicate: the office's addition stored twice is rejected at its second copy")
    void duplicate() {
      assertRejected(
          () -> ProcessArchitecture.replay(events(1, 2, 2, 3, 4)),
          RuleId.D1_2,
          3,
          EVENTS.get(1),
          "version 2 is already in the stream");
    }

    @Test
    @DisplayName("out of order: the retirement before the region's revision is rejected")
    void outOfOrder() {
      assertRejected(
          () -> ProcessArchitecture.replay(events(1, 2, 4, 3)),
          RuleId.D1_2,
          3,
          EVENTS.get(3),
          "the next is 3");
    }

    @Test
    @DisplayName("back in time: an adaptation dated before the one it follows is rejected")
    void backInTime() {
      ProcessAdapted backdated =
          adapted(4, PORTFOLIO, ProcessChange.retire(), HEADQUARTERS, Optional.empty(), 1);
      List<ProcessArchitectureEvent> history = events(1, 2, 3);
      history.add(backdated);
      assertRejected(
          () -> ProcessArchitecture.replay(history),
          RuleId.D1_2,
          4,
          backdated,
          "back in time",
          day(2).toString());
    }
  }

  @Nested
  @DisplayName("an adaptation the architecture does not accept is rejected (D1.1, D1.2)")
  class NotAccepted {

    @Test
    @DisplayName("a region's revision of L4 without the company approval it needs")
    void regionWithoutApproval() {
      ProcessAdapted unapproved =
          adapted(
              2,
              VERIFY,
              ProcessChange.revise(redescribed(cardOf(established(), VERIFY), "Verify here.")),
              REGION,
              Optional.empty(),
              2);
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), unapproved)),
          RuleId.D1_2,
          2,
          unapproved,
          "only with a recorded company approval");
    }

    @Test
    @DisplayName("an office retiring an L3 process: beyond its rights")
    void officeRetiresL3() {
      ProcessAdapted retired =
          adapted(2, PORTFOLIO, ProcessChange.retire(), REPRESENTATIVE_OFFICE, Optional.empty(), 1);
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), retired)),
          RuleId.D1_2,
          2,
          retired,
          "a representative office may adapt only L5/L6, not L3");
    }

    @Test
    @DisplayName("an office's revision that drops the lead validation KCP headquarters requires")
    void officeDropsARequirement() {
      ProcessCard stripped =
          ProcessCard.builder()
              .from(cardOf(established(), VALIDATE_ACTIVITY))
              .controlPoints(List.of())
              .build();
      ProcessAdapted dropping =
          adapted(
              2,
              VALIDATE_ACTIVITY,
              ProcessChange.revise(stripped),
              REPRESENTATIVE_OFFICE,
              Optional.empty(),
              2);
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), dropping)),
          RuleId.D1_2,
          2,
          dropping,
          "keeps headquarters' control");
    }

    @Test
    @DisplayName("a revision of a process headquarters retired: the tree no longer holds it")
    void revisionOfARetiredProcess() {
      ProcessAdapted revised =
          adapted(
              5,
              PORTFOLIO,
              ProcessChange.revise(redescribed(cardOf(established(), PORTFOLIO), "Again.")),
              HEADQUARTERS,
              Optional.empty(),
              4);
      List<ProcessArchitectureEvent> history = events(1, 2, 3, 4);
      history.add(revised);
      assertRejected(
          () -> ProcessArchitecture.replay(history),
          RuleId.D1_2,
          5,
          revised,
          "not accepted",
          PORTFOLIO.toString());
    }
  }

  @Nested
  @DisplayName("a forged or tampered adaptation is rejected (D1.2)")
  class Tampered {

    @Test
    @DisplayName("a region's revision whose approval was given after it")
    void approvalGivenLater() {
      ProcessAdapted forged =
          adapted(
              2,
              VERIFY,
              ProcessChange.revise(redescribed(cardOf(established(), VERIFY), "Verify here.")),
              REGION,
              Optional.of(approval(VERIFY, 9)),
              2);
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), forged)),
          RuleId.D1_2,
          2,
          forged,
          "company approval CA-2026-9");
    }

    @Test
    @DisplayName("a region's revision of VERIFY carrying an approval of another process")
    void approvalOfAnotherProcess() {
      ProcessAdapted forged =
          adapted(
              2,
              VERIFY,
              ProcessChange.revise(redescribed(cardOf(established(), VERIFY), "Verify here.")),
              REGION,
              Optional.of(approval(ProcessFixtures.VALIDATE, 1)),
              2);
      assertRejected(
          () -> ProcessArchitecture.replay(List.of(EVENTS.get(0), forged)),
          RuleId.D1_2,
          2,
          forged,
          "covers " + ProcessFixtures.VALIDATE);
    }
  }

  @Nested
  @DisplayName("a snapshot and the adaptations after it (D1.2)")
  class Snapshots {

    @Test
    @DisplayName("rebuild the architecture the whole history replays to, from any version")
    void continueFromAnyVersion() {
      ProcessArchitecture whole = ProcessArchitecture.replay(EVENTS);
      for (int version = 1; version <= EVENTS.size(); version++) {
        ProcessArchitecture snapshot = ProcessArchitecture.replay(EVENTS.subList(0, version));
        assertEquals(version, snapshot.version());
        assertEquals(
            whole,
            ProcessArchitecture.replay(snapshot, EVENTS.subList(version, EVENTS.size())),
            "from version " + version);
      }
    }

    @Test
    @DisplayName("a tail that does not start right after the snapshot is rejected")
    void tailWithAGap() {
      ProcessArchitecture snapshot = ProcessArchitecture.replay(events(1, 2));
      assertRejected(
          () -> ProcessArchitecture.replay(snapshot, events(4)),
          RuleId.D1_2,
          1,
          EVENTS.get(3),
          "skips from version 2 to 4");
      assertRejected(
          () -> ProcessArchitecture.replay(snapshot, events(2, 3, 4)),
          RuleId.D1_2,
          1,
          EVENTS.get(1),
          "version 2 is already in the stream");
    }

    @Test
    @DisplayName("another architecture's tail is rejected")
    void tailOfAnotherArchitecture() {
      ProcessArchitecture snapshot = ProcessArchitecture.replay(events(1, 2));
      ProcessAdapted elsewhere =
          new ProcessAdapted(
              ProcessId.of("ITR"),
              3,
              new Adaptation(
                  PORTFOLIO, ProcessChange.retire(), HEADQUARTERS, Optional.empty(), day(3)));
      assertRejected(
          () -> ProcessArchitecture.replay(snapshot, List.of(elsewhere)),
          RuleId.D1_2,
          1,
          elsewhere,
          "ITR");
    }
  }
}
