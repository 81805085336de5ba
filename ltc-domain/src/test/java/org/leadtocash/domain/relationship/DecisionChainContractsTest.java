package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.relationship.ChainFixtures.ACCOUNT_MANAGER;
import static org.leadtocash.domain.relationship.ChainFixtures.CEO;
import static org.leadtocash.domain.relationship.ChainFixtures.COO;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO;
import static org.leadtocash.domain.relationship.ChainFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.ChainFixtures.OPPORTUNITY;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING;
import static org.leadtocash.domain.relationship.ChainFixtures.SOLUTION_MANAGER;
import static org.leadtocash.domain.relationship.ChainFixtures.buyingCentre;
import static org.leadtocash.domain.relationship.ChainFixtures.ceo;
import static org.leadtocash.domain.relationship.ChainFixtures.coo;
import static org.leadtocash.domain.relationship.ChainFixtures.cto;
import static org.leadtocash.domain.relationship.ChainFixtures.engineer;
import static org.leadtocash.domain.relationship.ChainFixtures.levels;
import static org.leadtocash.domain.relationship.ChainFixtures.planning;
import static org.leadtocash.domain.relationship.ChainFixtures.withStance;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the decision chain's and connection paths' public types. */
class DecisionChainContractsTest {

  private static ConnectionNetwork network() {
    return ConnectionNetwork.builder()
        .connect(ACCOUNT_MANAGER, PLANNING, ConnectionType.COLLEAGUE)
        .connect(PLANNING, CTO, ConnectionType.FRIEND)
        .build();
  }

  private static ConnectionPath path() {
    return network().paths(ACCOUNT_MANAGER, CTO, 2).get(0);
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(KeyPerson.class, cto())
        .setDefault(DecisionChain.class, buyingCentre())
        .setDefault(DecisionRole.class, DecisionRole.DECIDER)
        .setDefault(Stance.class, Stance.NEUTRAL)
        .setDefault(PositionKind.class, PositionKind.CTO)
        .setDefault(InfluenceStrength.class, InfluenceStrength.MEDIUM)
        .setDefault(ChainRiskKind.class, ChainRiskKind.HIDDEN_ROLE)
        .setDefault(ConnectionType.class, ConnectionType.FRIEND)
        .setDefault(ContactCircle.class, ContactCircle.WORK_CIRCLE)
        .setDefault(Contact.class, Contact.of(ACCOUNT_MANAGER))
        .setDefault(ConnectionPath.class, path())
        .setDefault(Map.class, levels());
  }

