package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.DomainTesters;

class CommonValuesTest {

  @Test
  @DisplayName("ids reject blank, padded and over-long values, naming the id type")
  void idsRejectBadValues() {
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> LeadId.of(" "));
    assertTrue(blank.getMessage().contains("LeadId"), blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CustomerId.of(" CU-1"));
    assertThrows(IllegalArgumentException.class, () -> EmployeeId.of("x".repeat(129)));
    assertEquals("OP-7", OpportunityId.of("OP-7").toString());
  }

  @Test
  @DisplayName("ids of different types never compare equal, even with the same value")
  void idsAreTyped() {
    new EqualsTester()
        .addEqualityGroup(LeadId.of("A"), LeadId.of("A"))
        .addEqualityGroup(OpportunityId.of("A"))
        .addEqualityGroup(ContractId.of("A"))
        .addEqualityGroup(CustomerId.of("A"))
        .addEqualityGroup(EmployeeId.of("A"))
        .addEqualityGroup(CompetitorId.of("A"))
        .addEqualityGroup(PersonId.of("A"))
        .addEqualityGroup(LeadId.of("B"))
        .testEquals();
  }

  @Test
  @DisplayName("figures read the same everywhere: grouped money, percentages with their counts")
  void figures() {
    assertEquals("CNY 9,000,000.00", Figures.money(Money.parse("CNY 9000000")));
    assertEquals("CNY -1,200.50", Figures.money(Money.parse("CNY -1200.5")));
    assertEquals("JPY 1,500", Figures.money(Money.parse("JPY 1500")));
    assertEquals("2,700,000", Figures.number(new BigDecimal("2700000.00")));
    assertEquals("0.5", Figures.number(new BigDecimal("0.500")));
    assertEquals("42.9%", Figures.percent(new BigDecimal("0.428571")));
    assertEquals("42.9% (2,700,000 of 6,300,000)", Figures.percent(Rate.of(2_700_000, 6_300_000)));
    assertEquals("100.0% (1 of 1)", Figures.percent(Rate.of(1, 1)));
  }

  @Test
  @DisplayName("a rate keeps numerator and denominator; an empty population is 'no data' (D12)")
  void rateKeepsItsParts() {
    Rate rate = Rate.of(7, 20);
    assertEquals(Optional.of(new BigDecimal("0.35")), rate.value());
    assertEquals("35.0% (7 of 20)", rate.toString());
    assertEquals("no data (0 of 0)", Rate.NO_DATA.toString());
    assertFalse(Rate.NO_DATA.isDefined());
    assertEquals(Optional.empty(), Rate.NO_DATA.value());
    assertEquals(Rate.of(7, 20), Rate.of(3, 10).plus(Rate.of(4, 10)));
    assertEquals(Rate.of(3, 10), Rate.of(3, 10).plus(Rate.NO_DATA));
    assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, 2));
    new EqualsTester()
        .addEqualityGroup(Rate.of(1, 2), Rate.of(new BigDecimal("1.00"), new BigDecimal("2")))
        .addEqualityGroup(Rate.of(2, 4))
        .addEqualityGroup(Rate.NO_DATA, Rate.of(0, 0))
        .testEquals();
  }

  @Test
  @DisplayName("a probability is 0..100 percent and weighs an amount exactly (D3.5)")
  void probabilityWeighs() {
    assertEquals(cny(350), Probability.ofPercent(35).weigh(cny(1000)));
    assertEquals(new BigDecimal("0.35"), Probability.ofPercent(35).fraction());
    assertThrows(IllegalArgumentException.class, () -> Probability.ofPercent(101));
    assertThrows(IllegalArgumentException.class, () -> Probability.ofPercent(-1));
    assertTrue(Probability.CERTAIN.compareTo(Probability.NONE) > 0);
  }

  @Test
  @DisplayName("money in different currencies is never added silently")
  void currenciesDoNotMix() {
    Money yuan = cny(1);
    Money euro = Money.of(CurrencyUnit.EUR, 1);
    assertThrows(CurrencyMismatchException.class, () -> yuan.plus(euro));
  }

  @Test
  @DisplayName("a guard's refusal names aggregate, state, command and DOMAIN rule")
  void guardNamesEverything() {
    Guard guard = Guard.of("Lead LD-7", "CONVERTED", "suspend");
    RuleViolationException violation =
        assertThrows(
            RuleViolationException.class,
            () -> guard.require(false, RuleId.D2_7, "a converted lead accepts no %s", "commands"));
    assertEquals(
        "Lead LD-7 (CONVERTED) refused 'suspend': a converted lead accepts no commands"
            + " [DOMAIN D2.7]",
        violation.getMessage());
    assertEquals(RuleId.of("D2.7"), violation.rule());
    assertEquals("a converted lead accepts no commands", violation.reason());
    IllegalTransitionException illegal =
        assertThrows(IllegalTransitionException.class, () -> guard.allow(false, RuleId.D2_7, "no"));
    assertEquals("suspend", illegal.command());
    assertEquals("CONVERTED", illegal.state());
    assertEquals("Lead LD-7", illegal.aggregate());
    assertEquals(
        guard, guard.require(true, RuleId.D2_7, "unused").allow(true, RuleId.D2_7, "unused"));
  }

  @Test
  @DisplayName(
      "a guard refuses a business date before its aggregate began, or after the command recording"
          + " it, in every time zone, naming the date and the rule")
  void guardOfBusinessDates() {
    Guard guard = Guard.of("Opportunity OP-1", "VERIFY", "planGate ATI");
    Instant opened = Instant.parse("2026-03-10T09:00:00Z");
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () ->
                guard.requireSince(
                    RuleId.D3_1,
                    "ATI is planned on",
                    LocalDate.of(2026, 3, 8),
                    "the opportunity was opened",
                    opened));
    assertEquals(
        "ATI is planned on 2026-03-08, before the opportunity was opened at 2026-03-10T09:00:00Z:"
            + " its dates only move forward",
        early.reason());
    assertEquals(RuleId.D3_1, early.rule());
    RuleViolationException late =
        assertThrows(
            RuleViolationException.class,
            () ->
                guard.requireHappened(
                    RuleId.D3_1, "ATI is decided on", LocalDate.of(2026, 3, 12), opened));
    assertEquals(
        "ATI is decided on 2026-03-12, after the command recording it at 2026-03-10T09:00:00Z: a"
            + " fact is recorded once it has happened",
        late.reason());
    assertEquals(
        guard,
        guard
            .requireSince(
                RuleId.D3_1, "planned on", LocalDate.of(2026, 3, 9), "it was opened", opened)
            .requireHappened(RuleId.D3_1, "decided on", LocalDate.of(2026, 3, 11), opened),
        "the day before at UTC-18:00 and the day after at UTC+18:00 are the instant's dates");
  }

  @Test
  @DisplayName("an access refusal names what was asked, whose it is, by whom and the rule (D7.8)")
  void accessDenied() {
    AccessDeniedException denied =
        new AccessDeniedException(
            "RelationshipCard P-7",
            "owned by E-ZHANG",
            "read by E-LI",
            RuleId.of("D7.8"),
            "peers do not see each other's cards");
    assertEquals(
        "RelationshipCard P-7 (owned by E-ZHANG) refused 'read by E-LI': peers do not see each"
            + " other's cards [DOMAIN D7.8]",
        denied.getMessage());
    assertTrue(denied instanceof DomainException);
  }

  @Test
  @DisplayName("a rule id is a DOMAIN section of the rules catalogue, and says what the rule is")
  void ruleIdFormat() {
    assertEquals("DOMAIN D5.3", RuleId.of("D5.3").toString());
    assertEquals(RuleId.D5_3, RuleId.of("D5.3"));
    assertEquals("D5.3", RuleId.D5_3.section());
    assertTrue(RuleId.D2_7.statement().contains("clear investment budget"));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("D99.1"));
    assertTrue(unknown.getMessage().contains("D99.1"), unknown::getMessage);
    assertThrows(IllegalArgumentException.class, () -> RuleId.of("5.3"));
    assertThrows(IllegalArgumentException.class, () -> RuleId.of("D5."));
  }

  @Test
  @DisplayName("a transition carries at least one event and chains commands in order")
  void transitionChains() {
    record Tick(LeadId aggregate, long version, java.time.Instant occurredAt)
        implements DomainEvent {
      @Override
      public EventType type() {
        return EventType.of("test.tick", 1);
      }
    }
    Tick first = new Tick(LeadId.of("L-1"), 1, DomainTesters.T0);
    Tick second = new Tick(LeadId.of("L-1"), 2, DomainTesters.T0.plusSeconds(1));
    Transition<Integer, Tick> one = Transition.of(1, first);
    Transition<Integer, Tick> two = one.then(n -> Transition.of(n + 1, second));
    assertEquals(2, two.state());
    assertEquals(List.of(first, second), two.events());
    assertThrows(IllegalArgumentException.class, () -> Transition.of(1, List.<Tick>of()));
    Tick none = null;
    assertEquals(
        "event",
        assertThrows(NullPointerException.class, () -> Transition.of(1, none)).getMessage(),
        "a fuzz finding: the event's null was refused by List.of, naming nothing");
    assertEquals(
        "state",
        assertThrows(NullPointerException.class, () -> Transition.of(null, first)).getMessage());
  }

  @Test
  @DisplayName("DESIGN §2: an unknown rule is refused with its section escaped, never raw")
  void unknownRuleEscaped() {
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleId.of("D99\n[DOMAIN D7.8] access granted"))
            .getMessage();
    assertEquals(
        "the rules catalogue has no rule D99\\n[DOMAIN D7.8] access granted; see docs/rules.md for"
            + " the rules the library enforces",
        message);
  }

  @Test
  @DisplayName("organisation levels are ordered office < region < area < headquarters (D9.5)")
  void organisationLevels() {
    assertTrue(OrganisationLevel.HEADQUARTERS.isAtLeast(OrganisationLevel.REGION));
    assertTrue(OrganisationLevel.REGION.isAtLeast(OrganisationLevel.REGION));
    assertFalse(OrganisationLevel.REPRESENTATIVE_OFFICE.isAtLeast(OrganisationLevel.REGION));
  }

  @Test
  @DisplayName("public common types reject nulls")
  void nullRejection() {
    var tester = DomainTesters.nullPointerTester();
    for (Class<?> type :
        List.of(
            LeadId.class,
            OpportunityId.class,
            ContractId.class,
            CustomerId.class,
            EmployeeId.class,
            CompetitorId.class,
            Rate.class,
            Probability.class,
            Guard.class,
            RuleId.class,
            Transition.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Rate.of(1, 2));
    tester.testAllPublicInstanceMethods(Probability.ofPercent(5));
    tester.testAllPublicInstanceMethods(Guard.of("Lead LD-1", "CREATED", "submit"));
  }
}
