package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.customer;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.person;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationship;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.ProcurementStep;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.metrics.testing.KpiLaws;

/** Relationship coverage (DOMAIN D12, D7.2, D7.3, D7.7), worked by hand and under the KPI laws. */
class RelationshipCoverageTest {

  /**
   * The decision chain of CU-1 for OP-1: CEO approver (neutral, accepted), CTO decider and
   * influencer (supporter, coach, supportive and exclusive), COO user (opponent, opposed),
   * procurement director buyer and gatekeeper (stance and level unknown), a manager initiator and
   * user (supporter, favourable); we take part in 5 of the 8 procurement steps.
   */
  static AssessedChain firstChain() {
    DecisionChain chain =
        DecisionChain.builder(customer(1))
            .opportunity(OpportunityId.of("OP-1"))
            .person(
                person(
                    "P-CEO",
                    PositionKind.CEO,
                    Set.of(DecisionRole.APPROVER),
                    Optional.of(Stance.NEUTRAL),
                    false))
            .person(
                person(
                    "P-CTO",
                    PositionKind.CTO,
                    Set.of(DecisionRole.DECIDER, DecisionRole.INFLUENCER),
                    Optional.of(Stance.SUPPORTER),
                    true))
            .person(
                person(
                    "P-COO",
                    PositionKind.COO,
                    Set.of(DecisionRole.USER),
                    Optional.of(Stance.OPPONENT),
                    false))
            .person(
                person(
                    "P-PD",
                    PositionKind.PROCUREMENT_DIRECTOR,
                    Set.of(DecisionRole.BUYER, DecisionRole.GATEKEEPER),
                    Optional.empty(),
                    false))
            .person(
                person(
                    "P-MGR",
                    PositionKind.MANAGER,
                    Set.of(DecisionRole.INITIATOR, DecisionRole.USER),
                    Optional.of(Stance.SUPPORTER),
                    false))
            .build();
    Map<PersonId, KeyRelationshipLevel> levels =
        Map.of(
            PersonId.of("P-CEO"), KeyRelationshipLevel.ACCEPTED,
            PersonId.of("P-CTO"), KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE,
            PersonId.of("P-COO"), KeyRelationshipLevel.OPPOSED,
            PersonId.of("P-MGR"), KeyRelationshipLevel.FAVOURABLE,
            PersonId.of("P-ELSEWHERE"), KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE);
    return AssessedChain.of(
        chain,
        levels,
        OrganisationalRelationship.of(
            customer(1),
            ProcurementStep.ASSESS_PROBLEM,
            ProcurementStep.SET_OBJECTIVES,
            ProcurementStep.EVALUATE_PRODUCTS,
            ProcurementStep.NEGOTIATE_AND_SIGN,
            ProcurementStep.IMPLEMENT_PROJECT));
  }

  /**
   * The decision chain of CU-2: an executive decider (neutral, supportive not exclusive) and a user
   * on the staff (opponent, contacted); no coach, no organisational relationship known.
   */
  static AssessedChain secondChain() {
    DecisionChain chain =
        DecisionChain.builder(customer(2))
            .person(
                person(
                    "P-VP",
                    PositionKind.OTHER_EXECUTIVE,
                    Set.of(DecisionRole.DECIDER),
                    Optional.of(Stance.NEUTRAL),
                    false))
            .person(
                person(
                    "P-ENG",
                    PositionKind.STAFF,
                    Set.of(DecisionRole.USER),
                    Optional.of(Stance.OPPONENT),
                    false))
            .build();
    return AssessedChain.of(
        chain,
        Map.of(
            PersonId.of("P-VP"), KeyRelationshipLevel.SUPPORTIVE,
            PersonId.of("P-ENG"), KeyRelationshipLevel.CONTACTED));
  }

