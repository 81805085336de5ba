package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.process.ProcessFixtures.VALIDATE;
import static org.leadtocash.domain.process.ProcessFixtures.VALIDATE_ACTIVITY;
import static org.leadtocash.domain.process.ProcessFixtures.VERIFY;
import static org.leadtocash.domain.process.ProcessFixtures.approval;
import static org.leadtocash.domain.process.ProcessFixtures.card;
import static org.leadtocash.domain.process.ProcessFixtures.cardOf;
import static org.leadtocash.domain.process.ProcessFixtures.child;
import static org.leadtocash.domain.process.ProcessFixtures.day;
import static org.leadtocash.domain.process.ProcessFixtures.established;
import static org.leadtocash.domain.process.ProcessFixtures.redescribed;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;

import com.google.common.base.Strings;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.lead.LeadSubProcess;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.SalesPhase;

@DisplayName("Process architecture (DOMAIN D1)")
class ProcessArchitectureTest {

  private static final ProcessCatalogue LTC = LtcCatalogue.standard();

  /** Asserts that building a value fails with a message naming the DOMAIN section. */
  @CanIgnoreReturnValue
  private static IllegalArgumentException assertIllegal(Supplier<?> build, String section) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertTrue(e.getMessage().contains("DOMAIN " + section), e.getMessage());
    return e;
  }

  @Nested
  @DisplayName("D1.1 six levels: L1-L3 say what, L4-L6 say how")
  class Levels {

    @Test
    @DisplayName("process category, group, process, sub-process, activity, task")
    void sixLevels() {
      assertEquals(
          List.of(
              "process category", "process group", "process", "sub-process", "activity", "task"),
          Arrays.stream(ProcessLevel.values()).map(ProcessLevel::label).toList());
      assertEquals("子流程", ProcessLevel.L4.chineseTerm());
      assertEquals(ProcessLevel.L3, ProcessLevel.of(3));
      assertEquals(6, ProcessLevel.L6.number());
      assertIllegal(() -> ProcessLevel.of(7), "D1.1");
    }

    @Test
    @DisplayName("L1-L3 say what to do, L4-L6 how")
    void whatAndHow() {
      for (ProcessLevel level : ProcessLevel.values()) {
        assertEquals(
            level.number() <= 3 ? ProcessConcern.WHAT : ProcessConcern.HOW, level.concern());
      }
    }

    @Test
    @DisplayName(
        "each level has the one below it as children's level, and the one above as parent's")
    void neighbours() {
      assertEquals(Optional.of(ProcessLevel.L4), ProcessLevel.L3.below());
      assertEquals(Optional.of(ProcessLevel.L2), ProcessLevel.L3.above());
      assertEquals(Optional.empty(), ProcessLevel.L6.below());
      assertEquals(Optional.empty(), ProcessLevel.L1.above());
    }

    @Test
    @DisplayName("an L1 card has no parent, and every other card has one")
    void onlyL1HasNoParent() {
      assertIllegal(
          () -> card("X", ProcessLevel.L1, Optional.of(ProcessId.of("Y"))).build(), "D1.1");
      assertIllegal(() -> card("X", ProcessLevel.L4, Optional.empty()).build(), "D1.1");
    }

    @Test
    @DisplayName("an L6 task has no children")
    void tasksHaveNoChildren() {
      assertIllegal(
          () ->
              card("X", ProcessLevel.L6, Optional.of(ProcessId.of("P")))
                  .addChildren(ProcessId.of("Y"))
                  .build(),
          "D1.1");
    }
  }

  @Nested
  @DisplayName("D1.3 process cards")
  class Cards {

    @Test
    @DisplayName(
        "a card names its level, owner role (a position), parent, children, inputs, outputs,"
            + " metrics")
    void cardContents() {
      ProcessCard mo = LTC.card(LtcCatalogue.MANAGE_OPPORTUNITIES).orElseThrow();
      assertEquals("Manage Opportunity Points (MO)", mo.name());
      assertEquals(ProcessLevel.L3, mo.level());
      assertEquals(Position.of("MO process owner"), mo.ownerRole());
      assertEquals(Department.SALES_MANAGEMENT, mo.owningDepartment());
      assertEquals(Optional.of(LtcCatalogue.EXECUTION), mo.parent());
      assertEquals(5, mo.children().size());
      assertEquals(List.of("opportunities converted from leads"), mo.inputs());
      assertTrue(mo.outputs().contains("signed contracts"));
    }

    @Test
    @DisplayName("a process at L3 or above has a short card: a long description is refused")
    void shortCardDescription() {
      String longText = Strings.repeat("x", ProcessCard.SHORT_TEXT_LIMIT + 1);
      for (ProcessLevel level : EnumSet.of(ProcessLevel.L1, ProcessLevel.L2, ProcessLevel.L3)) {
        Optional<ProcessId> parent =
            level == ProcessLevel.L1 ? Optional.empty() : Optional.of(ProcessId.of("P"));
        IllegalArgumentException e =
            assertIllegal(() -> card("X", level, parent).description(longText).build(), "D1.3");
        assertTrue(e.getMessage().contains("short, clear card"), e.getMessage());
      }
    }

    @Test
    @DisplayName(
        "a process at L3 or above has a short card: a long or multi-line purpose is refused")
    void shortCardPurpose() {
      Optional<ProcessId> parent = Optional.of(ProcessId.of("P"));
      String longText = Strings.repeat("y", ProcessCard.SHORT_TEXT_LIMIT + 1);
      assertIllegal(() -> card("X", ProcessLevel.L2, parent).purpose(longText).build(), "D1.3");
      assertIllegal(
          () -> card("X", ProcessLevel.L3, parent).purpose("one line\nand another").build(),
          "D1.3");
      String exact = Strings.repeat("y", ProcessCard.SHORT_TEXT_LIMIT);
      assertEquals(exact, card("X", ProcessLevel.L3, parent).purpose(exact).build().purpose());
    }

    @Test
    @DisplayName("below L3 a card may say as much as the scenario needs")
    void howLevelsMayBeLong() {
      String longText = Strings.repeat("z", 3 * ProcessCard.SHORT_TEXT_LIMIT);
      for (ProcessLevel level : EnumSet.of(ProcessLevel.L4, ProcessLevel.L5, ProcessLevel.L6)) {
        assertEquals(
            longText,
            card("X", level, Optional.of(ProcessId.of("P")))
                .description(longText)
                .build()
                .description());
      }
    }

    @Test
    @DisplayName("every L1-L3 card of the LTC catalogue is short")
    void catalogueCardsAreShort() {
      for (ProcessCard card : LTC.cards()) {
        if (card.level().concern() == ProcessConcern.WHAT) {
          assertTrue(card.description().length() <= ProcessCard.SHORT_TEXT_LIMIT, card.name());
          assertTrue(card.purpose().length() <= ProcessCard.SHORT_TEXT_LIMIT, card.name());
        }
      }
    }

    @Test
    @DisplayName("name, description and purpose are not blank; control points have distinct names")
    void cardsAreComplete() {
      Optional<ProcessId> parent = Optional.of(ProcessId.of("P"));
      assertIllegal(() -> card("X", ProcessLevel.L4, parent).description(" ").build(), "D1.3");
      assertIllegal(() -> card("X", ProcessLevel.L4, parent).purpose("").build(), "D1.3");
      KeyControlPoint kcp = KeyControlPoint.of("check", "it passes");
      assertIllegal(
          () -> card("X", ProcessLevel.L4, parent).addControlPoints(kcp, kcp).build(), "D1.4");
    }
  }

  @Nested
  @DisplayName("D1.4 control points: KCPs check, KDPs decide")
  class ControlPoints {

    @Test
    @DisplayName("in LTC the KDPs are ATI, ATB and ATC, on MO")
    void ltcKdps() {
      ProcessCard mo = LTC.card(LtcCatalogue.MANAGE_OPPORTUNITIES).orElseThrow();
      assertEquals(
          List.of(Gate.ATI, Gate.ATB, Gate.ATC),
          mo.kdps().stream().map(k -> k.gate().orElseThrow()).toList());
      assertTrue(mo.kcps().isEmpty());
      KeyDecisionPoint atb = KeyDecisionPoint.of(Gate.ATB);
      assertEquals("ATB", atb.name());
      assertEquals("approve to bid", atb.decision());
      assertEquals(ControlPointKind.KDP, atb.kind());
      assertEquals(KeyDecisionPoint.GATE_AUTHORITY, atb.authority());
    }

    @Test
    @DisplayName("the KDP of a gate is named after it")
    void gateKdpName() {
      assertIllegal(
          () ->
              new KeyDecisionPoint(
                  "approve", "approve to bid", Position.of("SDT"), Optional.of(Gate.ATB)),
          "D1.4");
    }

    @Test
    @DisplayName("ML carries the lead validation KCP of D2.5 and the conversion KCP of D2.7")
    void mlKcps() {
      ProcessCard ml = LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow();
      assertEquals(
          List.of(Optional.of(RuleId.of("D2.5")), Optional.of(RuleId.of("D2.7"))),
          ml.kcps().stream().map(KeyControlPoint::rule).toList());
      assertEquals("lead validation", ml.kcps().get(0).name());
      assertEquals(ControlPointKind.KCP, ml.kcps().get(0).kind());
      assertTrue(ml.kdps().isEmpty());
      assertEquals(ml.kcps(), ml.controlPoints());
    }

    @Test
    @DisplayName("MCE carries the KCPs of registration, changes and invoicing (D5.1-D5.3)")
    void mceKcps() {
      ProcessCard mce = LTC.card(LtcCatalogue.MANAGE_CONTRACT_EXECUTION).orElseThrow();
      assertEquals(
          List.of("D5.1", "D5.2", "D5.3"),
          mce.kcps().stream().map(k -> k.rule().orElseThrow().section()).toList());
    }

    @Test
    @DisplayName("a KCP states a check, a KDP what is decided")
    void blankControlPointsRefused() {
      assertIllegal(() -> KeyControlPoint.of("x", " "), "D1.4");
      assertIllegal(() -> KeyDecisionPoint.of("x", "", Position.of("board")), "D1.4");
    }
  }

  @Nested
  @DisplayName("D1.5 the LTC catalogue and Huawei's fifteen L1 processes")
  class Catalogue {

    @Test
    @DisplayName("L1 Lead to Cash has four L2 groups: strategy, execution, management, enabling")
    void groups() {
      assertEquals(LtcCatalogue.LEAD_TO_CASH, LTC.root().id());
      assertEquals("Lead to Cash", LTC.root().name());
      assertEquals(
          List.of(
              LtcCatalogue.STRATEGY,
              LtcCatalogue.EXECUTION,
              LtcCatalogue.MANAGEMENT,
              LtcCatalogue.ENABLING),
          LTC.root().children());
      assertEquals(4, LTC.atLevel(ProcessLevel.L2).size());
    }

    @Test
    @DisplayName("each group holds the L3 processes D1.5 names")
    void l3Processes() {
      assertEquals(
          List.of(LtcCatalogue.MANAGE_MARKETING_STRATEGY),
          ids(LTC.children(LtcCatalogue.STRATEGY)));
      assertEquals(
          List.of(
              LtcCatalogue.MANAGE_LEADS,
              LtcCatalogue.MANAGE_OPPORTUNITIES,
              LtcCatalogue.MANAGE_CONTRACT_EXECUTION),
          ids(LTC.children(LtcCatalogue.EXECUTION)));
      assertEquals(
          List.of(
              "Manage projects",
              "Manage project portfolio",
              "Manage authorisation and its exercise"),
          LTC.children(LtcCatalogue.MANAGEMENT).stream().map(ProcessCard::name).toList());
      assertEquals(
          List.of("Manage customers (MCR)", "Manage solutions", "Manage contract lifecycle"),
          LTC.children(LtcCatalogue.ENABLING).stream().map(ProcessCard::name).toList());
      assertEquals(10, LTC.atLevel(ProcessLevel.L3).size());
    }

    @Test
    @DisplayName("ML has the three sub-processes of D2.4, MO the five of D3.1, in order")
    void executionSubProcesses() {
      assertEquals(
          Arrays.stream(LeadSubProcess.values()).map(LtcCatalogue::subProcess).toList(),
          ids(LTC.children(LtcCatalogue.MANAGE_LEADS)));
      assertEquals(
          Arrays.stream(SalesPhase.values()).map(LtcCatalogue::subProcess).toList(),
          ids(LTC.children(LtcCatalogue.MANAGE_OPPORTUNITIES)));
      assertEquals(
          "Pre-bid guidance",
          LTC.card(LtcCatalogue.subProcess(SalesPhase.PRE_BID_GUIDANCE)).orElseThrow().name());
      assertEquals(Position.of("lead manager"), LTC.card(VALIDATE).orElseThrow().ownerRole());
    }

    @Test
    @DisplayName("MCE's sub-processes follow the contract after signature (D5.1-D5.3)")
    void mceSubProcesses() {
      assertEquals(
          List.of(
              "Register the contract",
              "Hand the contract over to delivery",
              "Execute the contract",
              "Manage contract changes",
              "Invoice and collect",
              "Customer acceptance",
              "Close the contract"),
          LTC.children(LtcCatalogue.MANAGE_CONTRACT_EXECUTION).stream()
              .map(ProcessCard::name)
              .toList());
    }

    @Test
    @DisplayName("the nurturing path of D2.6 is the global L5 standard under track and nurture")
    void nurturingActivities() {
      assertEquals(
          Arrays.stream(NurturingStep.values()).map(LtcCatalogue::activity).toList(),
          ids(LTC.children(LtcCatalogue.subProcess(LeadSubProcess.TRACK_AND_NURTURE))));
      assertEquals(
          List.of(
              LtcCatalogue.subProcess(LeadSubProcess.TRACK_AND_NURTURE),
              LtcCatalogue.MANAGE_LEADS,
              LtcCatalogue.EXECUTION,
              LtcCatalogue.LEAD_TO_CASH),
          ids(LTC.ancestors(LtcCatalogue.activity(NurturingStep.HAND_OVER))));
    }

    @Test
    @DisplayName(
        "metrics are KPI ids: ML lead conversion; MO win rate and decisions; MCE collection")
    void metrics() {
      assertEquals(
          Set.of(KpiId.of("lead-conversion-rate")),
          LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow().metrics());
      assertEquals(
          Set.of(
              KpiId.of("win-rate"),
              KpiId.of("sales-decision-cycle"),
              KpiId.of("sales-decision-timeliness")),
          LTC.card(LtcCatalogue.MANAGE_OPPORTUNITIES).orElseThrow().metrics());
      assertEquals(
          Set.of(KpiId.of("collection-rate"), KpiId.of("overdue-receivables")),
          LTC.card(LtcCatalogue.MANAGE_CONTRACT_EXECUTION).orElseThrow().metrics());
      assertEquals(
          Set.of(
              KpiId.of("lead-conversion-rate"),
              KpiId.of("win-rate"),
              KpiId.of("sales-decision-cycle"),
              KpiId.of("sales-decision-timeliness"),
              KpiId.of("collection-rate"),
              KpiId.of("overdue-receivables")),
          LTC.metricIds());
    }

    @Test
    @DisplayName("the catalogue is one tree: the hierarchy has an edge to every card but the root")
    void oneTree() {
      assertEquals(LTC.size(), LTC.hierarchy().nodes().size());
      assertEquals(LTC.size() - 1, LTC.hierarchy().edges().size());
      assertEquals(LTC.size() - 1, LTC.descendants(LtcCatalogue.LEAD_TO_CASH).size());
      assertEquals(LTC.root(), LTC.cards().get(0));
      for (ProcessCard card : LTC.cards()) {
        assertEquals(LTC.children(card.id()).size(), card.children().size());
      }
    }

    @Test
    @DisplayName("cards that are not one tree are refused (D1.1)")
    void notATree() {
      ProcessCard root = card("R", ProcessLevel.L1, Optional.empty()).build();
      ProcessCard group = card("R.G", ProcessLevel.L2, Optional.of(root.id())).build();
      ProcessCard listed = ProcessCard.builder().from(root).addChildren(group.id()).build();
      assertEquals(2, ProcessCatalogue.of(List.of(group, listed)).size());
      assertIllegal(() -> ProcessCatalogue.of(List.of(listed, listed, group)), "D1.1");
      assertIllegal(
          () ->
              ProcessCatalogue.of(
                  List.of(listed, group, card("S", ProcessLevel.L1, Optional.empty()).build())),
          "D1.1");
      assertIllegal(() -> ProcessCatalogue.of(List.of(root, group)), "D1.3");
      assertIllegal(() -> ProcessCatalogue.of(List.of(listed)), "D1.3");
      ProcessCard skipping = card("R.G", ProcessLevel.L3, Optional.of(root.id())).build();
      assertIllegal(() -> ProcessCatalogue.of(List.of(listed, skipping)), "D1.1");
      ProcessCard orphan = card("R.X", ProcessLevel.L2, Optional.of(ProcessId.of("Q"))).build();
      assertIllegal(() -> ProcessCatalogue.of(List.of(listed, group, orphan)), "D1.1");
    }

    @Test
    @DisplayName(
        "a process listed as a child by two parents is refused: it names only one of them as its"
            + " parent (D1.3)")
    void twoParents() {
      ProcessCard first = card("R.G1", ProcessLevel.L2, Optional.of(ProcessId.of("R"))).build();
      ProcessCard second = card("R.G2", ProcessLevel.L2, Optional.of(ProcessId.of("R"))).build();
      ProcessCard root =
          card("R", ProcessLevel.L1, Optional.empty())
              .addChildren(first.id(), second.id())
              .build();
      ProcessCard shared = card("R.G2.C", ProcessLevel.L3, Optional.of(second.id())).build();
      List<ProcessCard> cards =
          List.of(
              root,
              ProcessCard.builder().from(first).addChildren(shared.id()).build(),
              ProcessCard.builder().from(second).addChildren(shared.id()).build(),
              shared);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ProcessCatalogue.of(cards));
      assertEquals(
          "R.G1 lists R.G2.C as a child, but its parent is R.G2 (DOMAIN D1.3)", e.getMessage());
    }

    @Test
    @DisplayName(
        "the descendants, and a revision, of a process the catalogue does not hold are refused by"
            + " name")
    void unknownProcess() {
      ProcessId unknown = ProcessId.of("LTC.NOWHERE");
      IllegalArgumentException below =
          assertThrows(IllegalArgumentException.class, () -> LTC.descendants(unknown));
      assertEquals("there is no process LTC.NOWHERE in the catalogue of LTC", below.getMessage());
      ProcessCard stray = card("LTC.NOWHERE", ProcessLevel.L2, Optional.of(LTC.root().id())).build();
      IllegalArgumentException revised =
          assertThrows(IllegalArgumentException.class, () -> LTC.withRevised(stray));
      assertEquals("there is no process LTC.NOWHERE to revise", revised.getMessage());
    }

    @Test
    @DisplayName("Huawei's 15 L1 processes: 4 operating, 7 enabling, 4 supporting")
    void huaweiProcesses() {
      assertEquals(15, HuaweiProcess.all().size());
      assertEquals(
          List.of(HuaweiProcess.IPD, HuaweiProcess.MTL, HuaweiProcess.LTC, HuaweiProcess.ITR),
          HuaweiProcess.ofKind(ProcessKind.OPERATING));
      assertEquals(7, HuaweiProcess.ofKind(ProcessKind.ENABLING).size());
      assertEquals(
          List.of(
              HuaweiProcess.HR,
              HuaweiProcess.FINANCE,
              HuaweiProcess.BUSINESS_TRANSFORMATION_AND_IT,
              HuaweiProcess.BUSINESS_SUPPORT),
          HuaweiProcess.ofKind(ProcessKind.SUPPORTING));
      assertEquals(ProcessKind.ENABLING, HuaweiProcess.MCR.kind());
      assertEquals("从线索到回款", HuaweiProcess.LTC.chineseTerm());
      assertEquals("lead to cash", HuaweiProcess.LTC.label());
      assertTrue(HuaweiProcess.all().stream().allMatch(p -> p.level() == ProcessLevel.L1));
    }

    private List<ProcessId> ids(List<ProcessCard> cards) {
      return cards.stream().map(ProcessCard::id).toList();
    }
  }

  @Nested
  @DisplayName("D1.6 the LTC 1-2-3-4 operating rhythm")
  class Rhythm {

    @Test
    @DisplayName("one organisation, two meetings, three tables, four things watched")
    void oneTwoThreeFour() {
      OperatingRhythm ltc = OperatingRhythm.standard();
      assertEquals(Department.SALES_MANAGEMENT, ltc.organisation());
      assertEquals("sales management department", ltc.organisation().name());
      assertEquals(
          List.of(Meeting.SALES_PROJECT_MANAGEMENT, Meeting.SALES_BUSINESS), ltc.meetings());
      assertEquals(
          List.of(SalesTable.LEADS, SalesTable.OPPORTUNITIES, SalesTable.HILLTOP_PROJECTS),
          ltc.tables());
      assertEquals(
          List.of(
              Watch.SALES_MANAGEMENT_HEALTH,
              Watch.KPI_PROGRESS_AND_GAP,
              Watch.HILLTOP_TRAFFIC_LIGHTS,
              Watch.RISKS_AND_LEGACY_ISSUES),
          ltc.watched());
      assertEquals("山头项目", SalesTable.HILLTOP_PROJECTS.chineseTerm());
      assertEquals("sales business meeting", Meeting.SALES_BUSINESS.label());
      assertEquals("KPI progress and gap", Watch.KPI_PROGRESS_AND_GAP.label());
    }

    @Test
    @DisplayName("a rhythm lists each meeting, table and watch once, and at least one of each")
    void distinct() {
      assertIllegal(
          () ->
              new OperatingRhythm(
                  Department.SALES_MANAGEMENT,
                  List.of(Meeting.SALES_BUSINESS, Meeting.SALES_BUSINESS),
                  List.of(SalesTable.LEADS),
                  List.of(Watch.KPI_PROGRESS_AND_GAP)),
          "D1.6");
      assertIllegal(
          () ->
              new OperatingRhythm(
                  Department.SALES_MANAGEMENT,
                  List.of(Meeting.SALES_BUSINESS),
                  List.of(),
                  List.of(Watch.KPI_PROGRESS_AND_GAP)),
          "D1.6");
    }
  }

  @Nested
  @DisplayName("D1.2 who may adapt what")
  class AdaptationRightsOfD12 {

    @Test
    @DisplayName(
        "the rights: headquarters every level; region and area L4 with approval; office L5/L6")
    void rights() {
      assertEquals(
          EnumSet.allOf(ProcessLevel.class),
          AdaptationRights.of(OrganisationLevel.HEADQUARTERS).levels());
      assertFalse(AdaptationRights.of(OrganisationLevel.HEADQUARTERS).needsCompanyApproval());
      for (OrganisationLevel regional : List.of(OrganisationLevel.REGION, OrganisationLevel.AREA)) {
        AdaptationRights rights = AdaptationRights.of(regional);
        assertEquals(Set.of(ProcessLevel.L4), rights.levels());
        assertTrue(rights.needsCompanyApproval());
        assertTrue(rights.keepsHeadquartersRequirements());
      }
      AdaptationRights office = AdaptationRights.of(OrganisationLevel.REPRESENTATIVE_OFFICE);
      assertEquals(Set.of(ProcessLevel.L5, ProcessLevel.L6), office.levels());
      assertFalse(office.needsCompanyApproval());
      assertTrue(office.keepsHeadquartersRequirements());
      assertTrue(office.allows(ProcessLevel.L6));
      assertFalse(office.allows(ProcessLevel.L4));
    }

    @Test
    @DisplayName(
        "headquarters adapts an L3 process and its KDPs; the new card becomes the standard")
    void headquartersOwnsL1ToL3() {
      ProcessArchitecture ltc = established();
      ProcessCard mo = cardOf(ltc, LtcCatalogue.MANAGE_OPPORTUNITIES);
      ProcessCard revised =
          ProcessCard.builder()
              .from(mo)
              .addControlPoints(KeyControlPoint.of("risk clauses", "known risk clauses flagged"))
              .build();
      Transition<ProcessArchitecture, ProcessArchitectureEvent> t =
          ltc.adapt(
              LtcCatalogue.MANAGE_OPPORTUNITIES,
              ProcessChange.revise(revised),
              OrganisationLevel.HEADQUARTERS,
              day(5));
      ProcessArchitecture after = t.state();
      assertEquals(revised, cardOf(after, LtcCatalogue.MANAGE_OPPORTUNITIES));
      assertEquals(
          HeadquartersRequirements.of(revised),
          after.requirementsOf(LtcCatalogue.MANAGE_OPPORTUNITIES).orElseThrow());
      assertEquals(2, after.version());
      assertEquals(
          List.of(
              new Adaptation(
                  LtcCatalogue.MANAGE_OPPORTUNITIES,
                  ProcessChange.revise(revised),
                  OrganisationLevel.HEADQUARTERS,
                  Optional.empty(),
                  day(5))),
          after.adaptations());
      assertEquals(
          mo, cardOf(ltc, LtcCatalogue.MANAGE_OPPORTUNITIES), "the old state is unchanged");
    }

    @Test
    @DisplayName("a representative office may not adapt L3: access denied, naming D1.2")
    void officeMayNotAdaptL3() {
      ProcessArchitecture ltc = established();
      ProcessCard mo = cardOf(ltc, LtcCatalogue.MANAGE_OPPORTUNITIES);
      AccessDeniedException e =
          assertRefused(
              AccessDeniedException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      LtcCatalogue.MANAGE_OPPORTUNITIES,
                      ProcessChange.revise(redescribed(mo, "Win where we can.")),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(5)));
      assertTrue(e.getMessage().contains("a representative office may adapt only L5/L6, not L3"));
      assertTrue(e.getMessage().contains("headquarters owns them"), e.getMessage());
    }

    @Test
    @DisplayName("a region may not adapt L1-L3, even with a company approval")
    void regionMayNotAdaptL3() {
      ProcessArchitecture ltc = established();
      ProcessCard ml = cardOf(ltc, LtcCatalogue.MANAGE_LEADS);
      AccessDeniedException e =
          assertRefused(
              AccessDeniedException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      LtcCatalogue.MANAGE_LEADS,
                      ProcessChange.revise(redescribed(ml, "Find leads our way.")),
                      OrganisationLevel.REGION,
                      approval(LtcCatalogue.MANAGE_LEADS, 1),
                      day(5)));
      assertTrue(e.getMessage().contains("a region may adapt only L4, not L3"), e.getMessage());
    }

    @Test
    @DisplayName("a region adapts L4 with a recorded company approval")
    void regionAdaptsL4WithApproval() {
      ProcessArchitecture ltc = established();
      ProcessCard verify = cardOf(ltc, VERIFY);
      ProcessCard local = redescribed(verify, "Verify with the local regulator's licence rules.");
      ProcessArchitecture after =
          ltc.adapt(
                  VERIFY,
                  ProcessChange.revise(local),
                  OrganisationLevel.REGION,
                  approval(VERIFY, 3),
                  day(5))
              .state();
      assertEquals(local, cardOf(after, VERIFY));
      Adaptation recorded = after.adaptations().get(0);
      assertEquals(OrganisationLevel.REGION, recorded.by());
      assertEquals(Optional.of(approval(VERIFY, 3)), recorded.approval());
      assertEquals(
          HeadquartersRequirements.of(verify),
          after.requirementsOf(VERIFY).orElseThrow(),
          "a region's adaptation does not change headquarters' requirements");
    }

    @Test
    @DisplayName("a region adapts L4 only with a company approval")
    void regionNeedsApproval() {
      ProcessArchitecture ltc = established();
      ProcessCard verify = cardOf(ltc, VERIFY);
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      VERIFY,
                      ProcessChange.revise(redescribed(verify, "Verify locally.")),
                      OrganisationLevel.REGION,
                      day(5)));
      assertTrue(e.getMessage().contains("only with a recorded company approval"), e.getMessage());
    }

    @Test
    @DisplayName("the approval names the process adapted and comes first")
    void approvalCoversTheAdaptation() {
      ProcessArchitecture ltc = established();
      ProcessCard verify = cardOf(ltc, VERIFY);
      ProcessChange change = ProcessChange.revise(redescribed(verify, "Verify locally."));
      RuleViolationException other =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(VERIFY, change, OrganisationLevel.REGION, approval(VALIDATE, 1), day(5)));
      assertTrue(other.getMessage().contains("company approval CA-2026-1 covers"));
      assertRefused(
          RuleViolationException.class,
          "D1.2",
          ltc,
          a -> a.adapt(VERIFY, change, OrganisationLevel.REGION, approval(VERIFY, 6), day(5)));
    }

    @Test
    @DisplayName("a region may not adapt L5 either")
    void regionMayNotAdaptL5() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      assertRefused(
          AccessDeniedException.class,
          "D1.2",
          ltc,
          a ->
              a.adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.revise(redescribed(activity, "Validate fast.")),
                  OrganisationLevel.REGION,
                  approval(VALIDATE_ACTIVITY, 1),
                  day(5)));
    }

    @Test
    @DisplayName(
        "an area has a region's rights: L4 with approval, and nothing else (library choice)")
    void areaHasRegionRights() {
      ProcessArchitecture ltc = established();
      ProcessCard verify = cardOf(ltc, VERIFY);
      ProcessArchitecture after =
          ltc.adapt(
                  VERIFY,
                  ProcessChange.revise(redescribed(verify, "Verify across the area.")),
                  OrganisationLevel.AREA,
                  approval(VERIFY, 1),
                  day(5))
              .state();
      assertEquals(OrganisationLevel.AREA, after.adaptations().get(0).by());
      assertRefused(
          RuleViolationException.class,
          "D1.2",
          ltc,
          a ->
              a.adapt(
                  VERIFY,
                  ProcessChange.revise(redescribed(verify, "Verify across the area.")),
                  OrganisationLevel.AREA,
                  day(5)));
      ProcessCard mo = cardOf(ltc, LtcCatalogue.MANAGE_OPPORTUNITIES);
      AccessDeniedException e =
          assertRefused(
              AccessDeniedException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      LtcCatalogue.MANAGE_OPPORTUNITIES,
                      ProcessChange.revise(redescribed(mo, "Win.")),
                      OrganisationLevel.AREA,
                      approval(LtcCatalogue.MANAGE_OPPORTUNITIES, 1),
                      day(5)));
      assertTrue(e.getMessage().contains("an area may adapt only L4"), e.getMessage());
    }

    @Test
    @DisplayName("a representative office adapts L5 and adds an L6 task, without approval")
    void officeAdaptsL5AndL6() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      ProcessCard local =
          ProcessCard.builder()
              .from(activity)
              .description("Answer Q1-Q3 with the province's customer data sheet.")
              .addControlPoints(KeyControlPoint.of("data sheet", "the sheet is attached"))
              .build();
      ProcessCard task = child(local, "ATTACH_SHEET");
      ProcessArchitecture after =
          ltc.adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.revise(local),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .then(
                  a ->
                      a.adapt(
                          VALIDATE_ACTIVITY,
                          ProcessChange.add(task),
                          OrganisationLevel.REPRESENTATIVE_OFFICE,
                          day(6)))
              .state();
      assertEquals(List.of(task.id()), cardOf(after, VALIDATE_ACTIVITY).children());
      assertEquals(ProcessLevel.L6, cardOf(after, task.id()).level());
      assertFalse(after.isGlobalStandard(task.id()), "an office's task is a local addition");
      assertEquals(3, after.version());
      assertEquals(2, after.adaptations().size());
    }

    @Test
    @DisplayName("adaptations are recorded in time order: one dated before the last is refused")
    void adaptationsRunForward() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      ProcessArchitecture adapted =
          ltc.adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.revise(redescribed(activity, "Answer Q1-Q3 by phone.")),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .state();
      assertEquals(day(0), adapted.establishedAt());
      assertEquals(day(5), adapted.lastEventAt());
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              adapted,
              a ->
                  a.adapt(
                      VALIDATE_ACTIVITY,
                      ProcessChange.add(child(activity, "LATE")),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(4)));
      assertTrue(early.getMessage().contains("time order"), early::getMessage);
      assertEquals(
          3,
          adapted
              .adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.add(child(activity, "SAME_DAY")),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .state()
              .version(),
          "the same instant is fine");
    }

    @Test
    @DisplayName(
        "a representative office may not adapt L4, nor add one; it adds its own L5 activities")
    void officeMayNotAdaptL4() {
      ProcessArchitecture ltc = established();
      AccessDeniedException e =
          assertRefused(
              AccessDeniedException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      LtcCatalogue.MANAGE_OPPORTUNITIES,
                      ProcessChange.add(
                          child(cardOf(a, LtcCatalogue.MANAGE_OPPORTUNITIES), "LOCAL")),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(5)));
      assertTrue(e.getMessage().contains("only L5/L6, not L4"), e.getMessage());
      ProcessCard verify = cardOf(ltc, VERIFY);
      assertRefused(
          AccessDeniedException.class,
          "D1.2",
          ltc,
          a ->
              a.adapt(
                  VERIFY,
                  ProcessChange.revise(redescribed(verify, "Verify our way.")),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5)));
      ProcessCard activity = child(verify, "LOCAL_SITE_SURVEY");
      ProcessArchitecture after =
          ltc.adapt(
                  VERIFY,
                  ProcessChange.add(activity),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .state();
      assertEquals(List.of(activity), after.catalogue().children(VERIFY));
    }

    @Test
    @DisplayName("a representative office keeps headquarters' KCPs")
    void officeKeepsKcps() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      ProcessCard withoutKcp =
          ProcessCard.builder().from(activity).controlPoints(List.of()).build();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      VALIDATE_ACTIVITY,
                      ProcessChange.revise(withoutKcp),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(5)));
      assertTrue(e.getMessage().contains("drops [KCP lead validation]"), e.getMessage());
    }

    @Test
    @DisplayName("a representative office keeps headquarters' outputs (data integration)")
    void officeKeepsOutputs() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      ProcessCard withoutOutput = ProcessCard.builder().from(activity).outputs(List.of()).build();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      VALIDATE_ACTIVITY,
                      ProcessChange.revise(withoutOutput),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(5)));
      assertTrue(e.getMessage().contains("output 'validation report'"), e.getMessage());
    }

    @Test
    @DisplayName("a region keeps headquarters' metrics on L4")
    void regionKeepsMetrics() {
      ProcessCard l4 =
          ProcessCard.builder()
              .from(child(LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow(), "MEASURED"))
              .addMetrics(KpiId.of("lead-conversion-rate"))
              .build();
      ProcessArchitecture ltc =
          established()
              .adapt(
                  LtcCatalogue.MANAGE_LEADS,
                  ProcessChange.add(l4),
                  OrganisationLevel.HEADQUARTERS,
                  day(1))
              .state();
      assertTrue(ltc.isGlobalStandard(l4.id()), "headquarters adds to the global standard");
      ProcessCard unmeasured = ProcessCard.builder().from(l4).metrics(Set.of()).build();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      l4.id(),
                      ProcessChange.revise(unmeasured),
                      OrganisationLevel.REGION,
                      approval(l4.id(), 2),
                      day(5)));
      assertTrue(e.getMessage().contains("metric lead-conversion-rate"), e.getMessage());
    }

    @Test
    @DisplayName("an office may remove what it added itself, but not what headquarters set")
    void officeRemovesItsOwnAdditions() {
      ProcessArchitecture ltc = established();
      ProcessCard activity = cardOf(ltc, VALIDATE_ACTIVITY);
      KeyControlPoint local = KeyControlPoint.of("data sheet", "the sheet is attached");
      ProcessCard withLocal = ProcessCard.builder().from(activity).addControlPoints(local).build();
      ProcessArchitecture after =
          ltc.adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.revise(withLocal),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .then(
                  a ->
                      a.adapt(
                          VALIDATE_ACTIVITY,
                          ProcessChange.revise(activity),
                          OrganisationLevel.REPRESENTATIVE_OFFICE,
                          day(6)))
              .state();
      assertEquals(activity, cardOf(after, VALIDATE_ACTIVITY));
    }

    @Test
    @DisplayName("an office retires its own tasks, never a process of the global standard")
    void officeRetiresOnlyLocalProcesses() {
      ProcessArchitecture ltc = established();
      ProcessCard task = child(cardOf(ltc, VALIDATE_ACTIVITY), "LOCAL");
      ProcessArchitecture withTask =
          ltc.adapt(
                  VALIDATE_ACTIVITY,
                  ProcessChange.add(task),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(5))
              .state();
      ProcessArchitecture retired =
          withTask
              .adapt(
                  task.id(),
                  ProcessChange.retire(),
                  OrganisationLevel.REPRESENTATIVE_OFFICE,
                  day(6))
              .state();
      assertFalse(retired.catalogue().contains(task.id()));
      assertEquals(ltc.catalogue(), retired.catalogue());
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D1.2",
              withTask,
              a ->
                  a.adapt(
                      VALIDATE_ACTIVITY,
                      ProcessChange.retire(),
                      OrganisationLevel.REPRESENTATIVE_OFFICE,
                      day(6)));
      assertTrue(e.getMessage().contains("on top of the global standard"), e.getMessage());
    }

    @Test
    @DisplayName("retiring an L4 touches the L5 activities below it, which a region does not own")
    void retirementTouchesEveryLevelBelow() {
      ProcessArchitecture ltc = established();
      AccessDeniedException e =
          assertRefused(
              AccessDeniedException.class,
              "D1.2",
              ltc,
              a ->
                  a.adapt(
                      VALIDATE,
                      ProcessChange.retire(),
                      OrganisationLevel.REGION,
                      approval(VALIDATE, 1),
                      day(5)));
      assertTrue(e.getMessage().contains("not L5"), e.getMessage());
    }

    @Test
    @DisplayName("headquarters retires a process with everything below it")
    void headquartersRetires() {
      ProcessArchitecture ltc = established();
      ProcessArchitecture after =
          ltc.adapt(
                  LtcCatalogue.MANAGE_LEADS,
                  ProcessChange.retire(),
                  OrganisationLevel.HEADQUARTERS,
                  day(5))
              .state();
      int gone = 1 + ltc.catalogue().descendants(LtcCatalogue.MANAGE_LEADS).size();
      assertEquals(ltc.catalogue().size() - gone, after.catalogue().size());
      assertFalse(after.catalogue().contains(VALIDATE_ACTIVITY));
      assertFalse(after.isGlobalStandard(VALIDATE_ACTIVITY));
      assertEquals(after.catalogue().size(), after.headquartersRequirements().size());
    }

    @Test
    @DisplayName("the L1 process category is the architecture and is never retired (D1.1)")
    void rootIsNotRetired() {
      assertRefused(
          RuleViolationException.class,
          "D1.1",
          established(),
          a ->
              a.adapt(
                  LtcCatalogue.LEAD_TO_CASH,
                  ProcessChange.retire(),
                  OrganisationLevel.HEADQUARTERS,
                  day(5)));
    }

    @Test
    @DisplayName("changes that do not fit the tree are caller mistakes")
    void callerMistakes() {
      ProcessArchitecture ltc = established();
      ProcessCard verify = cardOf(ltc, VERIFY);
      OrganisationLevel hq = OrganisationLevel.HEADQUARTERS;
      assertThrows(
          IllegalArgumentException.class,
          () -> ltc.adapt(ProcessId.of("NOPE"), ProcessChange.retire(), hq, day(1)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ltc.adapt(
                  VERIFY,
                  ProcessChange.revise(
                      ProcessCard.builder().from(verify).children(List.of(VALIDATE)).build()),
                  hq,
                  day(1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> ltc.adapt(VALIDATE, ProcessChange.revise(verify), hq, day(1)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ltc.adapt(VERIFY, ProcessChange.add(child(cardOf(ltc, VALIDATE), "X")), hq, day(1)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ltc.adapt(
                  VALIDATE,
                  ProcessChange.add(
                      card(VALIDATE_ACTIVITY.value(), ProcessLevel.L5, Optional.of(VALIDATE))
                          .build()),
                  hq,
                  day(1)));
    }
  }

  @Nested
  @DisplayName("events, versions and replay")
  class Events {

    @Test
    @DisplayName(
        "establishing records the global standard; every card carries headquarters' requirements")
    void established() {
      Transition<ProcessArchitecture, ProcessArchitectureEvent> t =
          ProcessArchitecture.establish(LTC, day(0));
      assertEquals(
          List.of(new ArchitectureEstablished(LtcCatalogue.LEAD_TO_CASH, 1, LTC, day(0))),
          t.events());
      ProcessArchitecture ltc = t.state();
      assertEquals(LtcCatalogue.LEAD_TO_CASH, ltc.id());
      assertEquals(1, ltc.version());
      assertEquals(LTC, ltc.catalogue());
      assertEquals(LTC.size(), ltc.headquartersRequirements().size());
      assertTrue(ltc.adaptations().isEmpty());
      ProcessCard ml = LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow();
      assertEquals(
          Set.copyOf(ml.controlPoints()),
          ltc.requirementsOf(LtcCatalogue.MANAGE_LEADS).orElseThrow().controlPoints());
    }

    @Test
    @DisplayName("replaying the events gives an equal architecture")
    void replay() {
      ProcessArchitecture ltc = ProcessFixtures.established();
      ProcessCard task = child(cardOf(ltc, VALIDATE_ACTIVITY), "LOCAL");
      Transition<ProcessArchitecture, ProcessArchitectureEvent> t =
          ProcessArchitecture.establish(LTC, day(0))
              .then(
                  a ->
                      a.adapt(
                          VALIDATE_ACTIVITY,
                          ProcessChange.add(task),
                          OrganisationLevel.REPRESENTATIVE_OFFICE,
                          day(1)))
              .then(
                  a ->
                      a.adapt(
                          VERIFY,
                          ProcessChange.revise(redescribed(cardOf(a, VERIFY), "Verify here.")),
                          OrganisationLevel.REGION,
                          approval(VERIFY, 1),
                          day(2)))
              .then(
                  a ->
                      a.adapt(
                          LtcCatalogue.MANAGE_PROJECT_PORTFOLIO,
                          ProcessChange.retire(),
                          OrganisationLevel.HEADQUARTERS,
                          day(3)));
      assertEquals(4, t.events().size());
      assertEquals(4, t.state().version());
      assertEquals(day(2), t.events().get(2).occurredAt());
      assertEquals(t.state(), ProcessArchitecture.replay(t.events()));
      List<ProcessArchitectureEvent> twice = new ArrayList<>(t.events());
      twice.add(t.events().get(0));
      assertThrows(RejectedHistoryException.class, () -> ProcessArchitecture.replay(twice));
      assertThrows(
          RejectedHistoryException.class,
          () -> ProcessArchitecture.replay(t.events().subList(1, 4)));
      assertThrows(IllegalArgumentException.class, () -> ProcessArchitecture.replay(List.of()));
      List<ProcessArchitectureEvent> backwards =
          List.of(t.events().get(0), t.events().get(2), t.events().get(1));
      assertThrows(
          RejectedHistoryException.class,
          () -> ProcessArchitecture.replay(backwards),
          "a history runs forward in time");
    }
  }
}
