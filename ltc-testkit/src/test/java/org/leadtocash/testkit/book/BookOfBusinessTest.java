package org.leadtocash.testkit.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Iterables;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractChanged;
import org.leadtocash.domain.contract.ContractDrafted;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.opportunity.Opportunities;

@DisplayName("the book of business")
class BookOfBusinessTest {

  @Test
  @DisplayName("the same seed and size give the same book; another seed another")
  void deterministic() {
    BookOfBusiness one = BookOfBusiness.generate(7, 300);
    BookOfBusiness again = BookOfBusiness.generate(7, 300);
    assertEquals(one.opportunities(), again.opportunities());
    assertEquals(one.activities(), again.activities());
    assertEquals(one.contracts(), again.contracts());
    assertEquals(one.contractHistories(), again.contractHistories());
    assertNotEquals(one.opportunities(), BookOfBusiness.generate(8, 300).opportunities());
  }

  @Test
  @DisplayName("it holds every outcome, ten activities per opportunity and executing contracts")
  void realistic() {
    BookOfBusiness book = BookOfBusiness.generate(42, 500);
    assertEquals(500, book.opportunities().size());
    assertEquals(5_000, book.activities().size());
    for (OpportunityStatus status : OpportunityStatus.values()) {
      assertTrue(
          book.opportunities().stream().anyMatch(o -> o.status() == status),
          "no opportunity is " + status);
    }
    assertFalse(book.contracts().isEmpty());
    assertTrue(book.contracts().stream().allMatch(c -> c.status() == ContractStatus.EXECUTING));
    assertEquals(24, book.offices().size());
  }

  @Test
  @DisplayName("the account managers of each office staff its opportunities' activities")
  void staffed() {
    BookOfBusiness book = BookOfBusiness.generate(42, 500);
    assertEquals(24 * 5, book.accountManagers().size());
    assertEquals(book.accountManagers().size(), Set.copyOf(book.accountManagers()).size());
    for (int i = 0; i < book.opportunities().size(); i++) {
      String office = book.officeOf(i).value().substring("OFFICE-".length());
      for (ContactActivity activity : book.activities().subList(i * 10, i * 10 + 10)) {
        assertEquals(book.opportunities().get(i).id(), activity.opportunity());
        EmployeeId staff = Iterables.getOnlyElement(activity.staff());
        assertTrue(book.accountManagers().contains(staff), staff.toString());
        assertTrue(staff.value().startsWith("E-AM-" + office + "-"), staff + " of " + office);
      }
    }
    assertEquals(
        book.accountManagers().size(),
        book.activities().stream().flatMap(a -> a.staff().stream()).distinct().count(),
        "every account manager has an activity");
  }

  @Test
  @DisplayName("every contract's history replays to it; some contracts are raised after signature")
  void histories() {
    BookOfBusiness book = BookOfBusiness.generate(42, 500);
    assertEquals(book.contracts().size(), book.contractHistories().size());
    for (int i = 0; i < book.contracts().size(); i++) {
      List<ContractEvent> history = book.contractHistories().get(i);
      assertInstanceOf(ContractDrafted.class, history.get(0));
      assertEquals(book.contracts().get(i), Contract.replay(history));
    }
    long raised =
        book.contractHistories().stream()
            .filter(h -> h.stream().anyMatch(e -> e instanceof ContractChanged))
            .count();
    assertTrue(raised > 0 && raised < book.contracts().size(), raised + " raised");
    assertTrue(
        book.contracts().stream()
            .filter(c -> !c.changes().isEmpty())
            .allMatch(c -> c.value().isGreaterThan(c.originalValue())));
  }

  @Test
  @DisplayName(
      "the walk's first 300 seeds give every status, gate, verdict, late and timely decisions")
  void theWalkCoversTheCases() {
    Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
    Set<Gate> gates = EnumSet.noneOf(Gate.class);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<Boolean> late = new HashSet<>();
    Set<Boolean> splits = new HashSet<>();
    for (int seed = 0; seed < 300; seed++) {
      Opportunity opportunity =
          Opportunities.walk(Settings.standard(), seed, new SplittableRandom(seed));
      statuses.add(opportunity.status());
      for (GateDecision decision : opportunity.decisions()) {
        gates.add(decision.gate());
        verdicts.add(decision.verdict());
        late.add(decision.isLate());
      }
      opportunity.outcome().ifPresent(outcome -> splits.add(hasSplit(outcome)));
    }
    assertEquals(EnumSet.allOf(OpportunityStatus.class), statuses);
    assertEquals(EnumSet.allOf(Gate.class), gates);
    assertEquals(EnumSet.allOf(Verdict.class), verdicts);
    assertEquals(Set.of(true, false), late);
    assertEquals(Set.of(true, false), splits);
  }

  @Test
  @DisplayName("a book follows its settings: currency, window and organisation")
  void followsItsSettings() {
    Settings small =
        Settings.standard()
            .withCurrencies(org.joda.money.CurrencyUnit.EUR)
            .withOrganisation(1, 1, 3, 2);
    BookOfBusiness book = BookOfBusiness.generate(small, 3, 200, 2);
    assertEquals(3, book.offices().size());
    assertEquals(6, book.accountManagers().size());
    assertTrue(
        book.opportunities().stream()
            .allMatch(o -> o.amount().getCurrencyUnit().equals(org.joda.money.CurrencyUnit.EUR)));
    assertTrue(book.opportunities().stream().allMatch(o -> small.window().contains(o.openedAt())));
  }

  @Test
  @DisplayName("a size that is not positive is refused, naming the argument")
  void refusesEmpty() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> BookOfBusiness.generate(1, 0));
    assertTrue(refused.getMessage().contains("size"), refused.getMessage());
  }

  private static boolean hasSplit(OpportunityOutcome outcome) {
    if (outcome instanceof OpportunityOutcome.Won won) {
      return won.split().isPresent();
    }
    if (outcome instanceof OpportunityOutcome.Lost lost) {
      return lost.split().isPresent();
    }
    return false;
  }
}