  @Test
  @DisplayName("every public method of the decision chain and connection types rejects nulls")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            RelationshipLayer.class,
            DecisionRole.class,
            Stance.class,
            PlaybookMove.class,
            PositionKind.class,
            InfluenceStrength.class,
            LinkKind.class,
            ChainLink.class,
            KeyPerson.class,
            DecisionChain.class,
            ChainCoverageReport.class,
            RoleCoverage.class,
            PersonCoverage.class,
            MandatoryPositionCheck.class,
            ChainRisk.class,
            ChainRiskKind.class,
            PowerMap.class,
            ConnectionType.class,
            ContactCircle.class,
            ReachStep.class,
            Contact.class,
            Contact.Employee.class,
            Contact.Person.class,
            ConnectionPath.class,
            ConnectionNetwork.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    ChainCoverageReport report = buyingCentre().coverage(levels(), true);
    for (Object instance :
        List.of(
            ChainLink.reporting(),
            cto(),
            KeyPerson.builder(),
            buyingCentre(),
            buyingCentre().toBuilder(),
            report,
            report.roles().get(0),
            report.people().get(0),
            report.mandatoryPositions().get(0),
            new ChainRisk(ChainRiskKind.HIDDEN_ROLE, "x"),
            ContactCircle.LIFE_CIRCLE,
            ReachStep.CONNECT,
            Contact.of(ACCOUNT_MANAGER),
            Contact.of(CTO),
            path(),
            network(),
            ConnectionNetwork.builder())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("chain values are equal exactly when all their parts are")
  void chainEquality() {
    new EqualsTester()
        .addEqualityGroup(ChainLink.reporting(), new ChainLink(true, Optional.empty()))
        .addEqualityGroup(
            ChainLink.influencing(InfluenceStrength.WEAK),
            new ChainLink(false, Optional.of(InfluenceStrength.WEAK)))
        .addEqualityGroup(ChainLink.influencing(InfluenceStrength.STRONG))
        .addEqualityGroup(
            ChainLink.reporting().withInfluence(InfluenceStrength.WEAK),
            ChainLink.influencing(InfluenceStrength.WEAK).withReporting())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(cto(), KeyPerson.builder().from(cto()).build())
        .addEqualityGroup(KeyPerson.builder().from(cto()).id(PersonId.of("P-OTHER")).build())
        .addEqualityGroup(KeyPerson.builder().from(cto()).name("Someone Else").build())
        .addEqualityGroup(KeyPerson.builder().from(cto()).title("CTO").build())
        .addEqualityGroup(KeyPerson.builder().from(cto()).position(PositionKind.COO).build())
        .addEqualityGroup(KeyPerson.builder().from(cto()).addRole(DecisionRole.USER).build())
        .addEqualityGroup(withStance(cto(), Optional.empty()))
        .addEqualityGroup(KeyPerson.builder().from(cto()).coach(true).build())
        .testEquals();
    DecisionChain chain = buyingCentre();
    new EqualsTester()
        .addEqualityGroup(chain, buyingCentre(), chain.toBuilder().build())
        .addEqualityGroup(DecisionChain.builder(CUSTOMER).opportunity(OPPORTUNITY).build())
        .addEqualityGroup(DecisionChain.builder(CUSTOMER).build())
        .addEqualityGroup(DecisionChain.builder(CustomerId.of("CU-OTHER")).build())
        .addEqualityGroup(
            DecisionChain.builder(CUSTOMER).opportunity(OpportunityId.of("OP-OTHER")).build())
        .addEqualityGroup(
            chain.toBuilder().person(withStance(coo(), Optional.of(Stance.NEUTRAL))).build())
        .addEqualityGroup(chain.toBuilder().influences(CEO, COO, InfluenceStrength.WEAK).build())
        .addEqualityGroup(
            chain.toBuilder()
                .person(KeyPerson.builder().from(engineer()).id(PersonId.of("P-ENG-2")).build())
                .build())
        .testEquals();
  }

  @Test
  @DisplayName("coverage reports and their lines are equal exactly when all their parts are")
  void reportEquality() {
    ChainCoverageReport report = buyingCentre().coverage(levels(), true);
    new EqualsTester()
        .addEqualityGroup(report, buyingCentre().coverage(levels(), true))
        .addEqualityGroup(buyingCentre().coverage(levels(), false))
        .addEqualityGroup(buyingCentre().coverage(Map.of(), true))
        .addEqualityGroup(
            new ChainCoverageReport(
                CUSTOMER,
                Optional.empty(),
                true,
                report.roles(),
                report.people(),
                report.mandatoryPositions(),
                report.risks()))
        .addEqualityGroup(
            new ChainCoverageReport(
                CUSTOMER,
                Optional.of(OPPORTUNITY),
                true,
                report.roles(),
                report.people(),
                report.mandatoryPositions(),
                List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new RoleCoverage(DecisionRole.DECIDER, List.of(CTO)), report.roles().get(3))
        .addEqualityGroup(new RoleCoverage(DecisionRole.APPROVER, List.of(CTO)))
        .addEqualityGroup(new RoleCoverage(DecisionRole.DECIDER, List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new PersonCoverage(planning(), Optional.of(KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)),
            report.person(PLANNING).orElseThrow())
        .addEqualityGroup(new PersonCoverage(planning(), Optional.empty()))
        .addEqualityGroup(
            new PersonCoverage(ceo(), Optional.of(KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new MandatoryPositionCheck(PositionKind.CEO, List.of(CEO), true, "ok"),
            new MandatoryPositionCheck(PositionKind.CEO, List.of(CEO), true, "ok"))
        .addEqualityGroup(new MandatoryPositionCheck(PositionKind.COO, List.of(CEO), true, "ok"))
        .addEqualityGroup(new MandatoryPositionCheck(PositionKind.CEO, List.of(COO), true, "ok"))
        .addEqualityGroup(new MandatoryPositionCheck(PositionKind.CEO, List.of(CEO), false, "ok"))
        .addEqualityGroup(new MandatoryPositionCheck(PositionKind.CEO, List.of(CEO), true, "no"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ChainRisk(ChainRiskKind.HIDDEN_ROLE, "x"),
            new ChainRisk(ChainRiskKind.HIDDEN_ROLE, "x"))
        .addEqualityGroup(new ChainRisk(ChainRiskKind.STANCE_UNKNOWN, "x"))
        .addEqualityGroup(new ChainRisk(ChainRiskKind.HIDDEN_ROLE, "y"))
        .testEquals();
  }

  @Test
  @DisplayName("contacts, paths and networks are equal exactly when all their parts are")
  void connectionEquality() {
    new EqualsTester()
        .addEqualityGroup(Contact.of(ACCOUNT_MANAGER), new Contact.Employee(ACCOUNT_MANAGER))
        .addEqualityGroup(Contact.of(SOLUTION_MANAGER))
        .addEqualityGroup(Contact.of(CTO), new Contact.Person(CTO))
        .addEqualityGroup(Contact.of(PersonId.of(ACCOUNT_MANAGER.value())))
        .testEquals();
    Contact ours = Contact.of(ACCOUNT_MANAGER);
    new EqualsTester()
        .addEqualityGroup(
            path(),
            new ConnectionPath(
                List.of(ours, Contact.of(PLANNING), Contact.of(CTO)),
                List.of(ConnectionType.COLLEAGUE, ConnectionType.FRIEND)))
        .addEqualityGroup(
            new ConnectionPath(
                List.of(ours, Contact.of(PLANNING), Contact.of(CTO)),
                List.of(ConnectionType.COLLEAGUE, ConnectionType.FAMILY)))
        .addEqualityGroup(
            new ConnectionPath(List.of(ours, Contact.of(CTO)), List.of(ConnectionType.FRIEND)))
        .addEqualityGroup(
            new ConnectionPath(
                List.of(Contact.of(EmployeeId.of("E-OTHER")), Contact.of(CTO)),
                List.of(ConnectionType.FRIEND)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            network(),
            network(),
            ConnectionNetwork.builder()
                .connect(CTO, PLANNING, ConnectionType.FRIEND)
                .connect(
                    Contact.of(PLANNING), Contact.of(ACCOUNT_MANAGER), ConnectionType.COLLEAGUE)
                .build())
        .addEqualityGroup(
            ConnectionNetwork.builder()
                .connect(ACCOUNT_MANAGER, PLANNING, ConnectionType.COLLEAGUE)
                .connect(PLANNING, CTO, ConnectionType.FAMILY)
                .build())
        .addEqualityGroup(ConnectionNetwork.builder().build())
        .testEquals();
  }
}
