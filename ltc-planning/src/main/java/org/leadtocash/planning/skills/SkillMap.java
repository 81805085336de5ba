package org.leadtocash.planning.skills;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.RuleId;

/**
 * A sales team's skill map (技能图, DOMAIN D11.7): each selling skill's importance in 2–3 years
 * against today's performance, and the gaps ranked so that the team develops the largest first.
 *
 * <p>The {@link #ranking() ranking} holds every skill, the largest gap (importance − performance)
 * first; ties go to the more important skill, then to the skill's name in alphabetical order, so
 * the ranking never depends on the order the skills were given. Only a positive gap is a {@link
 * #developmentNeeds() development need}: a skill the team performs as well as it will matter, or
 * better, needs none.
 *
 * <pre>{@code
 * SkillMap map = SkillMap.of(List.of(
 *     new SkillAssessment("quantify the benefits", 5, 2),
 *     new SkillAssessment("negotiate the price", 4, 3)));
 * map.developFirst();   // quantify the benefits, gap 3
 * }</pre>
 *
 * @param assessments the skills, as given; not null, each skill named once
 */
public record SkillMap(List<SkillAssessment> assessments) {

  /** The order of the ranking: largest gap, then the more important, then the name. */
  private static final Comparator<SkillAssessment> LARGEST_GAP_FIRST =
      Comparator.comparingInt(SkillAssessment::gap)
          .reversed()
          .thenComparing(Comparator.comparingInt(SkillAssessment::importance).reversed())
          .thenComparing(SkillAssessment::skill);

  /**
   * Copies the assessments and checks that each skill appears once.
   *
   * @param assessments the skills; not null, each skill named once
   * @throws IllegalArgumentException if a skill appears twice
   */
  public SkillMap {
    Objects.requireNonNull(assessments, "assessments");
    assessments = ImmutableList.copyOf(assessments);
    Set<String> skills = new HashSet<>();
    for (SkillAssessment assessment : assessments) {
      checkArgument(
          skills.add(assessment.skill()),
          "a skill appears once on a skill map (DOMAIN D11.7): %s is assessed twice",
          assessment.skill());
    }
  }

  /**
   * Returns the skill map of the given skills.
   *
   * @param assessments the skills; not null, each skill named once
   * @return the map, never null
   * @throws IllegalArgumentException if a skill appears twice
   */
  public static SkillMap of(List<SkillAssessment> assessments) {
    return new SkillMap(assessments);
  }

  /** {@return the rule the map reports on (DOMAIN D11.7): {@link RuleId#D11_7}; never null} */
  public RuleId rule() {
    return RuleId.D11_7;
  }

  /**
   * Returns every skill, ranked: the largest gap first, ties to the more important skill, then to
   * the name (DOMAIN D11.7).
   *
   * @return the ranking, ranks 1, 2, 3 …; never null, empty for an empty map
   */
  public List<SkillGap> ranking() {
    List<SkillAssessment> sorted = new ArrayList<>(assessments);
    sorted.sort(LARGEST_GAP_FIRST);
    ImmutableList.Builder<SkillGap> ranking = ImmutableList.builder();
    for (int i = 0; i < sorted.size(); i++) {
      ranking.add(new SkillGap(i + 1, sorted.get(i)));
    }
    return ranking.build();
  }

  /**
   * {@return the skills whose gap is positive, in the order of the {@link #ranking() ranking}
   * (DOMAIN D11.7); never null}
   */
  public List<SkillGap> developmentNeeds() {
    return ranking().stream()
        .filter(SkillGap::isDevelopmentNeed)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the skill to develop first: the largest positive gap (DOMAIN D11.7), empty when no
   * skill has one; never null}
   */
  public Optional<SkillGap> developFirst() {
    return developmentNeeds().stream().findFirst();
  }

  /**
   * Finds a skill of the map.
   *
   * @param skill the skill's name; not null
   * @return its place in the ranking, or empty if the map does not hold it; never null
   */
  public Optional<SkillGap> find(String skill) {
    Objects.requireNonNull(skill, "skill");
    return ranking().stream().filter(g -> g.skill().equals(skill)).findFirst();
  }

  /**
   * {@return the ranking in words, one skill per line, e.g. "1. quantify the benefits: importance
   * 5, performance 2, gap 3 — develop"; "no skill assessed" for an empty map; never null}
   */
  public String explanation() {
    if (assessments.isEmpty()) {
      return "no skill assessed";
    }
    return String.join("\n", ranking().stream().map(SkillGap::explanation).toList());
  }
}
