package org.leadtocash.testkit.relationship;

import static org.leadtocash.testkit.Generators.partsOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.relationship.CardDisclosure;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.relationship.ChainLink;
import org.leadtocash.domain.relationship.ChainRisk;
import org.leadtocash.domain.relationship.ConnectionNetwork;
import org.leadtocash.domain.relationship.ConnectionPath;
import org.leadtocash.domain.relationship.ConnectionType;
import org.leadtocash.domain.relationship.Contact;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.DepartmentContact;
import org.leadtocash.domain.relationship.DepartmentCoverage;
import org.leadtocash.domain.relationship.GeneralRelationship;
import org.leadtocash.domain.relationship.GeneralRelationshipAssessment;
import org.leadtocash.domain.relationship.GeneralRelationshipDimension;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.MandatoryPositionCheck;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.OrganisationalRelationship;
import org.leadtocash.domain.relationship.PersonCoverage;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.ProcurementStep;
import org.leadtocash.domain.relationship.RelationshipCard;
import org.leadtocash.domain.relationship.RelationshipCards;
import org.leadtocash.domain.relationship.RoleCoverage;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.customer.CustomerProfiles;

/**
 * The three layers of customer relationships besides the key relationship itself (DOMAIN D7):
 * decision chains of key people with their reporting and influence lines and their coverage
 * reports, connection networks and the paths they offer, general and organisational relationships,
 * and relationship cards kept behind the visibility rule of an organisation (D7.8).
 */
public final class Relationships {

  private Relationships() {}

