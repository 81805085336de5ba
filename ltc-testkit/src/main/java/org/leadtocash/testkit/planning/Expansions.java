package org.leadtocash.testkit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.relationship.CardDisclosure;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.planning.expansion.ActionFocus;
import org.leadtocash.planning.expansion.AssignedKeyPerson;
import org.leadtocash.planning.expansion.CardReview;
import org.leadtocash.planning.expansion.Channel;
import org.leadtocash.planning.expansion.ChannelKind;
import org.leadtocash.planning.expansion.Commitment;
import org.leadtocash.planning.expansion.ExpansionCard;
import org.leadtocash.planning.expansion.ExpansionCards;
import org.leadtocash.planning.expansion.Extent;
import org.leadtocash.planning.expansion.KeyPersonTarget;
import org.leadtocash.planning.expansion.KeyRelationshipPlan;
import org.leadtocash.planning.expansion.KeyTask;
import org.leadtocash.planning.expansion.PitfallFinding;
import org.leadtocash.planning.expansion.PlanReview;
import org.leadtocash.planning.expansion.PlannedAction;
import org.leadtocash.planning.expansion.PrincipleScore;
import org.leadtocash.planning.expansion.RankedSponsor;
import org.leadtocash.planning.expansion.Resources;
import org.leadtocash.planning.expansion.SponsorCandidate;
import org.leadtocash.planning.expansion.SponsorPolicy;
import org.leadtocash.planning.expansion.SponsorRanking;
import org.leadtocash.planning.expansion.Standing;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.customer.CustomerProfiles;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * Key-relationship planning and the key-account expansion card (DOMAIN D10.2, D10.3): plans over
 * the kit's decision chains with some people targeted, assessed, named stars or acted towards, and
 * their reviews; sponsor candidates and their rankings under {@link SponsorPolicy#standard()}; and
 * expansion cards built command by command, reviewed with the owner's manager in {@link
 * #organisation()}.
 */
public final class Expansions {

  /** The owners of generated cards, {@code E-1} to {@code E-3}, all reporting to {@code E-0}. */
  private static final Organisation ORGANISATION =
      Organisation.builder()
          .member(EmployeeId.of("E-0"))
          .member(EmployeeId.of("E-1"), EmployeeId.of("E-0"))
          .member(EmployeeId.of("E-2"), EmployeeId.of("E-0"))
          .member(EmployeeId.of("E-3"), EmployeeId.of("E-0"))
          .build();

  private Expansions() {}

  /**
   * Adds the arbitraries of the expansion package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(KeyRelationshipPlan.class, Expansions::plans)
        .add(KeyPersonTarget.class, s -> targets())
        .add(Standing.class, s -> standings())
        .add(Resources.class, s -> resources())
        .add(PlannedAction.class, Expansions::actions)
        .add(PlanReview.class, s -> plans(s).map(KeyRelationshipPlan::review))
        .add(
            PitfallFinding.class,
            s ->
                plans(s)
                    .map(KeyRelationshipPlan::review)
                    .flatMap(r -> Arbitraries.of(r.findings())))
        .add(SponsorCandidate.class, s -> candidates())
        .add(SponsorRanking.class, s -> rankings())
        .add(
            RankedSponsor.class,
            s ->
                rankings()
                    .filter(r -> !r.ranking().isEmpty())
                    .flatMap(r -> Arbitraries.of(r.ranking())))
        .add(
            PrincipleScore.class,
            s ->
                rankings()
                    .filter(r -> !r.ranking().isEmpty())
                    .flatMap(r -> Arbitraries.of(r.ranking().get(0).principles())))
        .add(AssignedKeyPerson.class, s -> keyPersons())
        .add(KeyTask.class, s -> tasks())
        .add(Channel.class, s -> channels())
        .add(Commitment.class, Expansions::commitments)
        .add(
            CardReview.class,
            s -> Combinators.combine(CommonValues.dates(s), employees()).as(CardReview::new))
        .add(ExpansionCard.class, Expansions::cards)
        .add(
            ExpansionCards.class,
            s ->
                Combinators.combine(
                        cards(s).list().ofMaxSize(4).uniqueElements(ExpansionCard::customer),
                        Arbitraries.of(CardDisclosure.class))
                    .as((cards, disclosure) -> ExpansionCards.of(cards).disclosing(disclosure)));
  }

  /**
   * {@return the organisation of the generated cards' owners: {@code E-1} to {@code E-3} report to
   * {@code E-0}, who reviews their cards}
   */
  public static Organisation organisation() {
    return ORGANISATION;
  }

  private static Arbitrary<EmployeeId> employees() {
    return Arbitraries.integers().between(0, 5).map(i -> EmployeeId.of("E-" + i));
  }

  private static Arbitrary<PersonId> persons() {
    return Arbitraries.integers().between(0, 5).map(i -> PersonId.of("P-" + i));
  }

  private static Arbitrary<KeyPersonTarget> targets() {
    return Combinators.combine(
            persons(),
            employees(),
            Arbitraries.of(KeyRelationshipLevel.class),
            CommonValues.texts(),
            Arbitraries.of(MaslowLevel.class).optional(0.7))
        .as(KeyPersonTarget::new);
  }

  private static Arbitrary<Standing> standings() {
    return Combinators.combine(
            persons(),
            Arbitraries.of(KeyRelationshipLevel.class),
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.7))
        .as(Standing::new);
  }

  private static Arbitrary<Resources> resources() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 24).map(Period::ofMonths),
            CommonValues.texts().list().ofMaxSize(3))
        .as(Resources::new);
  }

  private static Arbitrary<PlannedAction> actions(Settings settings) {
    return Combinators.combine(
            CommonValues.texts(),
            Arbitraries.of(ActionFocus.class),
            persons(),
            employees().optional(0.8),
            CommonValues.dates(settings).optional(0.8))
        .as(PlannedAction::new);
  }

  /** What the plan does with one person of its chain. */
  private record Part(
      Optional<KeyPersonTarget> target, Optional<Standing> standing, boolean star) {}

  private static Arbitrary<Part> part(PersonId person, boolean competitor) {
    return Combinators.combine(
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.6),
            employees(),
            Arbitraries.of(MaslowLevel.class).optional(0.7),
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.7),
            Arbitraries.of(KeyRelationshipLevel.class).optional(competitor ? 0.8 : 0.0),
            Arbitraries.integers().between(0, 4))
        .as(
            (level, owner, need, ours, theirs, star) ->
                new Part(
                    level.map(l -> new KeyPersonTarget(person, owner, l, "win the tender", need)),
                    ours.map(o -> new Standing(person, o, theirs)),
                    star == 0));
  }

  /**
   * Returns key-relationship plans (DOMAIN D10.2) over the kit's decision chains: each person
   * targeted or not (with an owner, a level and maybe a need), assessed or not (against the main
   * competitor if one is named), maybe one of tomorrow's stars; resources weighed or not; and up to
   * six actions towards people of the chain, some without an owner or a review date.
   *
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<KeyRelationshipPlan> plans(Settings settings) {
    return Combinators.combine(
            Relationships.chains(settings), CommonValues.competitors().optional(0.8))
        .flatAs((chain, competitor) -> plans(settings, chain, competitor));
  }

  private static Arbitrary<KeyRelationshipPlan> plans(
      Settings settings, DecisionChain chain, Optional<CompetitorId> competitor) {
    List<KeyPerson> people = chain.people();
    List<Arbitrary<Part>> parts = new ArrayList<>();
    for (KeyPerson person : people) {
      parts.add(part(person.id(), competitor.isPresent()));
    }
    Arbitrary<PlannedAction> action =
        Combinators.combine(
                CommonValues.texts(),
                Arbitraries.of(ActionFocus.class),
                Arbitraries.of(people).map(KeyPerson::id),
                employees().optional(0.85),
                CommonValues.dates(settings).optional(0.85))
            .as(PlannedAction::new);
    return Combinators.combine(
            Combinators.combine(parts).as(List::copyOf),
            resources().optional(0.8),
            action.list().ofMaxSize(6))
        .as(
            (chosen, resources, actions) -> {
              KeyRelationshipPlan.Builder plan = KeyRelationshipPlan.builder(chain);
              competitor.ifPresent(plan::competitor);
              for (int i = 0; i < chosen.size(); i++) {
                Part part = chosen.get(i);
                part.target().ifPresent(plan::target);
                part.standing().ifPresent(plan::standing);
                if (part.star()) {
                  plan.star(people.get(i).id());
                }
              }
              resources.ifPresent(plan::resources);
              actions.forEach(plan::action);
              return plan.build();
            });
  }

  /**
   * Returns sponsor candidates (DOMAIN D10.3): {@code E-0} to {@code E-5}, any position, extent and
   * up to six times worked with the key person.
   *
   * @return the candidates, never null
   */
  public static Arbitrary<SponsorCandidate> candidates() {
    return Combinators.combine(
            employees(),
            Arbitraries.of(PositionKind.class),
            Arbitraries.of(Extent.class),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of(Extent.class),
            Arbitraries.of(Extent.class))
        .as(SponsorCandidate::new);
  }

  /**
   * Returns key persons to sponsor: {@code P-0} to {@code P-5} in any position, with one decision
   * role.
   *
   * @return the key persons, never null
   */
  public static Arbitrary<KeyPerson> sponsoredPeople() {
    return Combinators.combine(
            persons(), Arbitraries.of(PositionKind.class), Arbitraries.of(DecisionRole.class))
        .as(
            (id, position, role) ->
                KeyPerson.builder()
                    .id(id)
                    .name("Ms " + id.value())
                    .title(position.label())
                    .position(position)
                    .stance(Stance.NEUTRAL)
                    .addRoles(role)
                    .build());
  }

  /**
   * Returns rankings of up to six distinct candidates under the standard policy (DOMAIN D10.3).
   *
   * @return the rankings, never null
   */
  public static Arbitrary<SponsorRanking> rankings() {
    return Combinators.combine(
            sponsoredPeople(),
            candidates().list().ofMaxSize(6).uniqueElements(SponsorCandidate::employee))
        .as(
            (person, candidates) ->
                SponsorRanking.of(person, candidates, SponsorPolicy.standard()));
  }

  private static Arbitrary<AssignedKeyPerson> keyPersons() {
    return Combinators.combine(
            persons(),
            employees(),
            Arbitraries.of(true, true, false),
            CustomerProfiles.personalProfiles().optional(0.6))
        .as(AssignedKeyPerson::new);
  }

  private static Arbitrary<KeyTask> tasks() {
    return Combinators.combine(CommonValues.texts(), employees(), Arbitraries.of(true, false))
        .as(KeyTask::new);
  }

  private static Arbitrary<Channel> channels() {
    return Combinators.combine(Arbitraries.of(ChannelKind.class), persons(), CommonValues.texts())
        .as(Channel::new);
  }

  private static Arbitrary<Commitment> commitments(Settings settings) {
    return Combinators.combine(
            CommonValues.texts(),
            employees(),
            Arbitraries.integers().between(1, 500).map(BigDecimal::valueOf),
            Arbitraries.of("visits", "workshops", "percent share", "reference sites"),
            CommonValues.dates(settings))
        .as(Commitment::new);
  }

  /**
   * Returns expansion cards (DOMAIN D10.3) built command by command: opened by {@code E-1} to
   * {@code E-3} for a customer of the settings, up to four key persons and three tasks, a sponsor
   * ranked for the first key person (when there is one and a candidate), channels to the key
   * persons, commitments due after the opening, and up to three reviews with {@code E-0}, the
   * owners' manager in {@link #organisation()}.
   *
   * @param settings what to generate within; not null
   * @return the cards, never null
   */
  public static Arbitrary<ExpansionCard> cards(Settings settings) {
    Arbitrary<ExpansionCard> opened =
        Combinators.combine(
                CommonValues.customers(settings),
                Arbitraries.integers().between(1, 3).map(i -> EmployeeId.of("E-" + i)),
                CommonValues.dates(settings))
            .as(ExpansionCard::open);
    return Combinators.combine(
            opened,
            keyPersons().list().ofMaxSize(4).uniqueElements(AssignedKeyPerson::person),
            tasks().list().ofMaxSize(3),
            candidates().list().ofMaxSize(3).uniqueElements(SponsorCandidate::employee),
            Combinators.combine(Arbitraries.of(ChannelKind.class), CommonValues.texts())
                .as(Tuple::of)
                .list()
                .ofMaxSize(3),
            commitments(settings).list().ofMaxSize(3),
            Arbitraries.integers().between(0, 200).list().ofMaxSize(3))
        .as(
            (card, keyPersons, tasks, candidates, channels, commitments, gaps) -> {
              ExpansionCard c = card;
              for (AssignedKeyPerson k : keyPersons) {
                c = c.withKeyPerson(k);
              }
              for (KeyTask t : tasks) {
                c = c.withTask(t);
              }
              if (!keyPersons.isEmpty() && !candidates.isEmpty()) {
                PersonId first = keyPersons.get(0).person();
                KeyPerson sponsored =
                    KeyPerson.builder()
                        .id(first)
                        .name("Ms " + first.value())
                        .title("CTO")
                        .position(PositionKind.CTO)
                        .addRoles(DecisionRole.DECIDER)
                        .build();
                c =
                    c.withSponsor(
                        SponsorRanking.of(sponsored, candidates, SponsorPolicy.standard()));
                for (int i = 0; i < channels.size(); i++) {
                  Tuple2<ChannelKind, String> ch = channels.get(i);
                  c =
                      c.withChannel(
                          new Channel(
                              ch.get1(),
                              keyPersons.get(i % keyPersons.size()).person(),
                              ch.get2()));
                }
              }
              LocalDate opening = c.openedOn();
              for (Commitment m : commitments) {
                LocalDate due = m.due().isBefore(opening) ? opening : m.due();
                c =
                    c.withCommitment(
                        new Commitment(m.what(), m.owner(), m.target(), m.unit(), due));
              }
              LocalDate day = opening;
              for (int i = 0; i < gaps.size(); i++) {
                day = day.plusDays(i == 0 ? gaps.get(i) : gaps.get(i) + 1L);
                c = c.recordReview(day, EmployeeId.of("E-0"), ORGANISATION);
              }
              return c;
            });
  }
}
