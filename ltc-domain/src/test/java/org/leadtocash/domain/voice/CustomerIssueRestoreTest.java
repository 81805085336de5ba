package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.voice.VoiceFixtures.HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.ISSUE;
import static org.leadtocash.domain.voice.VoiceFixtures.accepted;
import static org.leadtocash.domain.voice.VoiceFixtures.closed;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.description;
import static org.leadtocash.domain.voice.VoiceFixtures.escalated;
import static org.leadtocash.domain.voice.VoiceFixtures.evaluated;
import static org.leadtocash.domain.voice.VoiceFixtures.handling;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;

/**
 * A stored issue snapshot is input like a command (DOMAIN D8.2): {@link CustomerIssue#restore()}
 * rebuilds every state the commands reach, equal to the original and continued by {@link
 * CustomerIssue#replay(CustomerIssue, List)}, and refuses a tampered snapshot with an {@link
 * IllegalArgumentException} naming the attribute and the rule it breaks.
 */
class CustomerIssueRestoreTest {

  private static final String SUMMARY = "Site engineers missed three appointments";

  /**
   * An issue's whole life: accepted (v1, day 0), handled (v2, day 1), escalated to the region (v3,
   * day 3), marked major (v4, day 4), escalated to headquarters (v5, day 5), closed (v6, day 6) and
   * evaluated (v7, day 8).
   */
  private static Transition<CustomerIssue, IssueEvent> story() {
    return CustomerIssue.accept(ISSUE, description(IssueSeverity.NORMAL), day(0))
        .then(i -> i.startHandling(HANDLER, day(1)))
        .then(i -> i.escalate(OrganisationLevel.REGION, "the office cannot free engineers", day(3)))
        .then(i -> i.markMajor("the customer's CEO complained", day(4)))
        .then(i -> i.escalate(OrganisationLevel.HEADQUARTERS, "the region has no team", day(5)))
        .then(i -> i.close("a dedicated site team was assigned", day(6)))
        .then(i -> i.evaluate(IssueEvaluation.of(IssueSatisfaction.SATISFIED, "ok"), day(8)));
  }

  /** Restores an issue by setting each of its attributes, as a codec reading a snapshot does. */
  static CustomerIssue restored(CustomerIssue stored) {
    return CustomerIssue.restore()
        .id(stored.id())
        .version(stored.version())
        .description(stored.description())
        .acceptedAt(stored.acceptedAt())
        .status(stored.status())
        .level(stored.level())
        .handler(stored.handler())
        .escalations(stored.escalations())
        .majorSince(stored.majorSince())
        .majorReason(stored.majorReason())
        .resolution(stored.resolution())
        .closedAt(stored.closedAt())
        .evaluation(stored.evaluation())
        .evaluatedAt(stored.evaluatedAt())
        .lastEventAt(stored.lastEventAt())
        .build();
  }

