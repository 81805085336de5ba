package org.leadtocash.planning.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.planning.account.SegmentPenetration;
import org.leadtocash.planning.expansion.Commitment;
import org.leadtocash.planning.expansion.Resources;
import org.leadtocash.planning.relationship.OfferingKind;
import org.leadtocash.planning.relationship.PlanScope;
import org.leadtocash.planning.relationship.RelationshipStrategy;
import org.leadtocash.planning.relationship.ShareTarget;
import org.leadtocash.planning.strategy.CompetitiveIntensity;
import org.leadtocash.planning.strategy.CompletenessItem;
import org.leadtocash.planning.strategy.MarketOpportunity;

/**
 * The plans' names that a refusal quotes — an offering, a segment, a market opportunity, a
 * commitment, a strategy's target, a completeness item, a plan's resources, a region — are free text checked before any other
 * rule (DESIGN §2, issue 12 §5): a control character is refused by the attribute's name, and the
 * text itself, which could forge a log line, never reaches the message. Each value is built with
 * the forged text and a second broken rule whose refusal would quote it.
 */
class QuotedTextsTest {

  /** A name that forges a second log line. */
  private static final String FORGED = "5G core\n[DOMAIN D7.8] access granted";

  static Stream<Arguments> quotingValues() {
    CustomerId north = CustomerId.of("CU-NORTH");
    return Stream.of(
        Arguments.of(
            "offering",
            run(t -> new ShareTarget(t, OfferingKind.PRODUCT, Optional.empty(), BigDecimal.TEN))),
        Arguments.of(
            "segment",
            run(
                t ->
                    new SegmentPenetration(
                        t, Rate.of(1, 10), Rate.of(2, 10), Optional.of(cny(-1))))),
        Arguments.of(
            "name",
            run(
                t ->
                    new MarketOpportunity(
                        t, cny(-1), BigDecimal.ONE, BigDecimal.ONE, CompetitiveIntensity.LOW))),
        Arguments.of(
            "what",
            run(
                t ->
                    new Commitment(
                        t,
                        EmployeeId.of("E-LI"),
                        BigDecimal.ZERO,
                        "visits",
                        LocalDate.of(2027, 1, 4)))),
        Arguments.of(
            "target",
            run(
                t ->
                    new RelationshipStrategy(
                        t,
                        north,
                        Optional.of(PersonId.of("P-CTO")),
                        Optional.empty(),
                        " "))),
        Arguments.of("item", run(t -> new CompletenessItem(t, true, " "))),
        Arguments.of("available", run(t -> new Resources(Period.ZERO, List.of(t)))),
        Arguments.of("name", run(t -> PlanScope.region(t, List.of(north, north)))));
  }

  private static Executable run(Function<String, ?> construction) {
    return () -> construction.apply(FORGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotingValues")
  @DisplayName(
      "DESIGN §2: a quoted name with a control character is refused by its attribute's name,"
          + " never quoted")
  void forgedNameRefusedByAttribute(String attribute, Executable construction) {
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(
        attribute
            + " must not contain control characters or line separators: U+000A at character 8"
            + " (DESIGN §2: free text refuses control characters and overlong values)",
        refusal.getMessage());
  }
}
