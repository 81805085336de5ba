package org.leadtocash.planning.expansion;

import static org.leadtocash.planning.expansion.NorthMobile.CHAIN;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.CTO_PERSON;
import static org.leadtocash.planning.expansion.NorthMobile.LI;
import static org.leadtocash.planning.expansion.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.expansion.NorthMobile.ORGANISATION;
import static org.leadtocash.planning.expansion.NorthMobile.PLANNING;
import static org.leadtocash.planning.expansion.NorthMobile.WU;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_CTO;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_VP;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the expansion package's public types (DOMAIN D10.2, D10.3). */
class ExpansionContractsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static SponsorRanking ranking() {
    return SponsorRanking.of(CTO_PERSON, List.of(OUR_CTO, OUR_VP), SponsorPolicy.standard());
  }

  private static KeyRelationshipPlan plan() {
    return KeyRelationshipPlan.builder(CHAIN)
        .target(KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "tender"))
        .build();
  }

  private static ExpansionCard card() {
    return ExpansionCard.open(NORTH_MOBILE, LI, DAY)
        .withKeyPerson(AssignedKeyPerson.of(CTO, LI))
        .withSponsor(ranking());
  }

  private static NullPointerTester tester() {
    SponsorRanking ranking = ranking();
    return DomainTesters.nullPointerTester()
        .setDefault(DecisionChain.class, CHAIN)
        .setDefault(KeyRelationshipPlan.class, plan())
        .setDefault(KeyPerson.class, CTO_PERSON)
        .setDefault(Organisation.class, ORGANISATION)
        .setDefault(Period.class, Period.ofMonths(6))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(SponsorPolicy.class, SponsorPolicy.standard())
        .setDefault(PitfallPolicy.class, PitfallPolicy.standard())
        .setDefault(SponsorCandidate.class, OUR_CTO)
        .setDefault(RankedSponsor.class, ranking.ranking().get(0))
        .setDefault(PrincipleScore.class, ranking.ranking().get(0).principles().get(0))
        .setDefault(SponsorRanking.class, ranking)
        .setDefault(AssignedKeyPerson.class, AssignedKeyPerson.of(PLANNING, WU))
        .setDefault(Channel.class, new Channel(ChannelKind.KEY_DATES, CTO, "birthday"))
        .setDefault(Commitment.class, new Commitment("visits", LI, BigDecimal.ONE, "visit", DAY))
        .setDefault(ExpansionCard.class, card())
        .setDefault(
            KeyPersonTarget.class,
            KeyPersonTarget.of(PLANNING, WU, KeyRelationshipLevel.ACCEPTED, "tender"))
        .setDefault(
            Standing.class,
            Standing.of(CTO, KeyRelationshipLevel.ACCEPTED, KeyRelationshipLevel.ACCEPTED))
        .setDefault(Resources.class, new Resources(Period.ofMonths(6), List.of()))
        .setDefault(
            PlannedAction.class, PlannedAction.of("visit", ActionFocus.TARGETS, CTO, LI, DAY))
        .setDefault(
            PitfallFinding.class, PitfallFinding.cleared(Pitfall.TOO_SHALLOW, List.of("deep")));
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            KeyRelationshipPlan.class,
            KeyPersonTarget.class,
            Standing.class,
            Resources.class,
            PlannedAction.class,
            PitfallFinding.class,
            PlanReview.class,
            PitfallPolicy.class,
            SponsorCandidate.class,
            PrincipleScore.class,
            RankedSponsor.class,
            SponsorRanking.class,
            SponsorPolicy.class,
            AssignedKeyPerson.class,
            KeyTask.class,
            Channel.class,
            Commitment.class,
            CardReview.class,
            ExpansionCard.class,
            ExpansionCards.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    for (Object instance :
        List.of(
            plan(),
            KeyRelationshipPlan.builder(CHAIN),
            plan().review(),
            PitfallPolicy.standard(),
            SponsorPolicy.standard(),
            ranking(),
            card(),
            ExpansionCards.of(List.of(card())),
            KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "tender"),
            AssignedKeyPerson.of(CTO, LI))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(plan(), plan())
        .addEqualityGroup(KeyRelationshipPlan.builder(CHAIN).build())
        .addEqualityGroup(KeyRelationshipPlan.builder(CHAIN).star(PLANNING).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(plan().review(), plan().review())
        .addEqualityGroup(KeyRelationshipPlan.builder(CHAIN).build().review())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "tender"),
            new KeyPersonTarget(
                CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "tender", Optional.empty()))
        .addEqualityGroup(
            KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "tender")
                .withNeed(MaslowLevel.ESTEEM))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ranking(), ranking())
        .addEqualityGroup(SponsorRanking.of(CTO_PERSON, List.of(OUR_VP), SponsorPolicy.standard()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(card(), card())
        .addEqualityGroup(ExpansionCard.open(NORTH_MOBILE, LI, DAY))
        .addEqualityGroup(card().withTask(KeyTask.of("budget", WU)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Commitment("visits", LI, new BigDecimal("3"), "visits", DAY),
            new Commitment("visits", LI, new BigDecimal("3"), "visits", DAY))
        .addEqualityGroup(
            new Commitment("visits", EmployeeId.of("E-2"), new BigDecimal("3"), "visits", DAY))
        .testEquals();
    ExpansionCards cards = ExpansionCards.of(List.of(card()));
    new EqualsTester()
        .addEqualityGroup(cards)
        .addEqualityGroup(ExpansionCards.of(List.of(card())))
        .testEquals();
  }
}
