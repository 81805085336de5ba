package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.process.ProcessFixtures.card;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.opportunity.Gate;

/** The process values' own checks, each hit with the nearest invalid value (DOMAIN D1.1, D1.3). */
class ProcessValueChecksTest {

  private static final Optional<ProcessId> PARENT = Optional.of(ProcessId.of("LTC.2"));

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D1.1: process levels run from L1 to L6; 0 and 7 are refused")
  void levelNumbers() {
    assertEquals(ProcessLevel.L1, ProcessLevel.of(1));
    assertEquals(ProcessLevel.L6, ProcessLevel.of(6));
    assertEquals(
        "process levels are L1 to L6 (DOMAIN D1.1), not 0", refused(() -> ProcessLevel.of(0)));
    assertEquals(
        "process levels are L1 to L6 (DOMAIN D1.1), not 7", refused(() -> ProcessLevel.of(7)));
  }

  @Test
  @DisplayName("DOMAIN D1.3: a card has a name; it is neither its own parent nor its own child")
  void cardChecks() {
    assertEquals("Process LTC.2.1", card("LTC.2.1", ProcessLevel.L3, PARENT).build().name());
    assertEquals(
        "a process card has a name (DOMAIN D1.3)",
        refused(() -> card("LTC.2.1", ProcessLevel.L3, PARENT).name(" ").build()));
    assertEquals(
        "process LTC.2 is not its own parent (DOMAIN D1.1)",
        refused(() -> card("LTC.2", ProcessLevel.L3, PARENT).build()));
    assertEquals(
        "process LTC.2.1 is not its own child (DOMAIN D1.1)",
        refused(
            () ->
                card("LTC.2.1", ProcessLevel.L3, PARENT)
                    .addChildren(ProcessId.of("LTC.2.1"))
                    .build()));
    assertEquals(
        "process LTC.2.1 lists each child once (DOMAIN D1.1)",
        refused(
            () ->
                card("LTC.2.1", ProcessLevel.L3, PARENT)
                    .addChildren(ProcessId.of("LTC.2.1.1"), ProcessId.of("LTC.2.1.1"))
                    .build()));
  }

  @Test
  @DisplayName(
      "DOMAIN D1.3: a department, a position, a KCP and a KDP are named; empty names are refused")
  void namesAndTitles() {
    assertEquals("sales management department", Department.SALES_MANAGEMENT.name());
    assertEquals("a department has a name (DOMAIN D1.3)", refused(() -> Department.of("")));
    assertEquals("a position has a title (DOMAIN D1.3)", refused(() -> Position.of("")));
    assertEquals("lead validation", KeyControlPoint.of("lead validation", "Q1 passes").name());
    assertEquals(
        "a KCP has a name (DOMAIN D1.4)", refused(() -> KeyControlPoint.of("", "Q1 passes")));
    assertEquals(
        "a KCP states its pass/fail check (DOMAIN D1.4)",
        refused(() -> KeyControlPoint.of("lead validation", "")));
    Position board = Position.of("process board");
    assertEquals(
        "approve the architecture", KeyDecisionPoint.of("ARCH", "approve the architecture", board)
            .decision());
    assertEquals(
        "a KDP has a name (DOMAIN D1.4)",
        refused(() -> KeyDecisionPoint.of("", "approve the architecture", board)));
    assertEquals(
        "a KDP states what is decided (DOMAIN D1.4)",
        refused(() -> KeyDecisionPoint.of("ARCH", "", board)));
    assertEquals(
        "the KDP of gate ATB is named ATB, not 'ATC' (DOMAIN D1.4)",
        refused(
            () ->
                new KeyDecisionPoint(
                    "ATC", "approve to bid", board, Optional.of(Gate.ATB))));
  }