  /**
   * Adds the arbitraries of the relationships' values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(KeyPerson.class, s -> people().flatMap(Arbitraries::of))
        .add(DecisionChain.class, Relationships::chains)
        .add(
            ChainLink.class,
            s ->
                partsOf(
                    chains(s),
                    c ->
                        c.graph().edges().stream()
                            .map(e -> c.graph().edgeValue(e).orElseThrow())
                            .toList()))
        .add(ChainCoverageReport.class, Relationships::coverage)
        .add(RoleCoverage.class, s -> partsOf(coverage(s), ChainCoverageReport::roles))
        .add(PersonCoverage.class, s -> partsOf(coverage(s), ChainCoverageReport::people))
        .add(
            MandatoryPositionCheck.class,
            s -> partsOf(coverage(s), ChainCoverageReport::mandatoryPositions))
        .add(ChainRisk.class, s -> partsOf(coverage(s), ChainCoverageReport::risks))
        .add(ConnectionNetwork.class, s -> networks())
        .add(ConnectionPath.class, s -> partsOf(networks(), Relationships::paths))
        .add(
            Contact.Employee.class,
            s -> CommonValues.ids("E-", EmployeeId::of).map(e -> (Contact.Employee) Contact.of(e)))
        .add(
            Contact.Person.class,
            s -> CommonValues.ids("P-", PersonId::of).map(p -> (Contact.Person) Contact.of(p)))
        .add(CustomerDepartment.class, s -> departments())
        .add(
            DepartmentContact.class,
            s -> partsOf(generalRelationships(s), GeneralRelationship::contacts))
        .add(GeneralRelationship.class, Relationships::generalRelationships)
        .add(GeneralRelationshipAssessment.class, Relationships::generalAssessments)
        .add(
            DepartmentCoverage.class,
            s -> generalRelationships(s).map(GeneralRelationship::coverage))
        .add(
            OrganisationalRelationship.class,
            s ->
                Combinators.combine(
                        CommonValues.customers(s), Arbitraries.subsetOf(ProcurementStep.values()))
                    .as(
                        (customer, steps) ->
                            OrganisationalRelationship.of(
                                customer, steps.toArray(ProcurementStep[]::new))))
        .add(Organisation.class, s -> organisations())
        .add(RelationshipCard.class, Relationships::cards)
        .add(
            RelationshipCards.class,
            s ->
                Combinators.combine(
                        cards(s).list().ofMaxSize(5).uniqueElements(RelationshipCard::person),
                        Arbitraries.of(CardDisclosure.class))
                    .as((cards, disclosure) -> RelationshipCards.of(cards).disclosing(disclosure)));
  }

  /**
   * Key people of a decision chain: distinct ids, some roles each, the top positions among them.
   */
  private static Arbitrary<List<KeyPerson>> people() {
    Arbitrary<KeyPerson.Builder> person =
        Combinators.combine(
                Arbitraries.of(PositionKind.class),
                Arbitraries.subsetOf(DecisionRole.values()).filter(r -> !r.isEmpty()),
                Arbitraries.of(Stance.class).optional(0.7),
                Arbitraries.of(true, false, false, false))
            .as(
                (position, roles, stance, coach) -> {
                  KeyPerson.Builder b =
                      KeyPerson.builder()
                          .name("Mr " + position.name().charAt(0))
                          .title(position.name())
                          .position(position)
                          .roles(roles);
                  // a coach wants us to win: a supporter (D7.3)
                  if (coach) {
                    b.coach(true).stance(Stance.SUPPORTER);
                  } else {
                    b.stance(stance);
                  }
                  return b;
                });
    return person
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            builders -> {
              List<KeyPerson> people = new ArrayList<>();
              for (int i = 0; i < builders.size(); i++) {
                people.add(builders.get(i).id(PersonId.of("P-" + i)).build());
              }
              return people;
            });
  }

  /**
   * Returns decision chains (DOMAIN D7.2): key people of a customer, each reporting to someone
   * earlier in the list or to no one, some influencing others.
   *
   * @param settings what to generate within; not null
   * @return the chains, never null
   */
  public static Arbitrary<DecisionChain> chains(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            CommonValues.ids("OP-", OpportunityId::of).optional(0.5),
            people(),
            Arbitraries.integers().between(-1, 5).list().ofSize(6),
            Arbitraries.of(InfluenceStrength.class).optional(0.3).list().ofSize(6))
        .as(
            (customer, opportunity, people, managers, influences) -> {
              DecisionChain.Builder chain = DecisionChain.builder(customer);
              opportunity.ifPresent(chain::opportunity);
              people.forEach(chain::person);
              for (int i = 1; i < people.size(); i++) {
                int manager = managers.get(i);
                if (manager >= 0) {
                  chain.reportsTo(people.get(i).id(), people.get(manager % i).id());
                }
                int influenced = (i + 1) % people.size();
                if (influenced != i) {
                  int k = i;
                  influences
                      .get(i)
                      .ifPresent(
                          strength ->
                              chain.influences(
                                  people.get(k).id(), people.get(influenced).id(), strength));
                }
              }
              return chain.build();
            });
  }

  private static Arbitrary<ChainCoverageReport> coverage(Settings settings) {
    return Combinators.combine(
            chains(settings),
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.7).list().ofSize(6),
            Arbitraries.of(true, false))
        .as(
            (chain, levels, hilltop) -> {
              Map<PersonId, KeyRelationshipLevel> assessed = new HashMap<>();
              List<KeyPerson> people = chain.people();
              for (int i = 0; i < people.size(); i++) {
                int k = i;
                levels.get(i).ifPresent(level -> assessed.put(people.get(k).id(), level));
              }
              return chain.coverage(assessed, hilltop);
            });
  }

  /** One connection of a network, by the places of its two contacts: ours first, then theirs. */
  private record Link(int one, int other, ConnectionType type) {}

  /**
   * Returns connection networks (DOMAIN D7.10): one to three of our people ({@code E-0} on) and one
   * to seven others ({@code P-0} on), joined by one to three times as many connections as there are
   * people, between any two of them (ours too), of any type, two people now and then in several
   * ways; someone may be left out of the network.
   *
   * @return the networks, never null
   */
  public static Arbitrary<ConnectionNetwork> networks() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 7))
        .flatAs(
            (ours, theirs) -> {
              int size = ours + theirs;
              Arbitrary<Link> link =
                  Combinators.combine(
                          Arbitraries.integers().between(0, size - 1),
                          Arbitraries.integers().between(0, size - 1),
                          Arbitraries.of(ConnectionType.class))
                      .as(Link::new)
                      .filter(l -> l.one() != l.other());
              return link.list()
                  .ofMinSize(size)
                  .ofMaxSize(size * 3)
                  .map(
                      links -> {
                        ConnectionNetwork.Builder network = ConnectionNetwork.builder();
                        for (Link l : links) {
                          network.connect(
                              contact(l.one(), ours), contact(l.other(), ours), l.type());
                        }
                        return network.build();
                      });
            });
  }

  private static Contact contact(int place, int ours) {
    return place < ours
        ? Contact.of(EmployeeId.of("E-" + place))
        : Contact.of(PersonId.of("P-" + (place - ours)));
  }

  /** The paths from our people to each of theirs, within four hops. */
  private static List<ConnectionPath> paths(ConnectionNetwork network) {
    List<ConnectionPath> paths = new ArrayList<>();
    for (int p = 0; p < 7; p++) {
      paths.addAll(
          network.paths(
              Set.of(EmployeeId.of("E-0"), EmployeeId.of("E-1"), EmployeeId.of("E-2")),
              PersonId.of("P-" + p),
              4));
    }
    return paths;
  }

  private static Arbitrary<CustomerDepartment> departments() {
    return Combinators.combine(
            Arbitraries.of(DepartmentKind.class), Arbitraries.of("", " east", " west"))
        .as(
            (kind, suffix) ->
                suffix.isEmpty()
                    ? CustomerDepartment.of(kind)
                    : CustomerDepartment.of(kind.label() + suffix, kind));
  }

  private static Arbitrary<GeneralRelationshipAssessment> generalAssessments(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers()
                .between(
                    GeneralRelationshipAssessment.MIN_SCORE,
                    GeneralRelationshipAssessment.MAX_SCORE)
                .list()
                .ofSize(GeneralRelationshipDimension.values().length),
            CommonValues.ids("E-", EmployeeId::of),
            CommonValues.dates(settings))
        .as(
            (scores, assessor, on) -> {
              GeneralRelationshipAssessment.Builder b =
                  GeneralRelationshipAssessment.builder().assessor(assessor).assessedOn(on);
              GeneralRelationshipDimension[] dimensions = GeneralRelationshipDimension.values();
              for (int i = 0; i < dimensions.length; i++) {
                b.putScore(dimensions[i], scores.get(i));
              }
              return b.build();
            });
  }

  /**
   * Returns general relationships (DOMAIN D7.6): the departments we touch, contacts in some of them
   * (some of them tomorrow's stars), maybe an assessment.
   *
   * @param settings what to generate within; not null
   * @return the relationships, never null
   */
  public static Arbitrary<GeneralRelationship> generalRelationships(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            departments().set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 9).list().ofMaxSize(5),
            generalAssessments(settings).optional(0.6))
        .as(
            (customer, departments, contacts, assessment) -> {
              GeneralRelationship.Builder b = GeneralRelationship.builder().customer(customer);
              List<CustomerDepartment> list = new ArrayList<>(departments);
              list.forEach(b::addDepartment);
              for (int i = 0; i < contacts.size(); i++) {
                CustomerDepartment department = list.get(contacts.get(i) % list.size());
                PersonId person = PersonId.of("P-" + i);
                b.addContact(
                    contacts.get(i) >= 7
                        ? DepartmentContact.tomorrowsStar(person, department)
                        : DepartmentContact.of(person, department));
              }
              assessment.ifPresent(b::assessment);
              return b.build();
            });
  }

  /**
   * Returns organisations (DOMAIN D7.8): one to nine employees, {@code E-0} on, each reporting to
   * someone before them or to no one — a forest of reporting lines, usually one tree.
   *
   * @return the organisations, never null
   */
  public static Arbitrary<Organisation> organisations() {
    return Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(-1)), Tuple.of(5, Arbitraries.integers().between(0, 10)))
        .list()
        .ofMaxSize(8)
        .map(
            managers -> {
              Organisation.Builder organisation =
                  Organisation.builder().member(EmployeeId.of("E-0"));
              for (int i = 0; i < managers.size(); i++) {
                EmployeeId employee = EmployeeId.of("E-" + (i + 1));
                int manager = managers.get(i);
                if (manager < 0) {
                  organisation.member(employee);
                } else {
                  organisation.member(employee, EmployeeId.of("E-" + manager % (i + 1)));
                }
              }
              return organisation.build();
            });
  }

  /**
   * Returns relationship cards (DOMAIN D7.8), each made from a generated key relationship with a
   * personal profile and notes.
   *
   * @param settings what to generate within; not null
   * @return the cards, never null
   */
  public static Arbitrary<RelationshipCard> cards(Settings settings) {
    return Combinators.combine(
            KeyRelationships.relationships(settings),
            CustomerProfiles.personalProfiles(),
            CommonValues.texts().list().ofMaxSize(3))
        .as(RelationshipCard::of);
  }
}
