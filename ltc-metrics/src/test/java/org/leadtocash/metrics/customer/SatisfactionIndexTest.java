package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.YEAR;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.voice.DimensionScore;
import org.leadtocash.domain.voice.SatisfactionArea;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.domain.voice.SurveyResponse;
import org.leadtocash.metrics.testing.KpiLaws;

/** The satisfaction index per dimension (DOMAIN D8.3, D12), worked by hand and under the laws. */
class SatisfactionIndexTest {

  private final SatisfactionIndex kpi = SatisfactionIndex.in(Y2026);

  @Test
  @DisplayName(
      "D8.3: stability 5 + 3 + 4 over 3 answers = 4; function 4; solution fit 2; brand awareness"
          + " 5; product area 16/4; overall 23/6; the survey of 2025 is not counted")
  void workedExample() {
    List<SatisfactionSurvey> surveys =
        List.of(
            survey(
                1,
                LocalDate.of(2026, 1, 10),
                List.of(
                    Map.of(SatisfactionDimension.STABILITY, 5, SatisfactionDimension.FUNCTION, 4),
                    Map.of(
                        SatisfactionDimension.STABILITY,
                        3,
                        SatisfactionDimension.SOLUTION_FIT,
                        2))),
            survey(
                2,
                LocalDate.of(2026, 2, 1),
                List.of(
                    Map.of(
                        SatisfactionDimension.STABILITY,
                        4,
                        SatisfactionDimension.BRAND_AWARENESS,
                        5))),
            survey(
                3,
                LocalDate.of(2025, 12, 31),
                List.of(Map.of(SatisfactionDimension.STABILITY, 1))));

    SatisfactionIndices indices = kpi.compute(surveys);

    assertEquals(Rate.of(12, 3), indices.score(SatisfactionDimension.STABILITY).score());
    assertEquals(
        new BigDecimal("4.00"), indices.score(SatisfactionDimension.STABILITY).average().get());
    assertEquals(Rate.of(4, 1), indices.score(SatisfactionDimension.FUNCTION).score());
    assertEquals(Rate.of(2, 1), indices.score(SatisfactionDimension.SOLUTION_FIT).score());
    assertEquals(Rate.of(5, 1), indices.score(SatisfactionDimension.BRAND_AWARENESS).score());
    assertEquals(Rate.NO_DATA, indices.score(SatisfactionDimension.SAFETY).score());
    assertEquals(Rate.of(16, 4), indices.score(SatisfactionArea.PRODUCT));
    assertEquals(Rate.of(2, 1), indices.score(SatisfactionArea.SERVICE));
    assertEquals(Rate.of(5, 1), indices.score(SatisfactionArea.BRAND));
    assertEquals(Rate.of(23, 6), indices.overall());
    assertEquals(4, indices.answered().size());
    assertEquals(
        "stability 4.00 (3 answers), function 4.00 (1 answer), fit of the solution 2.00 (1"
            + " answer), brand awareness 5.00 (1 answer)",
        indices.toString());
  }

  @Test
  @DisplayName("no survey in the period: every dimension 'no data'")
  void empty() {
    SatisfactionIndices indices = kpi.compute(List.of());
    assertEquals(SatisfactionIndices.NONE, indices);
    assertEquals(Rate.NO_DATA, indices.overall());
    assertEquals("no answers", indices.toString());
  }

  @Test
  @DisplayName("one survey's indices are its own dimension scores (D8.3)")
  void oneSurvey() {
    SatisfactionSurvey one =
        survey(1, LocalDate.of(2026, 3, 3), List.of(Map.of(SatisfactionDimension.SAFETY, 2)));
    assertEquals(one.scores(), SatisfactionIndices.of(one).answered());
    assertEquals(one.overall(), SatisfactionIndices.of(one).overall());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 15)
          List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_000_000) Integer>> surveys,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, surveys(surveys), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveAverageOverEveryAnswer(
      @ForAll @Size(max = 15)
          List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_000_000) Integer>> codes) {
    List<SatisfactionSurvey> surveys = surveys(codes);
    Map<SatisfactionDimension, long[]> totals = new EnumMap<>(SatisfactionDimension.class);
    surveys.stream()
        .filter(s -> YEAR.contains(s.conductedOn()))
        .flatMap(s -> s.responses().stream())
        .map(SurveyResponse::scores)
        .forEach(
            scores ->
                scores.forEach(
                    (d, score) -> {
                      long[] t = totals.computeIfAbsent(d, k -> new long[2]);
                      t[0] += score;
                      t[1]++;
                    }));
    SatisfactionIndices indices = kpi.compute(surveys);
    for (SatisfactionDimension d : SatisfactionDimension.values()) {
      long[] t = totals.getOrDefault(d, new long[2]);
      assertEquals(Rate.of(t[0], t[1]), indices.score(d).score(), d.name());
    }
  }

  @Property(tries = 100)
  void everyIndexIsOnTheScale(
      @ForAll @Size(max = 15)
          List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_000_000) Integer>> codes) {
    SatisfactionIndices indices = kpi.compute(surveys(codes));
    for (DimensionScore score : indices.answered()) {
      BigDecimal average = score.score().value().orElseThrow();
      assertTrue(
          average.compareTo(BigDecimal.ONE) >= 0 && average.compareTo(BigDecimal.valueOf(5)) <= 0,
          score.toString());
    }
  }

  /**
   * Decodes surveys: survey i is conducted on day {@code 30 × i − 60} of 2026 (some fall in 2025),
   * each code a response scoring three dimensions {@code code % 18}, {@code code / 18 % 18} and
   * {@code code / 324 % 18} with {@code code / 5832 % 5 + 1} and its neighbours.
   */
  static List<SatisfactionSurvey> surveys(List<List<Integer>> codes) {
    List<SatisfactionSurvey> surveys = new ArrayList<>();
    SatisfactionDimension[] dimensions = SatisfactionDimension.values();
    for (int i = 0; i < codes.size(); i++) {
      List<Map<SatisfactionDimension, Integer>> responses = new ArrayList<>();
      for (int code : codes.get(i)) {
        Map<SatisfactionDimension, Integer> scores = new EnumMap<>(SatisfactionDimension.class);
        int score = code / 5832 % 5 + 1;
        scores.put(dimensions[code % 18], score);
        scores.put(dimensions[code / 18 % 18], score % 5 + 1);
        scores.put(dimensions[code / 324 % 18], (score + 1) % 5 + 1);
        responses.add(scores);
      }
      surveys.add(survey(i, LocalDate.of(2026, 1, 1).plusDays(30L * i - 60), responses));
    }
    return surveys;
  }
}
