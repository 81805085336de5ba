package org.leadtocash.planning.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;

/**
 * A strategy planner writes the five looks and three decisions (DOMAIN D9.1) and the business
 * design's six elements (D9.2), and reads the completeness reports to see what is still to write.
 */
class MarketingStrategyTest {

  /** The planner has looked at almost everything, left the competition blank, forgot ourselves. */
  private static MarketingStrategy draft() {
    return MarketingStrategy.builder()
        .look(Look.MACRO, "grid modernisation funds double over the five-year plan")
        .look(Look.INDUSTRY, "utilities move from hardware tenders to managed services")
        .look(Look.CUSTOMER, "the provincial grid wants outage minutes halved by 2028")
        .look(Look.COMPETITION, "   ")
        .decision(Decision.TARGETS, "CNY 640 million of orders in the energy sector")
        .decision(Decision.CONTROL_POINTS, "own the grid's field-network reference design")
        .build();
  }

  @Test
  @DisplayName("DOMAIN D9.1: the report lists the five looks then the three decisions, in order")
  void reportListsEveryLookAndDecisionInOrder() {
    Completeness report = draft().completeness();

    assertEquals(RuleId.D9_1, report.rule());
    assertEquals(
        List.of(
            "look at the macro environment",
            "look at the industry",
            "look at the customers",
            "look at the competition",
            "look at ourselves",
            "decision on targets",
            "decision on strategies",
            "decision on strategic control points"),
        report.items().stream().map(CompletenessItem::item).toList());
  }

  @Test
  @DisplayName("DOMAIN D9.1: a blank look and a missing look or decision are reported missing")
  void blankAndMissingAreMissing() {
    Completeness report = draft().completeness();

    assertFalse(report.isComplete());
    assertEquals(
        List.of(
            new CompletenessItem(
                "look at the competition", false, "the look at the competition is blank"),
            new CompletenessItem("look at ourselves", false, "the look at ourselves is missing"),
            new CompletenessItem(
                "decision on strategies", false, "the decision on strategies is missing")),
        report.missing());
    assertEquals(
        "the look at the competition is blank; the look at ourselves is missing;"
            + " the decision on strategies is missing",
        report.explanation());
    assertTrue(report.items().get(0).present());
    assertEquals(
        "the look at the macro environment is written down", report.items().get(0).reason());
  }

  @Test
  @DisplayName("DOMAIN D9.1: once every look and decision is written, the strategy is complete")
  void completedStrategyIsComplete() {
    MarketingStrategy done =
        MarketingStrategy.builder()
            .look(Look.MACRO, "grid modernisation funds double over the five-year plan")
            .look(Look.INDUSTRY, "utilities move from hardware tenders to managed services")
            .look(Look.CUSTOMER, "the provincial grid wants outage minutes halved by 2028")
            .look(Look.COMPETITION, "two incumbents sell boxes; nobody sells outcomes")
            .look(Look.OURSELVES, "strong field network, thin energy references")
            .decision(Decision.TARGETS, "CNY 640 million of orders in the energy sector")
            .decision(Decision.STRATEGIES, "lead with outage analytics, follow with the network")
            .decision(Decision.CONTROL_POINTS, "own the grid's field-network reference design")
            .build();

    Completeness report = done.completeness();
    assertTrue(report.isComplete());
    assertEquals(List.of(), report.missing());
    assertEquals("complete", report.explanation());
    assertEquals(8, report.items().size());
  }

  @Test
  @DisplayName("DOMAIN D9.1: the texts are kept as written, and a later text replaces an earlier")
  void textsAreKeptAndReplaced() {
    MarketingStrategy strategy =
        MarketingStrategy.builder()
            .look(Look.OURSELVES, "first try")
            .look(Look.OURSELVES, "strong field network, thin energy references")
            .build();

    assertEquals(
        Optional.of("strong field network, thin energy references"), strategy.look(Look.OURSELVES));
    assertEquals(Optional.empty(), strategy.look(Look.MACRO));
    assertEquals(Optional.empty(), strategy.decision(Decision.TARGETS));
    assertEquals(Optional.of("   "), draft().look(Look.COMPETITION));
  }

  @Test
  @DisplayName("DOMAIN D9.2: the design's six elements are reported in order, blank ones missing")
  void businessDesignCompleteness() {
    BusinessDesign design =
        BusinessDesign.builder()
            .element(
                DesignElement.CUSTOMER_SELECTION, "the 14 provincial grids, not the rural co-ops")
            .element(DesignElement.VALUE_PROPOSITION, "")
            .element(DesignElement.VALUE_CAPTURE, "a yearly fee per monitored substation")
            .element(DesignElement.SCOPE_OF_ACTIVITIES, "we run analytics; partners install")
            .element(DesignElement.RISK_MANAGEMENT, "a pilot province before the national rollout")
            .build();

    Completeness report = design.completeness();

    assertEquals(RuleId.D9_2, report.rule());
    assertEquals(
        List.of(
            "customer selection",
            "value proposition",
            "value capture",
            "scope of activities",
            "strategic control",
            "risk management"),
        report.items().stream().map(CompletenessItem::item).toList());
    assertEquals(
        "the value proposition is blank; the strategic control is missing", report.explanation());
    assertEquals(
        Optional.of("a yearly fee per monitored substation"),
        design.element(DesignElement.VALUE_CAPTURE));
  }

  @Test
  @DisplayName("DOMAIN D9.2: a design with all six elements is complete")
  void completeDesign() {
    BusinessDesign.Builder design = BusinessDesign.builder();
    for (DesignElement element : DesignElement.values()) {
      design.element(element, "decided: " + element.label());
    }
    assertTrue(design.build().completeness().isComplete());
    assertFalse(BusinessDesign.builder().build().completeness().isComplete());
    assertEquals(6, BusinessDesign.builder().build().completeness().missing().size());
  }

  @Test
  @DisplayName("DOMAIN D9.1: a report with no item, or an item without a reason, is refused")
  void invalidReportsAreRefused() {
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class, () -> new Completeness(RuleId.D9_1, List.of()));
    assertTrue(empty.getMessage().contains("DOMAIN D9.1"), empty.getMessage());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CompletenessItem("look at ourselves", false, " "));
    assertTrue(blank.getMessage().contains("look at ourselves"), blank.getMessage());
  }
}
