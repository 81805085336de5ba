package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.escalated;
import static org.leadtocash.domain.voice.VoiceFixtures.handling;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * An issue's commands refuse a blank reason or resolution, naming what is missing (DOMAIN D8.2).
 */
class IssueArgumentChecksTest {

  private static String refused(Executable command) {
    return assertThrows(IllegalArgumentException.class, command).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D8.2: an escalation states why; a blank reason is refused")
  void escalationStatesWhy() {
    CustomerIssue issue = handling();
    assertEquals(
        "an escalation states why (DOMAIN D8.2)",
        refused(() -> issue.escalate(OrganisationLevel.REGION, " ", day(3))));
  }

  @Test
  @DisplayName("DOMAIN D8.2: a major complaint states why it is major")
  void majorStatesWhy() {
    CustomerIssue issue = handling();
    assertEquals(
        "a major complaint states why it is major (DOMAIN D8.2)",
        refused(() -> issue.markMajor(" ", day(3))));
  }

  @Test
  @DisplayName("DOMAIN D8.2: a closed issue states its resolution")
  void closeStatesResolution() {
    CustomerIssue issue = escalated();
    assertEquals(
        "a closed issue states its resolution (DOMAIN D8.2)",
        refused(() -> issue.close(" ", day(4))));
  }

  @Test
  @DisplayName("DOMAIN D8.3: the weakest zero dimensions are none; a count of -1 is refused")
  void weakestCount() {
    SatisfactionSurvey survey = SatisfactionSurveyTest.projectSurvey();
    assertEquals(java.util.List.of(), survey.weakest(0));
    assertEquals(1, survey.weakest(1).size());
    assertEquals("a count is not negative: -1", refused(() -> survey.weakest(-1)));
  }
}
