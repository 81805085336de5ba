package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.ChainFixtures.ACCOUNT_MANAGER;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO;
import static org.leadtocash.domain.relationship.ChainFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING;
import static org.leadtocash.domain.relationship.ChainFixtures.SOLUTION_MANAGER;
import static org.leadtocash.domain.relationship.ConnectionType.CLUB;
import static org.leadtocash.domain.relationship.ConnectionType.COLLEAGUE;
import static org.leadtocash.domain.relationship.ConnectionType.CUSTOMERS_CUSTOMER;
import static org.leadtocash.domain.relationship.ConnectionType.EDUCATION;
import static org.leadtocash.domain.relationship.ConnectionType.FAMILY;
import static org.leadtocash.domain.relationship.ConnectionType.FRIEND;
import static org.leadtocash.domain.relationship.ConnectionType.NEIGHBOUR;
import static org.leadtocash.domain.relationship.ConnectionType.RELIGION;
import static org.leadtocash.domain.relationship.ConnectionType.SCHOOL;
import static org.leadtocash.domain.relationship.ConnectionType.SUPPLIER;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;

class ConnectionPathTest {

  static final PersonId COUSIN = PersonId.of("P-COUSIN");
  static final PersonId GOLF_PARTNER = PersonId.of("P-GOLF");
  static final PersonId NEIGHBOUR_OF_DM = PersonId.of("P-NEIGH");
  static final Set<EmployeeId> OURS = Set.of(ACCOUNT_MANAGER, SOLUTION_MANAGER, DELIVERY_MANAGER);

  /** Who knows the CTO: his cousin, his golf partner, the head of planning, a supplier contact. */
  static ConnectionNetwork aroundTheCto() {
    return ConnectionNetwork.builder()
        .connect(ACCOUNT_MANAGER, PLANNING, COLLEAGUE)
        .connect(PLANNING, CTO, COLLEAGUE)
        .connect(SOLUTION_MANAGER, COUSIN, FRIEND)
        .connect(COUSIN, CTO, FAMILY)
        .connect(ACCOUNT_MANAGER, GOLF_PARTNER, CLUB)
        .connect(GOLF_PARTNER, CTO, FRIEND)
        .connect(DELIVERY_MANAGER, CTO, SUPPLIER)
        .connect(DELIVERY_MANAGER, NEIGHBOUR_OF_DM, NEIGHBOUR)
        .connect(NEIGHBOUR_OF_DM, COUSIN, RELIGION)
        .build();
  }

  private static List<String> texts(List<ConnectionPath> paths) {
    return paths.stream().map(ConnectionPath::toString).toList();
  }

  @Nested
  @DisplayName("D7.10 connection types, circles and the steps of reaching a person")
  class AsData {

    @Test
    @DisplayName("the ten connection types of the sources, in their order")
    void types() {
      assertEquals(
          List.of("家庭", "同事", "朋友", "客户的客户", "供应商", "邻居", "学校", "教育背景", "宗教信仰", "俱乐部圈子"),
          Arrays.stream(ConnectionType.values()).map(ConnectionType::chineseTerm).toList());
      assertEquals("customer's customer", CUSTOMERS_CUSTOMER.label());
    }

    @Test
    @DisplayName("colleagues, the customer's customers and suppliers are the work circle")
    void circles() {
      for (ConnectionType type : ConnectionType.values()) {
        boolean work = type == COLLEAGUE || type == CUSTOMERS_CUSTOMER || type == SUPPLIER;
        assertEquals(
            work ? ContactCircle.WORK_CIRCLE : ContactCircle.LIFE_CIRCLE,
            type.circle(),
            type::name);
      }
      assertTrue(ContactCircle.LIFE_CIRCLE.isDeeperThan(ContactCircle.WORK_CIRCLE));
      assertFalse(ContactCircle.WORK_CIRCLE.isDeeperThan(ContactCircle.LIFE_CIRCLE));
      assertFalse(ContactCircle.LIFE_CIRCLE.isDeeperThan(ContactCircle.LIFE_CIRCLE));
      assertEquals("生活圈", ContactCircle.LIFE_CIRCLE.chineseTerm());
      assertEquals("work circle", ContactCircle.WORK_CIRCLE.label());
    }

    @Test
    @DisplayName("the documented strength order: family > friend > school > … > supplier")
    void strengths() {
      List<ConnectionType> strongestFirst =
          Arrays.stream(ConnectionType.values())
              .sorted(Comparator.comparingInt(ConnectionType::strength).reversed())
              .toList();
      assertEquals(
          List.of(
              FAMILY,
              FRIEND,
              SCHOOL,
              COLLEAGUE,
              NEIGHBOUR,
              CLUB,
              EDUCATION,
              RELIGION,
              CUSTOMERS_CUSTOMER,
              SUPPLIER),
          strongestFirst);
      assertEquals(10, FAMILY.strength());
      assertEquals(1, SUPPLIER.strength());
      assertEquals(
          10,
          Arrays.stream(ConnectionType.values())
              .mapToInt(ConnectionType::strength)
              .distinct()
              .count());
    }

