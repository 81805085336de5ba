package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.voice.VoiceFixtures.CFO;
import static org.leadtocash.domain.voice.VoiceFixtures.CONTRACT;
import static org.leadtocash.domain.voice.VoiceFixtures.CTO;
import static org.leadtocash.domain.voice.VoiceFixtures.CUSTOMER;
import static org.leadtocash.domain.voice.VoiceFixtures.date;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;

class SatisfactionSurveyTest {

  /**
   * Three respondents: stability 5, 4, 3 (average 4); solution fit 3, 2, 4 (average 3); after-sales
   * timeliness 3 (one answer); brand awareness 4 (one answer).
   */
  static SatisfactionSurvey projectSurvey() {
    return SatisfactionSurvey.builder()
        .customer(CUSTOMER)
        .kind(SurveyKind.PROJECT_BASED)
        .contract(CONTRACT)
        .conductedOn(date(200))
        .addResponse(
            SurveyResponse.of(
                CTO,
                Map.of(
                    SatisfactionDimension.STABILITY, 5,
                    SatisfactionDimension.SOLUTION_FIT, 3,
                    SatisfactionDimension.BRAND_AWARENESS, 4)))
        .addResponse(
            SurveyResponse.of(
                CFO,
                Map.of(
                    SatisfactionDimension.STABILITY, 4,
                    SatisfactionDimension.SOLUTION_FIT, 2,
                    SatisfactionDimension.AFTER_SALES_TIMELINESS, 3)))
        .addResponse(
            SurveyResponse.anonymous(
                Map.of(SatisfactionDimension.STABILITY, 3, SatisfactionDimension.SOLUTION_FIT, 4)))
        .build();
  }

  @Nested
  @DisplayName("D8.3 every dimension of product, service and brand, as data")
  class Dimensions {

    @Test
    @DisplayName("product: stability, structure and workmanship, function, safety")
    void product() {
      assertEquals(
          List.of(
              SatisfactionDimension.STABILITY,
              SatisfactionDimension.STRUCTURE_AND_WORKMANSHIP,
              SatisfactionDimension.FUNCTION,
              SatisfactionDimension.SAFETY),
          SatisfactionDimension.of(SatisfactionArea.PRODUCT));
    }

    @Test
    @DisplayName("service: from communication during the bid to spare parts and paid services")
    void service() {
      assertEquals(
          List.of(
              SatisfactionDimension.COMMUNICATION,
              SatisfactionDimension.INFORMATION,
              SatisfactionDimension.SOLUTION_FIT,
              SatisfactionDimension.SALES_COMPETENCE,
              SatisfactionDimension.ENGINEERING_PLAN,
              SatisfactionDimension.DELIVERY_QUALITY,
              SatisfactionDimension.AFTER_SALES_TIMELINESS,
              SatisfactionDimension.SPARE_PARTS_AND_PAID_SERVICES),
          SatisfactionDimension.of(SatisfactionArea.SERVICE));
      assertTrue(
          SatisfactionDimension.COMMUNICATION.question().contains("bid and contract signing"));
    }

    @Test
    @DisplayName("brand: awareness (overall and in the industry), rank, potential, R&D, premium")
    void brand() {
      assertEquals(
          List.of(
              SatisfactionDimension.BRAND_AWARENESS,
              SatisfactionDimension.INDUSTRY_AWARENESS,
              SatisfactionDimension.INDUSTRY_RANK,
              SatisfactionDimension.DEVELOPMENT_POTENTIAL,
              SatisfactionDimension.RD_CAPABILITY,
              SatisfactionDimension.PRICE_PREMIUM),
          SatisfactionDimension.of(SatisfactionArea.BRAND));
      assertTrue(
          Arrays.stream(SatisfactionDimension.values()).noneMatch(d -> d.question().isBlank()));
    }
  }

  @Nested
  @DisplayName("D8.3 scores, weakest dimensions and improvement areas")
  class Scores {

    private final SatisfactionSurvey survey = projectSurvey();

    @Test
    @DisplayName("a dimension's score is the mean of its answers, kept exact")
    void dimensionScores() {
      DimensionScore stability = survey.score(SatisfactionDimension.STABILITY);
      assertEquals(Rate.of(12, 3), stability.score());
      assertEquals(3, stability.answers());
      assertEquals(Optional.of(new BigDecimal("4.00")), stability.average());
      assertEquals(SatisfactionArea.PRODUCT, stability.area());
      DimensionScore safety = survey.score(SatisfactionDimension.SAFETY);
      assertEquals(Rate.NO_DATA, safety.score(), "nobody answered: no data, not zero");
      assertEquals(Optional.empty(), safety.average());
      assertEquals("stability 4.00 (3 answers)", stability.toString());
      assertEquals("safety no answers", safety.toString());
      assertEquals(3, survey.respondents());
    }

