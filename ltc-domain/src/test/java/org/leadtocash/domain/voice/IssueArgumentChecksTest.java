package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.voice.VoiceFixtures.accepted;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.escalated;
import static org.leadtocash.domain.voice.VoiceFixtures.handling;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;

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

  @Test
  @DisplayName(
      "DOMAIN D8.2: an escalation goes up and states why; to the same level is refused, one level"
          + " up is accepted")
  void escalationValue() {
    Escalation up =
        new Escalation(
            OrganisationLevel.REPRESENTATIVE_OFFICE, OrganisationLevel.REGION, "why", day(3));
    assertEquals(OrganisationLevel.REGION, up.to());
    assertEquals(
        "an escalation goes up, not from REGION to REGION",
        refused(
            () ->
                new Escalation(OrganisationLevel.REGION, OrganisationLevel.REGION, "why", day(3))));
    assertEquals(
        "an escalation goes up, not from AREA to REGION",
        refused(
            () -> new Escalation(OrganisationLevel.AREA, OrganisationLevel.REGION, "why", day(3))));
    assertEquals(
        "an escalation states why (DOMAIN D8.2)",
        refused(
            () ->
                new Escalation(
                    OrganisationLevel.REPRESENTATIVE_OFFICE,
                    OrganisationLevel.REGION,
                    " ",
                    day(3))));
  }

  @Test
  @DisplayName(
      "DOMAIN D8.2: a blank escalation reason is the caller's mistake, refused before the issue's"
          + " state is consulted")
  void blankReasonBeforeTheState() {
    CustomerIssue issue = handling();
    assertEquals(
        "an escalation states why (DOMAIN D8.2)",
        refused(() -> issue.escalate(OrganisationLevel.REPRESENTATIVE_OFFICE, " ", day(3))));
    assertEquals(
        "an escalation states why (DOMAIN D8.2)",
        refused(() -> accepted().escalate(OrganisationLevel.REGION, " ", day(3))));
  }

  @Test
  @DisplayName("DOMAIN D8.4: a scope item says what is delivered; a blank description is refused")
  void scopeItemDescription() {
    ScopeItemId id = ScopeItemId.of("SI-1");
    assertEquals("42 sites", ScopeItem.of(id, "42 sites").description());
    assertEquals("scope item SI-1 says what is delivered", refused(() -> ScopeItem.of(id, " ")));
  }

  @Test
  @DisplayName(
      "DOMAIN D8.3: a response scores each dimension from 1 to 5; 0 and 6 are refused by name")
  void surveyScoreBounds() {
    SatisfactionDimension dimension = SatisfactionDimension.values()[0];
    assertEquals(
        Integer.valueOf(SatisfactionSurvey.MIN_SCORE),
        SurveyResponse.anonymous(Map.of(dimension, SatisfactionSurvey.MIN_SCORE))
            .scores()
            .get(dimension));
    assertEquals(
        Integer.valueOf(SatisfactionSurvey.MAX_SCORE),
        SurveyResponse.anonymous(Map.of(dimension, SatisfactionSurvey.MAX_SCORE))
            .scores()
            .get(dimension));
    assertEquals(
        dimension + " is scored from 1 to 5, not 0 (DOMAIN D8.3)",
        refused(() -> SurveyResponse.anonymous(Map.of(dimension, 0))));
    assertEquals(
        dimension + " is scored from 1 to 5, not 6 (DOMAIN D8.3)",
        refused(() -> SurveyResponse.anonymous(Map.of(dimension, 6))));
  }

  @Test
  @DisplayName("DOMAIN D8.3: the weakest dimensions are answered ones; an unanswered one comes last")
  void unansweredComesLast() {
    DimensionScore unanswered =
        new DimensionScore(SatisfactionDimension.STABILITY, Rate.NO_DATA);
    DimensionScore answered =
        new DimensionScore(SatisfactionDimension.SAFETY, Rate.of(1, 2));
    List<DimensionScore> expected = List.of(answered, unanswered);
    assertEquals(
        expected,
        Stream.of(unanswered, answered).sorted(DimensionScore.WEAKEST_FIRST).toList());
    assertEquals(
        expected,
        Stream.of(answered, unanswered).sorted(DimensionScore.WEAKEST_FIRST).toList());
  }
}