    @Test
    @DisplayName("find the target, connect, influence")
    void steps() {
      assertEquals(
          List.of(ReachStep.FIND_TARGET, ReachStep.CONNECT, ReachStep.INFLUENCE),
          List.of(ReachStep.values()));
      assertEquals(Optional.of(ReachStep.CONNECT), ReachStep.FIND_TARGET.next());
      assertEquals(Optional.of(ReachStep.INFLUENCE), ReachStep.CONNECT.next());
      assertEquals(Optional.empty(), ReachStep.INFLUENCE.next());
      assertEquals("建立连接", ReachStep.CONNECT.chineseTerm());
      assertEquals("find the target", ReachStep.FIND_TARGET.label());
    }
  }

  @Nested
  @DisplayName("D7.10 paths to the CTO, best first")
  class Paths {

    @Test
    @DisplayName("fewest hops first, then the strongest weakest link, then the strongest total")
    void ranking() {
      assertEquals(
          List.of(
              "E-DM (ours) —supplier— P-CTO",
              "E-SM (ours) —friend— P-COUSIN —family— P-CTO",
              "E-AM (ours) —colleague— P-PLAN —colleague— P-CTO",
              "E-AM (ours) —club— P-GOLF —friend— P-CTO",
              "E-DM (ours) —neighbour— P-NEIGH —religion— P-COUSIN —family— P-CTO"),
          texts(aroundTheCto().paths(OURS, CTO, 3)));
    }

    @Test
    @DisplayName("a path knows where it starts and ends, its hops, weakest link and entry circle")
    void pathFacts() {
      ConnectionPath path = aroundTheCto().paths(OURS, CTO, 3).get(3);
      assertEquals(ACCOUNT_MANAGER, path.from());
      assertEquals(CTO, path.to());
      assertEquals(2, path.hops());
      assertEquals(CLUB, path.weakestLink());
      assertEquals(14, path.totalStrength());
      assertEquals(ContactCircle.LIFE_CIRCLE, path.entryCircle());
      assertEquals(
          List.of(Contact.of(ACCOUNT_MANAGER), Contact.of(GOLF_PARTNER), Contact.of(CTO)),
          path.contacts());
      assertEquals(List.of(CLUB, FRIEND), path.links());
      assertEquals(
          ContactCircle.WORK_CIRCLE,
          aroundTheCto().paths(OURS, CTO, 3).get(2).entryCircle(),
          "through a colleague we stay in the work circle");
    }

    @Test
    @DisplayName("maxHops bounds the paths; the best path is the first")
    void maxHops() {
      ConnectionNetwork network = aroundTheCto();
      assertEquals(List.of("E-DM (ours) —supplier— P-CTO"), texts(network.paths(OURS, CTO, 1)));
      assertEquals(4, network.paths(OURS, CTO, 2).size());
      assertEquals(5, network.paths(OURS, CTO, ConnectionNetwork.MAX_HOPS).size());
      assertEquals(Optional.of(network.paths(OURS, CTO, 2).get(0)), network.best(OURS, CTO, 2));
      assertEquals(
          List.of(
              "E-AM (ours) —colleague— P-PLAN —colleague— P-CTO",
              "E-AM (ours) —club— P-GOLF —friend— P-CTO"),
          texts(network.paths(ACCOUNT_MANAGER, CTO, 4)));
    }

    @Test
    @DisplayName("maxHops is from 1 to 6, and there is someone to start from")
    void arguments() {
      ConnectionNetwork network = aroundTheCto();
      assertThrows(IllegalArgumentException.class, () -> network.paths(OURS, CTO, 0));
      IllegalArgumentException tooFar =
          assertThrows(IllegalArgumentException.class, () -> network.paths(OURS, CTO, 7));
      assertTrue(tooFar.getMessage().contains("from 1 to 6, not 7"), tooFar::getMessage);
      IllegalArgumentException none =
          assertThrows(IllegalArgumentException.class, () -> network.paths(Set.of(), CTO, 2));
      assertTrue(none.getMessage().contains("DOMAIN D7.10"), none::getMessage);
    }

