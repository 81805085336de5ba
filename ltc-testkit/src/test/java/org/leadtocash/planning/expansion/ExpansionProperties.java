package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.testkit.planning.Expansions;

/**
 * Properties of key-relationship planning and the expansion card (DOMAIN D10.2, D10.3) over the
 * kit's generated plans, sponsor candidates and cards.
 */
class ExpansionProperties {

  // --- D10.2: the plan review ---

  @Property(tries = 300)
  void aReviewReportsExactlySixPitfallsInOrder(@ForAll KeyRelationshipPlan plan) {
    PlanReview review = plan.review();
    assertEquals(6, review.findings().size(), "DOMAIN D10.2: six pitfalls");
    assertEquals(
        Arrays.asList(Pitfall.values()),
        review.findings().stream().map(PitfallFinding::pitfall).toList());
    review.findings().forEach(f -> assertFalse(f.evidence().isEmpty(), f.pitfall().label()));
    assertEquals(review.found().isEmpty(), review.isClear());
    Statistics.collect(review.found().size());
  }

  @Property(tries = 300)
  void theStandardPolicyFindsWhatItDocuments(@ForAll KeyRelationshipPlan plan) {
    PlanReview review = plan.review();
    boolean needIgnored = plan.targets().stream().anyMatch(t -> t.need().isEmpty());
    assertEquals(needIgnored, review.finding(Pitfall.CAREER_NEEDS_IGNORED).found());
    boolean competitorIgnored =
        plan.competitor().isEmpty()
            || plan.targets().stream()
                .anyMatch(t -> plan.standing(t.person()).flatMap(Standing::competitor).isEmpty());
    assertEquals(competitorIgnored, review.finding(Pitfall.COMPETITOR_IGNORED).found());
    boolean starsLeft =
        plan.stars().isEmpty() || plan.stars().stream().anyMatch(s -> !plan.isTargeted(s));
    assertEquals(starsLeft, review.finding(Pitfall.STARS_NOT_DEVELOPED).found());
    boolean rulesBroken =
        plan.resources().isEmpty()
            || plan.actions().stream().anyMatch(a -> a.owner().isEmpty() || a.reviewOn().isEmpty())
            || plan.targets().stream()
                .anyMatch(
                    t -> plan.actions().stream().noneMatch(a -> a.person().equals(t.person())));
    assertEquals(rulesBroken, review.finding(Pitfall.RULES_NOT_FOLLOWED).found());
    boolean hidden =
        !plan.chain().unmappedRoles().isEmpty()
            || plan.chain().people().stream()
                .anyMatch(
                    p ->
                        !plan.isTargeted(p.id())
                            && plan.chain().influencedBy(p.id()).values().stream()
                                .anyMatch(s -> s.compareTo(InfluenceStrength.MEDIUM) >= 0));
    assertEquals(hidden, review.finding(Pitfall.HIDDEN_CHAIN_IGNORED).found());
    if (plan.targets().size() < 2) {
      assertTrue(review.finding(Pitfall.TOO_SHALLOW).found(), "DOMAIN D10.2: too few targets");
    }
  }

  @Property(tries = 300)
  void strongholdsAreWhereOneSideIsAbove(@ForAll KeyRelationshipPlan plan) {
    for (Standing s : plan.standings()) {
      boolean ours = plan.strongholds().contains(s.person());
      boolean theirs = plan.competitorStrongholds().contains(s.person());
      assertFalse(ours && theirs, s.toString());
      assertEquals(s.competitor().map(c -> s.ours().compareTo(c) > 0).orElse(false), ours);
      assertEquals(s.competitor().map(c -> c.compareTo(s.ours()) > 0).orElse(false), theirs);
    }
  }

  // --- D10.3: the sponsor ranking ---

  @Provide
  Arbitrary<List<SponsorCandidate>> candidateLists() {
    return Expansions.candidates().list().ofMaxSize(6).uniqueElements(SponsorCandidate::employee);
  }

  @Provide
  Arbitrary<KeyPerson> keyPersons() {
    return Expansions.sponsoredPeople();
  }

  @Property(tries = 300)
  void theRankingIsADeterministicPermutation(
      @ForAll("keyPersons") KeyPerson keyPerson,
      @ForAll("candidateLists") List<SponsorCandidate> candidates,
      @ForAll long seed) {
    SponsorRanking ranking = SponsorRanking.of(keyPerson, candidates, SponsorPolicy.standard());
    List<SponsorCandidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(seed));