  @Test
  @DisplayName(
      "D7.2–D7.7 at 'favourable': roles 4/7 + 1/7 = 5/14, coached 1/2, steps 5/8, 2 supporters,"
          + " 2 neutral, 2 opponents, 1 unknown")
  void workedExample() {
    CoverageFigures figures =
        RelationshipCoverage.of(KeyRelationshipLevel.FAVOURABLE)
            .compute(List.of(firstChain(), secondChain()));

    assertEquals(Rate.of(5, 14), figures.roleCoverage());
    assertEquals(Rate.of(1, 2), figures.coachedChains());
    assertEquals(Rate.of(5, 8), figures.procurementSteps());
    assertEquals(2, figures.supporters());
    assertEquals(2, figures.neutrals());
    assertEquals(2, figures.opponents());
    assertEquals(1, figures.stanceUnknown());
    assertEquals(7, figures.people());
    assertEquals(Rate.of(2, 4), figures.supporterShare());
    assertEquals(
        "roles covered 35.7% (5 of 14), coached chains 50.0% (1 of 2), procurement steps 62.5% (5"
            + " of 8), 2 supporters, 2 neutral, 2 opponents, 1 stance unknown",
        figures.toString());
  }

  @Test
  @DisplayName("a lower level covers more: at 'accepted' the CEO covers the approver role, 6/14")
  void lowerLevel() {
    CoverageFigures figures =
        RelationshipCoverage.of(KeyRelationshipLevel.ACCEPTED)
            .compute(List.of(firstChain(), secondChain()));
    assertEquals(Rate.of(6, 14), figures.roleCoverage());
    CoverageFigures top =
        RelationshipCoverage.of(KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
            .compute(List.of(firstChain(), secondChain()));
    assertEquals(Rate.of(2, 14), top.roleCoverage(), "only the CTO's two roles");
  }

  @Test
  @DisplayName("no chain is 'no data' for every rate and zero people")
  void empty() {
    CoverageFigures figures =
        RelationshipCoverage.of(KeyRelationshipLevel.FAVOURABLE).compute(List.of());
    assertEquals(Rate.NO_DATA, figures.roleCoverage());
    assertEquals(Rate.NO_DATA, figures.coachedChains());
    assertEquals(Rate.NO_DATA, figures.procurementSteps());
    assertEquals(Rate.NO_DATA, figures.supporterShare());
    assertEquals(0, figures.people());
  }

  @Test
  @DisplayName("D7.7: the organisational relationship of another customer is refused")
  void organisationOfAnotherCustomer() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AssessedChain.of(
                    firstChain().chain(),
                    Map.of(),
                    OrganisationalRelationship.of(customer(9), ProcurementStep.ASSESS_PROBLEM)));
    assertTrue(refused.getMessage().contains("DOMAIN D7.7"), refused.getMessage());
  }

  @Test
  @DisplayName("D7.8: an assessed chain names no one in its text")
  void noPersonalData() {
    assertTrue(!firstChain().toString().contains("Name of"), firstChain().toString());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 12)
          List<@Size(max = 6) List<@IntRange(min = 0, max = 100_000) Integer>> chains,
      @ForAll KeyRelationshipLevel minimum,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(RelationshipCoverage.of(minimum), chains(chains), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountOverThePeople(
      @ForAll @Size(max = 12)
          List<@Size(max = 6) List<@IntRange(min = 0, max = 100_000) Integer>> chains,
      @ForAll KeyRelationshipLevel minimum) {
    List<AssessedChain> assessed = chains(chains);
    long covered = 0;
    long coached = 0;
    long organisations = 0;
    long steps = 0;
    Map<Optional<Stance>, Long> stances = new HashMap<>();
    for (AssessedChain a : assessed) {
      for (DecisionRole role : DecisionRole.values()) {
        boolean any = false;
        for (KeyPerson p : a.chain().people()) {
          KeyRelationshipLevel level = a.levels().get(p.id());
          any |= p.roles().contains(role) && level != null && level.compareTo(minimum) >= 0;
        }
        covered += any ? 1 : 0;
      }
      coached += a.chain().people().stream().anyMatch(KeyPerson::coach) ? 1 : 0;
      a.chain().people().forEach(p -> stances.merge(p.stance(), 1L, Long::sum));
      if (a.organisation().isPresent()) {
        organisations++;
        steps += a.organisation().orElseThrow().steps().size();
      }
    }
    CoverageFigures figures = RelationshipCoverage.of(minimum).compute(assessed);
    int n = assessed.size();
    assertEquals(n == 0 ? Rate.NO_DATA : Rate.of(covered, 7L * n), figures.roleCoverage());
    assertEquals(n == 0 ? Rate.NO_DATA : Rate.of(coached, n), figures.coachedChains());
    assertEquals(
        organisations == 0 ? Rate.NO_DATA : Rate.of(steps, 8 * organisations),
        figures.procurementSteps());
    assertEquals(stances.getOrDefault(Optional.of(Stance.SUPPORTER), 0L), figures.supporters());
    assertEquals(stances.getOrDefault(Optional.of(Stance.NEUTRAL), 0L), figures.neutrals());
    assertEquals(stances.getOrDefault(Optional.of(Stance.OPPONENT), 0L), figures.opponents());
    assertEquals(stances.getOrDefault(Optional.<Stance>empty(), 0L), figures.stanceUnknown());
  }

  @Property(tries = 100)
  void ratesStayWithinZeroAndOneAndFallAsTheLevelRises(
      @ForAll @Size(max = 12)
          List<@Size(max = 6) List<@IntRange(min = 0, max = 100_000) Integer>> chains) {
    List<AssessedChain> assessed = chains(chains);
    Rate previous = null;
    for (KeyRelationshipLevel level : KeyRelationshipLevel.values()) {
      CoverageFigures figures = RelationshipCoverage.of(level).compute(assessed);
      for (Rate rate :
          List.of(figures.roleCoverage(), figures.coachedChains(), figures.procurementSteps())) {
        assertTrue(rate.numerator().compareTo(rate.denominator()) <= 0, rate.toString());
      }
      if (previous != null) {
        assertEquals(previous.denominator(), figures.roleCoverage().denominator());
        assertTrue(
            figures.roleCoverage().numerator().compareTo(previous.numerator()) <= 0,
            "a higher level covers no more roles");
      }
      previous = figures.roleCoverage();
    }
  }

  /**
   * Decodes chains: each code is a person — roles {@code code % 127 + 1} as a bit set of the seven
   * roles, stance {@code code / 127 % 4} (unknown, supporter, neutral, opponent), level {@code code
   * / 508 % 7} (none, then the six levels), coach when a supporter and {@code code / 3556} is odd.
   * Every other chain comes with an organisational relationship of {@code size} steps.
   */
  static List<AssessedChain> chains(List<List<Integer>> codes) {
    List<AssessedChain> chains = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) {
      DecisionChain.Builder chain = DecisionChain.builder(customer(c % 4));
      Map<PersonId, KeyRelationshipLevel> levels = new HashMap<>();
      List<Integer> people = codes.get(c);
      for (int i = 0; i < people.size(); i++) {
        int code = people.get(i);
        Set<DecisionRole> roles = EnumSet.noneOf(DecisionRole.class);
        int bits = code % 127 + 1;
        List<DecisionRole> allRoles = List.of(DecisionRole.values());
        for (int r = 0; r < allRoles.size(); r++) {
          if ((bits & (1 << r)) != 0) {
            roles.add(allRoles.get(r));
          }
        }
        int stanceCode = code / 127 % 4;
        Optional<Stance> stance =
            stanceCode == 0
                ? Optional.empty()
                : Optional.of(List.of(Stance.values()).get(stanceCode - 1));
        boolean coach = stance.equals(Optional.of(Stance.SUPPORTER)) && (code / 3556) % 2 == 1;
        String id = "P-" + c + "-" + i;
        chain.person(person(id, PositionKind.MANAGER, roles, stance, coach));
        int level = code / 508 % 7;
        if (level > 0) {
          levels.put(PersonId.of(id), List.of(KeyRelationshipLevel.values()).get(level - 1));
        }
      }
      if (c % 2 == 0) {
        OrganisationalRelationship organisation = OrganisationalRelationship.of(customer(c % 4));
        for (int s = 0; s < Math.min(people.size() + c % 3, 8); s++) {
          organisation = organisation.with(List.of(ProcurementStep.values()).get(s));
        }
        chains.add(AssessedChain.of(chain.build(), levels, organisation));
      } else {
        chains.add(AssessedChain.of(chain.build(), levels));
      }
    }
    return chains;
  }
}