    @Test
    @DisplayName(
        "DOMAIN D7.10 a null among the people to start from is refused by name, even when the"
            + " person to reach is not in the network")
    void nullStart() {
      Set<EmployeeId> withNull = new HashSet<>(Arrays.asList(ACCOUNT_MANAGER, null));
      NullPointerException e =
          assertThrows(
              NullPointerException.class,
              () -> aroundTheCto().paths(withNull, PersonId.of("P-STRANGER"), 2));
      assertEquals("from", e.getMessage());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.10 paths alike in hops and strength run through our people before other"
            + " people, whatever their ids")
    void oursFirstInTies() {
      EmployeeId start = EmployeeId.of("E-1");
      EmployeeId colleague = EmployeeId.of("E-9");
      PersonId stranger = PersonId.of("A-1");
      PersonId target = PersonId.of("P-T");
      ConnectionNetwork network =
          ConnectionNetwork.builder()
              .connect(start, stranger, FRIEND)
              .connect(stranger, target, FRIEND)
              .connect(Contact.of(start), Contact.of(colleague), FRIEND)
              .connect(colleague, target, FRIEND)
              .build();
      List<ConnectionPath> paths = network.paths(start, target, 2);
      assertEquals(
          List.of(
              "E-1 (ours) —friend— E-9 (ours) —friend— P-T",
              "E-1 (ours) —friend— A-1 —friend— P-T"),
          texts(paths));
      for (ConnectionPath path : paths) {
        assertEquals(0, ConnectionPath.bestFirst().compare(path, path), path::toString);
        assertEquals(
            0,
            ConnectionPath.bestFirst()
                .compare(path, new ConnectionPath(path.contacts(), path.links())),
            path::toString);
      }
    }

    @Test
    @DisplayName("a person or an employee outside the network has no paths")
    void unknown() {
      ConnectionNetwork network = aroundTheCto();
      assertEquals(List.of(), network.paths(OURS, PersonId.of("P-STRANGER"), 6));
      assertEquals(List.of(), network.paths(EmployeeId.of("E-NEW"), CTO, 6));
      assertEquals(Optional.empty(), network.best(Set.of(EmployeeId.of("E-NEW")), CTO, 6));
    }

    @Test
    @DisplayName("equal hops and weakest link: the stronger total wins")
    void totalStrength() {
      EmployeeId ours = EmployeeId.of("E-1");
      PersonId target = PersonId.of("P-T");
      ConnectionNetwork network =
          ConnectionNetwork.builder()
              .connect(ours, PersonId.of("P-A"), COLLEAGUE)
              .connect(PersonId.of("P-A"), target, COLLEAGUE)
              .connect(ours, PersonId.of("P-B"), COLLEAGUE)
              .connect(PersonId.of("P-B"), target, FAMILY)
              .build();
      assertEquals(
          List.of(
              "E-1 (ours) —colleague— P-B —family— P-T",
              "E-1 (ours) —colleague— P-A —colleague— P-T"),
          texts(network.paths(ours, target, 2)));
    }

    @Test
    @DisplayName("paths alike in strength are ordered by their contacts' ids")
    void tieBreak() {
      EmployeeId one = EmployeeId.of("E-1");
      EmployeeId two = EmployeeId.of("E-2");
      PersonId target = PersonId.of("P-T");
      ConnectionNetwork network =
          ConnectionNetwork.builder()
              .connect(two, PersonId.of("P-B"), FRIEND)
              .connect(PersonId.of("P-B"), target, FRIEND)
              .connect(two, PersonId.of("P-A"), FRIEND)
              .connect(PersonId.of("P-A"), target, FRIEND)
              .connect(one, PersonId.of("P-C"), FRIEND)
              .connect(PersonId.of("P-C"), target, FRIEND)
              .build();
      assertEquals(
          List.of(
              "E-1 (ours) —friend— P-C —friend— P-T",
              "E-2 (ours) —friend— P-A —friend— P-T",
              "E-2 (ours) —friend— P-B —friend— P-T"),
          texts(network.paths(Set.of(two, one), target, 2)));
    }

    @Test
    @DisplayName("a path does not pass through another of the starting people")
    void noDetourThroughOurs() {
      ConnectionNetwork network =
          ConnectionNetwork.builder()
              .connect(Contact.of(ACCOUNT_MANAGER), Contact.of(SOLUTION_MANAGER), COLLEAGUE)
              .connect(SOLUTION_MANAGER, COUSIN, FRIEND)
              .connect(COUSIN, CTO, FAMILY)
              .build();
      assertEquals(
          List.of("E-SM (ours) —friend— P-COUSIN —family— P-CTO"),
          texts(network.paths(Set.of(ACCOUNT_MANAGER, SOLUTION_MANAGER), CTO, 3)));
      assertEquals(
          List.of("E-AM (ours) —colleague— E-SM (ours) —friend— P-COUSIN —family— P-CTO"),
          texts(network.paths(ACCOUNT_MANAGER, CTO, 3)),
          "a colleague who is not asked to start is a fine intermediary");
    }