    @Test
    @DisplayName("an area's score weighs every answer in the area the same")
    void areaScores() {
      assertEquals(Rate.of(12, 3), survey.score(SatisfactionArea.PRODUCT));
      assertEquals(Rate.of(9 + 3, 4), survey.score(SatisfactionArea.SERVICE));
      assertEquals(Rate.of(4, 1), survey.score(SatisfactionArea.BRAND));
      assertEquals(Rate.of(28, 8), survey.overall());
    }

    @Test
    @DisplayName("averages round half-even to two decimals for display")
    void rounding() {
      SatisfactionSurvey thirds =
          SatisfactionSurvey.builder()
              .from(survey)
              .responses(
                  List.of(
                      SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 4)),
                      SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 4)),
                      SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 3))))
              .build();
      assertEquals(
          Optional.of(new BigDecimal("3.67")),
          thirds.score(SatisfactionDimension.SAFETY).average());
    }

    @Test
    @DisplayName("the weakest dimensions come first; ties in the order of the dimensions")
    void weakest() {
      assertEquals(
          List.of(SatisfactionDimension.SOLUTION_FIT, SatisfactionDimension.AFTER_SALES_TIMELINESS),
          survey.weakest(2).stream().map(DimensionScore::dimension).toList());
      assertEquals(4, survey.weakest(10).size(), "only answered dimensions");
      assertEquals(List.of(), survey.weakest(0));
      assertThrows(IllegalArgumentException.class, () -> survey.weakest(-1));
    }

    @Test
    @DisplayName("improvement areas, the input of next year's plan, are the dimensions below 4")
    void improvementAreas() {
      assertEquals(
          List.of(SatisfactionDimension.SOLUTION_FIT, SatisfactionDimension.AFTER_SALES_TIMELINESS),
          survey.improvementAreas().stream().map(DimensionScore::dimension).toList());
      assertFalse(
          survey
              .score(SatisfactionDimension.STABILITY)
              .isBelow(SatisfactionSurvey.IMPROVEMENT_THRESHOLD),
          "exactly 4 is satisfied");
      assertEquals(List.of(), survey.improvementAreas(new BigDecimal("3")));
      assertEquals(
          List.of(
              SatisfactionDimension.SOLUTION_FIT,
              SatisfactionDimension.AFTER_SALES_TIMELINESS,
              SatisfactionDimension.STABILITY,
              SatisfactionDimension.BRAND_AWARENESS),
          survey.improvementAreas(new BigDecimal("4.5")).stream()
              .map(DimensionScore::dimension)
              .toList());
    }
  }

  @Nested
  @DisplayName("D8.3 project-based and third-party surveys")
  class Kinds {

    @Test
    @DisplayName("a project-based survey names its project, a third-party survey its agency")
    void kinds() {
      SatisfactionSurvey survey = projectSurvey();
      IllegalArgumentException noProject =
          assertThrows(
              IllegalArgumentException.class,
              () -> SatisfactionSurvey.builder().from(survey).contract(Optional.empty()).build());
      assertTrue(noProject.getMessage().contains("DOMAIN D8.3"), noProject.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> SatisfactionSurvey.builder().from(survey).kind(SurveyKind.THIRD_PARTY).build());
      SatisfactionSurvey thirdParty =
          SatisfactionSurvey.builder()
              .from(survey)
              .kind(SurveyKind.THIRD_PARTY)
              .contract(Optional.empty())
              .agency("Independent Research Ltd")
              .build();
      assertEquals(Optional.of("Independent Research Ltd"), thirdParty.agency());
      assertThrows(
          IllegalArgumentException.class,
          () -> SatisfactionSurvey.builder().from(thirdParty).agency(" ").build());
      IllegalArgumentException control =
          assertThrows(
              IllegalArgumentException.class,
              () -> SatisfactionSurvey.builder().from(thirdParty).agency("Research\u0000").build());
      assertTrue(
          control.getMessage().startsWith("agency must not contain control characters"),
          control::getMessage);
    }

    @Test
    @DisplayName("scores lie on the scale 1 to 5; a survey has responses; each person answers once")
    void scale() {
      IllegalArgumentException tooHigh =
          assertThrows(
              IllegalArgumentException.class,
              () -> SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 6)));
      assertTrue(tooHigh.getMessage().contains("from 1 to 5"), tooHigh.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 0)));
      assertThrows(IllegalArgumentException.class, () -> SurveyResponse.anonymous(Map.of()));
      assertThrows(
          IllegalArgumentException.class,
          () -> SatisfactionSurvey.builder().from(projectSurvey()).responses(List.of()).build());
      SurveyResponse again = SurveyResponse.of(CTO, Map.of(SatisfactionDimension.SAFETY, 2));
      assertThrows(
          IllegalArgumentException.class,
          () -> SatisfactionSurvey.builder().from(projectSurvey()).addResponse(again).build());
    }
  }
}
