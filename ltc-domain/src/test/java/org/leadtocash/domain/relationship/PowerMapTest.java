package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.ChainFixtures.CEO;
import static org.leadtocash.domain.relationship.ChainFixtures.CEO_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.ChainFixtures.ENGINEER;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.buyingCentre;
import static org.leadtocash.domain.relationship.ChainFixtures.ceo;
import static org.leadtocash.domain.relationship.ChainFixtures.cto;
import static org.leadtocash.domain.relationship.ChainFixtures.engineer;
import static org.leadtocash.domain.relationship.ChainFixtures.levels;
import static org.leadtocash.domain.relationship.ChainFixtures.planning;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.PersonId;

@DisplayName("D7.2-D7.3 the power map as a Mermaid flowchart")
class PowerMapTest {

  private static final String CLASS_DEFS =
      """
        classDef supporter fill:#dff0d8,stroke:#3c763d
        classDef neutral fill:#f5f5f5,stroke:#777777
        classDef opponent fill:#f2dede,stroke:#a94442
        classDef unknown fill:#ffffff,stroke:#777777,stroke-dasharray:4 3
      """;

  private static DecisionChain small() {
    return DecisionChain.builder(CUSTOMER)
        .person(ceo())
        .person(cto())
        .person(planning())
        .person(engineer())
        .reportsTo(CTO, CEO)
        .reportsTo(PLANNING, CTO)
        .reportsTo(ENGINEER, PLANNING)
        .influences(PLANNING, CTO, InfluenceStrength.STRONG)
        .influences(PLANNING, CEO, InfluenceStrength.WEAK)
        .build();
  }

  private static Map<PersonId, KeyRelationshipLevel> smallLevels() {
    return ImmutableMap.of(
        CEO, KeyRelationshipLevel.ACCEPTED,
        CTO, KeyRelationshipLevel.SUPPORTIVE,
        PLANNING, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE);
  }

  @Test
  @DisplayName("nodes show position, roles, stance, level and coach; edges the lines")
  void exactOutput() {
    assertEquals(
        """
        flowchart BT
          p1["CEO · President<br/>approver<br/>neutral · accepted"]
          p2["CTO · Chief Technology Officer<br/>decider<br/>supporter · supportive, not exclusive"]
          p3["manager · Head of Network Planning<br/>initiator, user<br/>supporter · supportive \
        and exclusive · ★ coach"]
          p4["staff · Senior Core-Network Engineer<br/>user<br/>stance unknown · level unknown"]
          p2 -->|reports to| p1
          p3 -.->|weak influence| p1
          p3 -->|reports to| p2
          p3 -.->|strong influence| p2
          p4 -->|reports to| p3
        """
            + CLASS_DEFS
            + """
              class p2,p3 supporter
              class p1 neutral
              class p4 unknown
            """,
        PowerMap.toMermaid(small(), smallLevels()));
  }

  @Test
  @DisplayName("an empty chain is a flowchart with no nodes")
  void empty() {
    assertEquals(
        "flowchart BT\n" + CLASS_DEFS,
        PowerMap.toMermaid(DecisionChain.builder(CUSTOMER).build(), Map.of()));
  }

  @Test
  @DisplayName("names are personal data and never drawn (D7.8); nor are the host's person ids")
  void noPersonalData() {
    String map = PowerMap.toMermaid(buyingCentre(), levels());
    for (String name : List.of(CEO_NAME, CTO_NAME, PLANNING_NAME)) {
      assertFalse(map.contains(name), () -> name + " leaked: " + map);
    }
    assertFalse(map.contains("P-CTO"), map);
    assertTrue(map.contains("class p2,p5,p7 supporter"), map);
    assertTrue(map.contains("class p3 opponent"), map);
    assertTrue(map.contains("  p2 -.->|medium influence| p4\n"), map);
  }

  @Test
  @DisplayName("levels of people outside the chain are ignored")
  void extraLevels() {
    Map<PersonId, KeyRelationshipLevel> more = new HashMap<>(smallLevels());
    more.put(PersonId.of("P-ELSEWHERE"), KeyRelationshipLevel.OPPOSED);
    assertEquals(PowerMap.toMermaid(small(), smallLevels()), PowerMap.toMermaid(small(), more));
  }

  @Test
  @DisplayName("quotes, angle brackets and # in a title are written as Mermaid entities")
  void escaping() {
    KeyPerson lab = KeyPerson.builder().from(engineer()).title("R&D \"Core\" <5G> lab #1").build();
    String map = PowerMap.toMermaid(DecisionChain.builder(CUSTOMER).person(lab).build(), Map.of());
    assertTrue(
        map.contains("p1[\"staff · R&D #quot;Core#quot; #lt;5G#gt; lab #35;1<br/>user<br/>"), map);
  }
}