    @Test
    @DisplayName("two people connected in several ways: the hop counts as the strongest")
    void severalTypes() {
      ConnectionNetwork network =
          ConnectionNetwork.builder()
              .connect(ACCOUNT_MANAGER, PLANNING, NEIGHBOUR)
              .connect(ACCOUNT_MANAGER, PLANNING, COLLEAGUE)
              .connect(ACCOUNT_MANAGER, PLANNING, NEIGHBOUR)
              .connect(PLANNING, CTO, EDUCATION)
              .build();
      assertEquals(
          Set.of(COLLEAGUE, NEIGHBOUR),
          network.connections(Contact.of(ACCOUNT_MANAGER), Contact.of(PLANNING)));
      assertEquals(
          Set.of(COLLEAGUE, NEIGHBOUR),
          network.connections(Contact.of(PLANNING), Contact.of(ACCOUNT_MANAGER)),
          "connections are undirected");
      assertEquals(Set.of(), network.connections(Contact.of(ACCOUNT_MANAGER), Contact.of(CTO)));
      assertEquals(Set.of(), network.connections(Contact.of(ACCOUNT_MANAGER), Contact.of(COUSIN)));
      assertEquals(
          List.of(COLLEAGUE, EDUCATION), network.paths(ACCOUNT_MANAGER, CTO, 2).get(0).links());
      assertEquals("Connection network: 3 contacts, 2 connections", network.toString());
    }

    @Test
    @DisplayName("no one is connected to themselves")
    void selfConnection() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ConnectionNetwork.builder().connect(CTO, CTO, FAMILY));
      assertTrue(e.getMessage().contains("DOMAIN D7.10"), e::getMessage);
    }
  }

  @Nested
  @DisplayName("D7.10 progress: from the work circle into the life circle")
  class Progress {

    @Test
    @DisplayName("a direct work connection reaches the work circle, a life one the life circle")
    void circleReached() {
      ConnectionNetwork work = aroundTheCto();
      assertEquals(
          Optional.of(ContactCircle.WORK_CIRCLE),
          work.circleReached(Set.of(ACCOUNT_MANAGER), PLANNING));
      assertEquals(Optional.empty(), work.circleReached(Set.of(SOLUTION_MANAGER), PLANNING));
      assertEquals(
          Optional.of(ContactCircle.WORK_CIRCLE), work.circleReached(OURS, CTO), "via supplier");
      ConnectionNetwork life =
          ConnectionNetwork.builder()
              .connect(ACCOUNT_MANAGER, PLANNING, COLLEAGUE)
              .connect(SOLUTION_MANAGER, PLANNING, SCHOOL)
              .build();
      assertEquals(Optional.of(ContactCircle.LIFE_CIRCLE), life.circleReached(OURS, PLANNING));
      assertEquals(
          Optional.of(ContactCircle.WORK_CIRCLE),
          life.circleReached(Set.of(ACCOUNT_MANAGER), PLANNING));
      assertEquals(Optional.empty(), life.circleReached(OURS, CTO));
    }
  }

  @Nested
  @DisplayName("what every connection path is")
  class PathValues {

    private final Contact ours = Contact.of(ACCOUNT_MANAGER);
    private final Contact cto = Contact.of(CTO);
    private final Contact planning = Contact.of(PLANNING);

    @Test
    @DisplayName("a path starts at one of ours and ends at another person")
    void ends() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new ConnectionPath(List.of(cto, ours), List.of(FRIEND)));
      assertThrows(
          IllegalArgumentException.class,
          () -> new ConnectionPath(List.of(planning, cto), List.of(FRIEND)));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ConnectionPath(
                      List.of(ours, Contact.of(SOLUTION_MANAGER)), List.of(COLLEAGUE)));
      assertTrue(e.getMessage().contains("ends at the person to reach"), e::getMessage);
    }

    @Test
    @DisplayName("a path has a hop, one link per hop and no one twice")
    void shape() {
      assertThrows(
          IllegalArgumentException.class, () -> new ConnectionPath(List.of(ours), List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () -> new ConnectionPath(List.of(ours, cto), List.of(FRIEND, FAMILY)));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ConnectionPath(
                      List.of(ours, planning, ours, cto), List.of(FRIEND, FRIEND, FRIEND)));
      assertTrue(e.getMessage().contains("visits no one twice"), e::getMessage);
    }

    @Test
    @DisplayName("contacts are ours or other people, and read as such")
    void contacts() {
      assertTrue(ours.ours());
      assertFalse(cto.ours());
      assertEquals(ACCOUNT_MANAGER, ours.id());
      assertEquals(CTO, cto.id());
      assertEquals("E-AM (ours)", ours.toString());
      assertEquals("P-CTO", cto.toString());
      assertFalse(
          Contact.of(EmployeeId.of("X-1")).equals(Contact.of(PersonId.of("X-1"))),
          "an employee and a person with the same id value are different contacts");
    }
  }
}