  @Test
  @DisplayName(
      "DOMAIN D1.2: adaptation rights cover a level; a company approval has a reference")
  void rightsAndApprovals() {
    assertEquals(
        Set.of(ProcessLevel.L4),
        AdaptationRights.of(OrganisationLevel.REGION).levels(),
        "a region adapts only L4");
    assertEquals(
        "adaptation rights cover at least one level (DOMAIN D1.2)",
        refused(() -> new AdaptationRights(OrganisationLevel.REGION, Set.of(), true, true)));
    assertEquals(
        "a company approval has a reference (DOMAIN D1.2)",
        refused(
            () ->
                new CompanyApproval(
                    "", ProcessFixtures.VERIFY, ProcessFixtures.APPROVER, ProcessFixtures.day(1))));
  }

  @Test
  @DisplayName(
      "DOMAIN D1.6: an operating rhythm has meetings, tables and things watched, each once; the"
          + " standard one keeps the sources' terms")
  void operatingRhythm() {
    OperatingRhythm standard = OperatingRhythm.standard();
    assertEquals(
        List.of("销售项目管理例会", "销售业务例会"),
        standard.meetings().stream().map(Meeting::chineseTerm).toList());
    assertEquals(
        List.of("leads", "opportunities", "hilltop projects"),
        standard.tables().stream().map(SalesTable::label).toList());
    assertEquals(
        List.of("销售管理健康度", "业绩KPI进展和差距", "山头项目亮灯", "风险及遗留问题跟踪"),
        standard.watched().stream().map(Watch::chineseTerm).toList());
    List<SalesTable> tables = standard.tables();
    List<Watch> watched = standard.watched();
    assertEquals(
        "an operating rhythm has meetings (DOMAIN D1.6)",
        refused(
            () -> new OperatingRhythm(Department.SALES_MANAGEMENT, List.of(), tables, watched)));
    assertTrue(
        refused(
                () ->
                    new OperatingRhythm(
                        Department.SALES_MANAGEMENT,
                        List.of(Meeting.SALES_BUSINESS, Meeting.SALES_BUSINESS),
                        tables,
                        watched))
            .startsWith("an operating rhythm lists its meetings once each"));
    List<Meeting> meetings = standard.meetings();
    assertEquals(
        "an operating rhythm has tables (DOMAIN D1.6)",
        refused(
            () -> new OperatingRhythm(Department.SALES_MANAGEMENT, meetings, List.of(), watched)));
    assertEquals(
        "an operating rhythm has things watched (DOMAIN D1.6)",
        refused(
            () -> new OperatingRhythm(Department.SALES_MANAGEMENT, meetings, tables, List.of())));
  }

  @Test
  @DisplayName("DOMAIN D1.2: the three changes name themselves for messages")
  void changeVerbs() {
    ProcessCard card = card("LTC.2.1", ProcessLevel.L3, PARENT).build();
    assertEquals("revise", ProcessChange.revise(card).verb());
    assertEquals("add", ProcessChange.add(card).verb());
    assertEquals("retire", ProcessChange.retire().verb());
  }

  @Test
  @DisplayName(
      "DESIGN §2: the architecture's events carry the version they produced, 1 or more, and the"
          + " establishment names the standard's L1 process")
  void events() {
    ProcessCatalogue standard = LtcCatalogue.standard();
    Instant at = ProcessFixtures.day(0);
    String version = "an event carries the aggregate version it produced, 1 or more, not 0";
    assertEquals(
        version,
        refused(() -> new ArchitectureEstablished(LtcCatalogue.LEAD_TO_CASH, 0, standard, at)));
    assertEquals(
        "an architecture is named by its L1 process LTC, not LTC.ML",
        refused(
            () -> new ArchitectureEstablished(ProcessId.of("LTC.ML"), 1, standard, at)));
    Adaptation retirement =
        new Adaptation(
            LtcCatalogue.MANAGE_PROJECT_PORTFOLIO,
            ProcessChange.retire(),
            OrganisationLevel.HEADQUARTERS,
            Optional.empty(),
            at);
    assertEquals(
        version, refused(() -> new ProcessAdapted(LtcCatalogue.LEAD_TO_CASH, 0, retirement)));
  }
}
