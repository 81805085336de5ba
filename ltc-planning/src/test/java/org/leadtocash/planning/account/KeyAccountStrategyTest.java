package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * The account manager of North Mobile writes the key-account strategy in its four steps (DOMAIN
 * D11.2) and reads the completeness report to see which step is still open.
 */
class KeyAccountStrategyTest {

  private static KeyAccountStrategy.Builder draft() {
    return KeyAccountStrategy.builder()
        .customerGroup("enterprise services unit", 1)
        .customerGroup("provincial branches", 2)
        .customerGroup("group headquarters", 1)
        .target("double enterprise-service revenue with North Mobile by 2028")
        .proposition(
            "enterprise services unit",
            "product managers launching private 5G",
            "5 % under the incumbent with a three-year lock",
            "ready port and mine references")
        .proposition(
            "group headquarters",
            "the CTO office",
            "priced per site, not per box",
            "one architecture across all provinces");
  }

  @Test
  @DisplayName("DOMAIN D11.2: groups by priority then name; propositions follow their groups")
  void groupsAreOrderedByPriority() {
    KeyAccountStrategy strategy = draft().build();

    assertEquals(
        List.of(
            new CustomerGroup("enterprise services unit", 1),
            new CustomerGroup("group headquarters", 1),
            new CustomerGroup("provincial branches", 2)),
        strategy.customerGroups());
    assertEquals(
        List.of("enterprise services unit", "group headquarters"),
        strategy.propositions().stream().map(ValueProposition::segment).toList());
    assertEquals(
        "the CTO office", strategy.proposition("group headquarters").orElseThrow().target());
    assertTrue(strategy.proposition("provincial branches").isEmpty());
  }

  @Test
  @DisplayName("DOMAIN D11.2: the report lists the four steps in order; open steps are missing")
  void completenessInStepOrder() {
    Completeness report = draft().build().completeness();

    assertEquals(RuleId.D11_2, report.rule());
    assertEquals(
        List.of(
            "customer groups and their priority",
            "targets",
            "value propositions",
            "the salesperson's role"),
        report.items().stream().map(CompletenessItem::item).toList());
    assertEquals(
        List.of(
            "value propositions: no value proposition for provincial branches",
            "the salesperson's role: the role is not defined"),
        report.missing().stream().map(CompletenessItem::reason).toList());
    assertEquals(
        "customer groups and their priority: 3 by priority: enterprise services unit (1), group"
            + " headquarters (1), provincial branches (2)",
        report.items().get(0).reason());
  }

  @Test
  @DisplayName("DOMAIN D11.2: with a proposition per group and a role, the strategy is complete")
  void complete() {
    KeyAccountStrategy strategy =
        draft()
            .proposition(
                "provincial branches",
                "branch IT heads",
                "bundled managed service",
                "local field engineers in every province")
            .salesRole("the account's business advisor, owning the account plan")
            .build();

    assertTrue(strategy.completeness().isComplete(), strategy.completeness()::explanation);
    assertEquals("complete", strategy.completeness().explanation());
  }

  @Test
  @DisplayName("DOMAIN D11.2: an empty strategy misses all four steps")
  void emptyStrategy() {
    Completeness report = KeyAccountStrategy.builder().salesRole(" ").build().completeness();

    assertFalse(report.isComplete());
    assertEquals(4, report.missing().size());
  }

  @Test
  @DisplayName("DOMAIN D11.2: a proposition for no group, or two for one group, is refused")
  void badPropositionsAreRefused() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().proposition("wholesale", "carriers", "cost plus", "capacity").build());
    assertTrue(
        unknown.getMessage().contains("one of the strategy's customer groups (DOMAIN D11.2)"),
        unknown.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().proposition("group headquarters", "CFO", "capex", "savings").build());
    assertTrue(twice.getMessage().contains("group headquarters has two"), twice.getMessage());
    IllegalArgumentException group =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().customerGroup("provincial branches", 3).build());
    assertTrue(group.getMessage().contains("provincial branches is there twice"));
    assertThrows(IllegalArgumentException.class, () -> new CustomerGroup("retail", 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ValueProposition("retail", "shops", " ", "reach"));
  }
}
