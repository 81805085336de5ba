package org.leadtocash.planning.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Properties of the skill map (DOMAIN D11.7) over the kit's generated maps. */
class SkillMapProperties {

  @Property
  void theRankingIsASortedPermutationOfTheSkills(@ForAll SkillMap map) {
    List<SkillGap> ranking = map.ranking();
    List<SkillAssessment> ranked = ranking.stream().map(SkillGap::assessment).toList();
    List<SkillAssessment> given = new ArrayList<>(map.assessments());
    Comparator<SkillAssessment> bySkill = Comparator.comparing(SkillAssessment::skill);
    List<SkillAssessment> sortedRanked = new ArrayList<>(ranked);
    sortedRanked.sort(bySkill);
    given.sort(bySkill);
    assertEquals(given, sortedRanked, "DOMAIN D11.7: every skill once, none added");
    for (int i = 0; i < ranking.size(); i++) {
      assertEquals(i + 1, ranking.get(i).rank());
    }
    for (int i = 1; i < ranked.size(); i++) {
      SkillAssessment before = ranked.get(i - 1);
      SkillAssessment after = ranked.get(i);
      assertTrue(
          before.gap() > after.gap()
              || before.gap() == after.gap() && before.importance() > after.importance()
              || before.gap() == after.gap()
                  && before.importance() == after.importance()
                  && before.skill().compareTo(after.skill()) < 0,
          "DOMAIN D11.7: largest gap first, then the more important, then the name: "
              + before
              + " before "
              + after);
    }
    Statistics.label("ties on the gap")
        .collect(
            ranked.size() > 1
                && ranked.stream().map(SkillAssessment::gap).distinct().count() < ranked.size());
  }

  @Property
  void theRankingDoesNotDependOnTheOrderGiven(@ForAll SkillMap map, @ForAll long seed) {
    List<SkillAssessment> shuffled = new ArrayList<>(map.assessments());
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(map.ranking(), SkillMap.of(shuffled).ranking());
  }

  @Property
  void developmentNeedsAreThePositiveGapsAndTheFirstIsTheLargest(@ForAll SkillMap map) {
    long positive = map.assessments().stream().filter(a -> a.gap() > 0).count();
    assertEquals(positive, map.developmentNeeds().size());
    assertEquals(
        map.assessments().stream().mapToInt(SkillAssessment::gap).filter(g -> g > 0).max().stream()
            .boxed()
            .findFirst(),
        map.developFirst().map(SkillGap::gap));
    assertEquals(
        map.ranking().subList(0, (int) positive),
        map.developmentNeeds(),
        "a prefix of the ranking");
  }
}