    assertEquals(ranking, SponsorRanking.of(keyPerson, shuffled, SponsorPolicy.standard()));
    assertEquals(
        Set.copyOf(candidates),
        ranking.ranking().stream().map(RankedSponsor::candidate).collect(Collectors.toSet()));
    assertEquals(candidates.size(), ranking.ranking().size());
    for (int i = 0; i < ranking.ranking().size(); i++) {
      assertEquals(i + 1, ranking.ranking().get(i).rank());
      if (i > 0) {
        assertTrue(
            ranking.ranking().get(i - 1).score().compareTo(ranking.ranking().get(i).score()) >= 0,
            "best first");
      }
    }
  }

  @Property(tries = 300)
  void improvingACandidateOnOnePrincipleNeverLowersItsRank(
      @ForAll("keyPersons") KeyPerson keyPerson,
      @ForAll("candidateLists") List<SponsorCandidate> candidates,
      @ForAll @IntRange(min = 0, max = 5) int which,
      @ForAll SponsorPrinciple principle,
      @ForAll @IntRange(min = 0, max = 6) int step) {
    if (candidates.isEmpty()) {
      return;
    }
    SponsorCandidate before = candidates.get(which % candidates.size());
    SponsorCandidate after = improved(before, principle, step, keyPerson.position());
    List<SponsorCandidate> improved = new ArrayList<>(candidates);
    improved.set(which % candidates.size(), after);

    int rankBefore = rankOf(keyPerson, candidates, before.employee());
    int rankAfter = rankOf(keyPerson, improved, before.employee());

    assertTrue(rankAfter <= rankBefore, before + " → " + after);
    Statistics.collect(rankAfter < rankBefore ? "rose" : "kept its rank");
  }

  private static int rankOf(
      KeyPerson keyPerson, List<SponsorCandidate> candidates, EmployeeId employee) {
    return SponsorRanking.of(keyPerson, candidates, SponsorPolicy.standard())
        .find(employee)
        .orElseThrow()
        .rank();
  }

  /** The candidate made no worse on one principle, by {@code step}, the others unchanged. */
  private static SponsorCandidate improved(
      SponsorCandidate c, SponsorPrinciple principle, int step, PositionKind keyPosition) {
    return switch (principle) {
      case RANK_PARITY -> {
        int distance = Math.abs(rank(c.position()) - rank(keyPosition));
        List<PositionKind> closer =
            Arrays.stream(PositionKind.values())
                .filter(p -> Math.abs(rank(p) - rank(keyPosition)) <= distance)
                .toList();
        yield new SponsorCandidate(
            c.employee(),
            closer.get(step % closer.size()),
            c.businessMatch(),
            c.sharedHistory(),
            c.ability(),
            c.willingness());
      }
      case BUSINESS_MATCH ->
          new SponsorCandidate(
              c.employee(),
              c.position(),
              higher(c.businessMatch(), step),
              c.sharedHistory(),
              c.ability(),
              c.willingness());
      case SHARED_HISTORY ->
          new SponsorCandidate(
              c.employee(),
              c.position(),
              c.businessMatch(),
              c.sharedHistory() + step,
              c.ability(),
              c.willingness());
      case ABILITY_AND_WILLINGNESS ->
          step % 2 == 0
              ? new SponsorCandidate(
                  c.employee(),
                  c.position(),
                  c.businessMatch(),
                  c.sharedHistory(),
                  higher(c.ability(), step),
                  c.willingness())
              : new SponsorCandidate(
                  c.employee(),
                  c.position(),
                  c.businessMatch(),
                  c.sharedHistory(),
                  c.ability(),
                  higher(c.willingness(), step));
    };
  }

  private static Extent higher(Extent extent, int step) {
    Extent[] extents = Extent.values();
    return extents[Math.min(extents.length - 1, extent.ordinal() + step % extents.length)];
  }

  /** The ranks of the standard policy, as documented on {@link SponsorPolicy#standard()}. */
  private static int rank(PositionKind position) {
    return switch (position) {
      case CEO, CTO, COO -> 3;
      case PROCUREMENT_DIRECTOR, OTHER_EXECUTIVE -> 2;
      case MANAGER -> 1;
      case STAFF -> 0;
    };
  }

  // --- D10.3: the card ---

  @Property(tries = 300)
  void reviewIsNotDueBeforeThreeMonthsAndDueFromThenOn(
      @ForAll ExpansionCard card, @ForAll @IntRange(min = 0, max = 400) int days) {
    LocalDate last = card.lastReviewedOn();
    LocalDate due = card.nextReviewOn();
    long gap = ChronoUnit.DAYS.between(last, due);
    assertTrue(gap >= 89 && gap <= 92, "three months are 89 to 92 days, not " + gap);
    assertEquals(last.plusMonths(3), due);
    LocalDate asOf = last.plusDays(days);
    assertEquals(days >= gap, card.reviewDue(asOf), "as of " + asOf + ", due " + due);
    assertFalse(card.reviewDue(due.minusDays(1)));
    assertTrue(card.reviewDue(due));
    Statistics.collect(card.reviewDue(asOf) ? "due" : "not due");
  }

  @Property(tries = 300)
  void aReviewWithTheManagerRestartsTheThreeMonths(
      @ForAll ExpansionCard card, @ForAll @IntRange(min = 1, max = 200) int days) {
    LocalDate on = card.lastReviewedOn().plusDays(days);
    ExpansionCard reviewed = card.recordReview(on, EmployeeId.of("E-0"), Expansions.organisation());

    assertEquals(card.reviews().size() + 1, reviewed.reviews().size());
    assertEquals(on, reviewed.lastReviewedOn());
    assertFalse(reviewed.reviewDue(on));
    assertEquals(on.plusMonths(3), reviewed.nextReviewOn());
    assertEquals(card.keyPersons(), reviewed.keyPersons());
    assertEquals(card.sponsor(), reviewed.sponsor());
    assertThrows(
        RuleViolationException.class,
        () -> reviewed.recordReview(on, EmployeeId.of("E-0"), Expansions.organisation()),
        "DOMAIN D10.3: reviews run forward");
  }

  @Property(tries = 300)
  void onlyTheOwnerAndTheManagersAboveReadTheCard(
      @ForAll ExpansionCard card, @ForAll @IntRange(min = 0, max = 5) int reader) {
    EmployeeId who = EmployeeId.of("E-" + reader);
    boolean allowed = who.equals(card.owner()) || who.equals(EmployeeId.of("E-0"));
    assertEquals(allowed, card.mayBeReadBy(who, Expansions.organisation()));
    if (allowed) {
      assertEquals(card, card.readBy(who, Expansions.organisation()));
    } else {
      AccessDeniedException refused =
          assertThrows(
              AccessDeniedException.class, () -> card.readBy(who, Expansions.organisation()));
      assertTrue(refused.getMessage().endsWith("[DOMAIN D7.8]"), refused.getMessage());
    }
  }

  @Property(tries = 300)
  void theCardsSponsorIsTheBestRanked(@ForAll ExpansionCard card) {
    assertEquals(
        card.sponsorRanking().flatMap(SponsorRanking::top).map(r -> r.candidate().employee()),
        card.sponsor());
    card.sponsorRanking()
        .ifPresent(r -> assertTrue(card.keyPerson(r.keyPerson()).isPresent(), "on the card"));
    if (card.sponsor().isEmpty()) {
      assertTrue(card.channels().isEmpty(), "DOMAIN D10.3: channels run from the sponsor");
    }
    Set<PersonId> onCard =
        card.keyPersons().stream().map(AssignedKeyPerson::person).collect(Collectors.toSet());
    card.channels().forEach(c -> assertTrue(onCard.contains(c.keyPerson())));
    card.commitments().forEach(c -> assertFalse(c.due().isBefore(card.openedOn())));
    Statistics.collect(card.sponsor().isPresent() ? "sponsored" : "no sponsor");
  }

  @Property(tries = 300)
  void aCardsTextShowsNoProfile(@ForAll ExpansionCard card) {
    String text = card.toString() + card.keyPersons();
    for (AssignedKeyPerson k : card.keyPersons()) {
      k.profile()
          .ifPresent(
              p -> {
                p.careerNeeds().forEach(n -> assertFalse(text.contains(n), n));
                p.interests().forEach(n -> assertFalse(text.contains(n), n));
                p.needs().values().forEach(n -> assertFalse(text.contains(n), n));
              });
    }
  }

  @Property(tries = 300)
  void theCardsReadByARegionReaderAreExactlyThoseItMayRead(
      @ForAll ExpansionCards cards, @ForAll @IntRange(min = 0, max = 5) int reader) {
    EmployeeId who = EmployeeId.of("E-" + reader);
    List<ExpansionCard> readable = cards.readableBy(who, Expansions.organisation());
    readable.forEach(c -> assertTrue(c.mayBeReadBy(who, Expansions.organisation())));
    if (reader == 0) {
      assertEquals(cards.size(), readable.size(), "E-0 manages every owner");
    }
    if (reader >= 4) {
      assertEquals(List.of(), readable, "E-4 and E-5 own no card and manage no one");
    }
  }
}
