package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.voice.VoiceFixtures.CTO;
import static org.leadtocash.domain.voice.VoiceFixtures.CUSTOMER;
import static org.leadtocash.domain.voice.VoiceFixtures.date;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;

@DisplayName("D8.1 the voice of the customer")
class FeedbackTest {

  @Test
  @DisplayName("needs, expectations, opinions, complaints, evaluations and feedback")
  void kinds() {
    assertEquals(
        List.of("NEED", "EXPECTATION", "OPINION", "COMPLAINT", "EVALUATION", "FEEDBACK"),
        Arrays.stream(FeedbackKind.values()).map(Enum::name).toList());
  }

  @Test
  @DisplayName("five passive sources, where the customer comes to us, and five active ones")
  void passiveAndActiveSources() {
    Map<Boolean, EnumSet<FeedbackSource>> split =
        Arrays.stream(FeedbackSource.values())
            .collect(
                Collectors.partitioningBy(
                    FeedbackSource::isActive,
                    Collectors.toCollection(() -> EnumSet.noneOf(FeedbackSource.class))));
    assertEquals(
        EnumSet.of(
            FeedbackSource.HOTLINE,
            FeedbackSource.SERVICE_REQUEST,
            FeedbackSource.SALES_REPORT,
            FeedbackSource.RETURNS,
            FeedbackSource.WEB_FEEDBACK),
        split.get(false));
    assertEquals(
        EnumSet.of(
            FeedbackSource.INTERVIEW,
            FeedbackSource.PROBLEM_SOLVING_TEAM,
            FeedbackSource.SURVEY,
            FeedbackSource.PARTNER_INTERVIEW,
            FeedbackSource.DIRECT_OBSERVATION),
        split.get(true));
  }

  @Test
  @DisplayName("feedback records its kind, source, day, content and, if known, who said it")
  void feedback() {
    Feedback complaint =
        Feedback.of(
            CUSTOMER,
            FeedbackKind.COMPLAINT,
            FeedbackSource.HOTLINE,
            date(3),
            "the night shift cannot reach support");
    assertTrue(complaint.isComplaint());
    assertFalse(complaint.isActive());
    assertEquals(Optional.empty(), complaint.from());
    Feedback attributed = complaint.from(CTO);
    assertEquals(Optional.of(CTO), attributed.from());
    assertEquals(complaint.content(), attributed.content());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> Feedback.of(CUSTOMER, FeedbackKind.NEED, FeedbackSource.SURVEY, date(1), " "));
    assertTrue(blank.getMessage().contains("DOMAIN D8.1"), blank.getMessage());
  }

  @Test
  @DisplayName("the voice is counted by kind and source, with the share we sought out actively")
  void summary() {
    List<Feedback> voice =
        List.of(
            Feedback.of(CUSTOMER, FeedbackKind.COMPLAINT, FeedbackSource.HOTLINE, date(1), "a"),
            Feedback.of(
                CUSTOMER, FeedbackKind.COMPLAINT, FeedbackSource.WEB_FEEDBACK, date(2), "b"),
            Feedback.of(CUSTOMER, FeedbackKind.NEED, FeedbackSource.INTERVIEW, date(3), "c"),
            Feedback.of(
                CUSTOMER,
                FeedbackKind.EXPECTATION,
                FeedbackSource.DIRECT_OBSERVATION,
                date(4),
                "d"));
    FeedbackSummary summary = FeedbackSummary.of(voice);
    assertEquals(4, summary.total());
    assertEquals(2, summary.count(FeedbackKind.COMPLAINT));
    assertEquals(0, summary.count(FeedbackKind.OPINION));
    assertEquals(Rate.of(2, 4), summary.activeShare());
    assertEquals(1L, summary.bySource().get(FeedbackSource.HOTLINE));
    assertEquals(Rate.NO_DATA, FeedbackSummary.of(List.of()).activeShare(), "no data, not 0%");
  }

  @Test
  @DisplayName(
      "DOMAIN D8.1: only a complaint is a complaint, one active source of three is a third, and a"
          + " negative total is refused")
  void summaryCountsOnlyWhatIsThere() {
    Feedback need =
        Feedback.of(CUSTOMER, FeedbackKind.NEED, FeedbackSource.SURVEY, date(1), "a dashboard");
    assertFalse(need.isComplaint());
    List<Feedback> voice =
        List.of(
            need,
            Feedback.of(CUSTOMER, FeedbackKind.COMPLAINT, FeedbackSource.HOTLINE, date(2), "a"),
            Feedback.of(CUSTOMER, FeedbackKind.OPINION, FeedbackSource.RETURNS, date(3), "b"));
    assertEquals(Rate.of(1, 3), FeedbackSummary.of(voice).activeShare());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FeedbackSummary(-1, Map.of(), Map.of(), Rate.NO_DATA));
    assertEquals("a count of feedback is not negative: -1", negative.getMessage());
    assertEquals(0, new FeedbackSummary(0, Map.of(), Map.of(), Rate.NO_DATA).total());
  }

  private static <E extends Enum<E>> void ownWords(E[] constants, Function<E, String> words) {
    List<String> all = Stream.of(constants).map(words).toList();
    assertTrue(all.stream().noneMatch(String::isBlank), all::toString);
    assertEquals(all.size(), all.stream().distinct().count(), all::toString);
  }

  @Test
  @DisplayName(
      "DOMAIN D8.1, D8.2: every source, severity and satisfaction is told in its own words")
  void labels() {
    ownWords(FeedbackSource.values(), FeedbackSource::label);
    ownWords(IssueSeverity.values(), IssueSeverity::label);
    ownWords(IssueSatisfaction.values(), IssueSatisfaction::label);
  }
}