  private static CustomerIssue.Restore tampered(
      CustomerIssue stored, UnaryOperator<CustomerIssue.Restore> tamper) {
    return tamper.apply(CustomerIssue.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * issue, the attribute and the rule, mentions what is wrong, and quotes no personal data.
   */
  private static void assertRefused(
      CustomerIssue.Restore snapshot, String attribute, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("issue IS-1: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN D8.2)"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
    assertFalse(message.contains(SUMMARY), message);
    assertFalse(message.contains("P-CTO"), message);
  }

  @Nested
  @DisplayName("D8.2 a restored snapshot is the issue it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same evaluated issue")
    void everyState() {
      Transition<CustomerIssue, IssueEvent> story = story();
      List<IssueEvent> events = story.events();
      assertEquals(7, events.size());
      assertEquals(IssueStatus.EVALUATED, story.state().status());
      for (int version = 1; version <= events.size(); version++) {
        CustomerIssue stored = CustomerIssue.replay(events.subList(0, version));
        CustomerIssue restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(
            story.state(),
            CustomerIssue.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }

    @Test
    @DisplayName("a critical issue, major from its acceptance, is restored too")
    void critical() {
      CustomerIssue critical = accepted(ISSUE, IssueSeverity.CRITICAL, day(0));
      assertTrue(critical.isMajor());
      assertEquals(critical, restored(critical));
      assertEquals(critical, CustomerIssue.restore().from(critical).build());
    }
  }

  @Nested
  @DisplayName("D8.2 the status and the facts it implies agree")
  class TheFacts {

    @Test
    @DisplayName("a handled issue without its handler is refused")
    void handler() {
      assertRefused(
          CustomerIssue.restore().from(handling()).handler(Optional.empty()),
          "handler",
          "absent",
          "HANDLING");
    }

    @Test
    @DisplayName("an accepted issue with a handler is refused")
    void handlerTooEarly() {
      assertRefused(tampered(accepted(), r -> r.handler(HANDLER)), "handler", "present");
    }

    @Test
    @DisplayName("a closed issue without its resolution is refused")
    void resolution() {
      assertRefused(
          tampered(closed(), r -> r.resolution(Optional.empty())), "resolution", "CLOSED");
    }

    @Test
    @DisplayName("an open issue with a closure date is refused")
    void closedAtTooEarly() {
      assertRefused(
          tampered(escalated(), r -> r.closedAt(day(6)).version(4)), "closedAt", "ESCALATED");
    }

    @Test
    @DisplayName("an evaluated issue without the customer's evaluation is refused")
    void evaluation() {
      assertRefused(
          tampered(evaluated(), r -> r.evaluation(Optional.empty())), "evaluation", "EVALUATED");
    }

    @Test
    @DisplayName("an evaluated issue without its evaluation date is refused, whatever its version")
    void evaluatedAt() {
      assertRefused(
          tampered(evaluated(), r -> r.evaluatedAt(Optional.empty()).version(4)),
          "evaluatedAt",
          "evaluatedAt is absent with status EVALUATED");
    }

    @Test
    @DisplayName("a closed issue with a blank resolution is refused")
    void blankResolution() {
      assertRefused(
          tampered(closed(), r -> r.resolution(" ")),
          "resolution",
          "resolution is blank; a closed issue states its resolution");
    }

    @Test
    @DisplayName("an escalated issue without its escalations is refused")
    void escalationsMissing() {
      assertRefused(
          tampered(
              escalated(),
              r ->
                  r.escalations(List.of())
                      .level(OrganisationLevel.REPRESENTATIVE_OFFICE)
                      .version(2)),
          "escalations",
          "absent",
          "ESCALATED");
    }

    @Test
    @DisplayName("an issue being handled with an escalation is refused")
    void escalationsWhileHandling() {
      assertRefused(
          tampered(escalated(), r -> r.status(IssueStatus.HANDLING)), "escalations", "recorded");
    }
  }

  @Nested
  @DisplayName("D8.2 escalations go up, one after the other, to the level that handles the issue")
  class TheEscalations {

    @Test
    @DisplayName("a level that is not where the escalations leave the issue is refused")
    void level() {
      assertRefused(
          tampered(escalated(), r -> r.level(OrganisationLevel.AREA)), "level", "AREA", "REGION");
    }

    @Test
    @DisplayName("an escalation that does not start where the one before left is refused")
    void chain() {
      CustomerIssue escalated = escalated();
      Escalation skipping =
          new Escalation(OrganisationLevel.AREA, OrganisationLevel.HEADQUARTERS, "why", day(4));
      assertRefused(
          tampered(
              escalated,
              r ->
                  r.addEscalation(skipping)
                      .level(OrganisationLevel.HEADQUARTERS)
                      .version(4)
                      .lastEventAt(day(4))),
          "escalations",
          "escalation 2",
          "AREA",
          "REGION");
    }

    @Test
    @DisplayName("escalations out of time order are refused")
    void time() {
      Escalation earlier =
          new Escalation(OrganisationLevel.REGION, OrganisationLevel.AREA, "why", day(2));
      assertRefused(
          tampered(
              escalated(), r -> r.addEscalation(earlier).level(OrganisationLevel.AREA).version(4)),
          "escalations",
          "escalation 2",
          "before escalation 1");
    }
  }

  @Nested
  @DisplayName(
      "D8.2 a major complaint has its reason, and a critical issue is major from acceptance")
  class TheMajorFlag {

    @Test
    @DisplayName("a majorSince without a reason is refused")
    void reason() {
      assertRefused(
          tampered(handling(), r -> r.majorSince(day(1)).version(3)),
          "majorReason",
          "majorSince is present but majorReason is absent");
    }

    @Test
    @DisplayName("a majorReason without majorSince is refused")
    void since() {
      assertRefused(
          tampered(handling(), r -> r.majorReason("the CEO complained")),
          "majorSince",
          "majorSince is absent but majorReason is present");
    }

    @Test
    @DisplayName("a blank majorReason is refused")
    void blankReason() {
      assertRefused(
          tampered(handling(), r -> r.majorSince(day(1)).majorReason(" ").version(3)),
          "majorReason",
          "majorReason is blank; a major complaint states why");
    }

    @Test
    @DisplayName("a critical issue that is not major is refused")
    void critical() {
      CustomerIssue critical = accepted(ISSUE, IssueSeverity.CRITICAL, day(0));
      assertRefused(
          tampered(critical, r -> r.majorSince(Optional.empty()).majorReason(Optional.empty())),
          "majorSince",
          "critical");
    }

    @Test
    @DisplayName("a major flag before acceptance is refused")
    void beforeAcceptance() {
      assertRefused(
          tampered(handling(), r -> r.majorSince(day(-1)).majorReason("why").version(3)),
          "majorSince",
          "acceptedAt");
    }

    @Test
    @DisplayName("a major flag after the evaluation is refused")
    void afterEvaluation() {
      assertRefused(
          tampered(
              evaluated(),
              r -> r.majorSince(day(9)).majorReason("why").version(6).lastEventAt(day(9))),
          "majorSince",
          "evaluation");
    }
  }

  @Nested
  @DisplayName("D8.2 time only moves forward, and the version counts the facts")
  class TimeAndVersion {

    @Test
    @DisplayName("a closure before the last escalation is refused")
    void closedBeforeEscalation() {
      assertRefused(tampered(closed(), r -> r.closedAt(day(2))), "closedAt", "before escalation 1");
    }

    @Test
    @DisplayName("an evaluation before the closure is refused")
    void evaluatedBeforeClosure() {
      assertRefused(
          tampered(evaluated(), r -> r.evaluatedAt(day(5)).lastEventAt(day(5))),
          "evaluatedAt",
          "before closedAt");
    }

    @Test
    @DisplayName("a lastEventAt after the evaluation, the issue's last event, is refused")
    void lastAfterEvaluation() {
      assertRefused(
          tampered(evaluated(), r -> r.lastEventAt(day(9))), "lastEventAt", "evaluatedAt");
    }

    @Test
    @DisplayName("a lastEventAt before acceptance is refused")
    void lastBeforeAcceptance() {
      assertRefused(tampered(accepted(), r -> r.lastEventAt(day(-1))), "lastEventAt", "acceptedAt");
    }

    @Test
    @DisplayName("a version that does not count the recorded facts is refused")
    void version() {
      assertRefused(tampered(closed(), r -> r.version(9)), "version", "9", "not 4");
      assertRefused(tampered(closed(), r -> r.version(3)), "version", "3", "not 4");
      assertEquals(
          "issue IS-1: version is 9, not 4, the number of events its state records: the"
              + " acceptance, 1 handling, 1 escalations, 0 major flag, 1 closure and 0 evaluation"
              + " (DOMAIN D8.2)",
          assertThrows(IllegalArgumentException.class, tampered(closed(), r -> r.version(9))::build)
              .getMessage());
      CustomerIssue critical = accepted(ISSUE, IssueSeverity.CRITICAL, day(0));
      assertEquals(
          "issue IS-1: version is 2, not 1, the number of events its state records: the"
              + " acceptance, 0 handling, 0 escalations, 0 major flag, 0 closure and 0 evaluation"
              + " (DOMAIN D8.2)",
          assertThrows(IllegalArgumentException.class, tampered(critical, r -> r.version(2))::build)
              .getMessage(),
          "a critical issue is major from its acceptance, without a flag of its own");
    }

    @Test
    @DisplayName("a lastEventAt before the closure is refused")
    void lastBeforeClosure() {
      assertRefused(
          tampered(closed(), r -> r.lastEventAt(day(5))), "lastEventAt", "before closedAt");
    }

    @Test
    @DisplayName("at version 1 the acceptance is the latest event")
    void versionOne() {
      assertRefused(tampered(accepted(), r -> r.lastEventAt(day(2))), "lastEventAt", "version 1");
    }
  }
}
