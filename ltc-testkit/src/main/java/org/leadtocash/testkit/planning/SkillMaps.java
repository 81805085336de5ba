package org.leadtocash.testkit.planning;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.planning.skills.SkillAssessment;
import org.leadtocash.planning.skills.SkillGap;
import org.leadtocash.planning.skills.SkillMap;
import org.leadtocash.testkit.ArbitraryCatalogue;

/**
 * Skill maps (DOMAIN D11.7): up to a dozen distinct selling skills, each rated anywhere on the 1–5
 * scale for its importance in 2–3 years and today's performance, so that gaps are positive, zero
 * and negative, and ties are frequent.
 */
public final class SkillMaps {

  /** The skills of the workshop's example, and a few more. */
  private static final String[] SKILLS = {
    "develop the customer's needs in depth",
    "explain and quantify the benefits",
    "reach the key decision makers",
    "win access to senior executives",
    "keep the internal systems running",
    "negotiate the price efficiently",
    "build solid business relationships",
    "plan the account",
    "sell against the competitors",
    "listen",
    "resolve conflicts",
    "manage the project"
  };

  private SkillMaps() {}

  /**
   * Adds the arbitraries of the skills package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(SkillAssessment.class, s -> assessments(Arbitraries.of(SKILLS)))
        .add(SkillMap.class, s -> maps())
        .add(
            SkillGap.class,
            s ->
                maps()
                    .filter(m -> !m.assessments().isEmpty())
                    .flatMap(m -> Arbitraries.of(m.ranking())));
  }

  /**
   * Returns skill maps of up to a dozen distinct skills, rated anywhere on the scale.
   *
   * @return the maps, never null
   */
  public static Arbitrary<SkillMap> maps() {
    return Arbitraries.of(SKILLS)
        .list()
        .uniqueElements()
        .ofMaxSize(SKILLS.length)
        .flatMap(
            skills ->
                Combinators.combine(
                        skills.stream().map(skill -> assessments(Arbitraries.just(skill))).toList())
                    .as(SkillMap::of));
  }

  private static Arbitrary<SkillAssessment> assessments(Arbitrary<String> skills) {
    Arbitrary<Integer> ratings =
        Arbitraries.integers().between(SkillAssessment.MIN_RATING, SkillAssessment.MAX_RATING);
    return Combinators.combine(skills, ratings, ratings).as(SkillAssessment::new);
  }
}
