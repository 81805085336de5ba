package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.voice.VoiceFixtures.CONTRACT;
import static org.leadtocash.domain.voice.VoiceFixtures.contract;
import static org.leadtocash.domain.voice.VoiceFixtures.date;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.ContractId;
import org.threeten.extra.LocalDateRange;

@DisplayName("D8.4 requests are classified in-contract or out-of-contract")
class RequestClassificationTest {

  private static final ScopeItem CORE =
      ScopeItem.of(ScopeItemId.of("CORE-SW"), "5G core software, 2 sites");
  private static final ScopeItem TRAINING =
      ScopeItem.of(ScopeItemId.of("TRAIN"), "operator training, 20 people");

  /** From the customer's acceptance on day 30 to the warranty's last day, day 730. */
  private static final LocalDateRange WARRANTY = LocalDateRange.ofClosed(date(30), date(730));

  private final ContractScope scope =
      ContractScope.of(contract(CONTRACT, true), List.of(CORE, TRAINING), WARRANTY);

  private static CustomerRequest about(RequestKind kind, ScopeItem item, int day) {
    return CustomerRequest.about(
        CONTRACT, kind, item.id(), "please see to " + item.id(), date(day));
  }

  @Test
  @DisplayName("delivering an item of the contract's scope is in-contract")
  void deliveryInScope() {
    RequestClassification result = scope.classify(about(RequestKind.DELIVERY, TRAINING, 40));
    assertTrue(result.isInContract());
    assertEquals(RequestCategory.IN_CONTRACT, result.category());
    assertEquals(SuggestedHandling.DELIVER_UNDER_CONTRACT, result.handling());
    assertEquals(
        "in the contract → deliver it under the contract: contract CT-1 delivers TRAIN (operator"
            + " training, 20 people)",
        result.toString());
  }

  @Test
  @DisplayName(
      "a warranty repair is in-contract up to the warranty's last day, a paid service after")
  void warrantyRepair() {
    assertFalse(scope.isUnderWarranty(date(29)));
    assertTrue(scope.isUnderWarranty(date(30)));
    assertTrue(scope.isUnderWarranty(date(730)));
    assertFalse(scope.isUnderWarranty(date(731)), "the period ends before its end date");
    assertTrue(scope.classify(about(RequestKind.WARRANTY_REPAIR, CORE, 100)).isInContract());
    assertTrue(
        scope.classify(about(RequestKind.WARRANTY_REPAIR, CORE, 730)).isInContract(),
        "the last day included");
    RequestClassification late = scope.classify(about(RequestKind.WARRANTY_REPAIR, CORE, 731));
    assertEquals(RequestCategory.OUT_OF_CONTRACT, late.category());
    assertEquals(SuggestedHandling.NEW_OPPORTUNITY, late.handling());
    assertTrue(
        late.reason().contains("after the warranty 2026-02-04/2028-01-06 ended"), late.reason());
    assertTrue(late.reason().endsWith("paid service"), late.reason());
  }

  @Test
  @DisplayName(
      "a repair before the warranty period starts is in-contract: the contract still delivers it")
  void repairBeforeTheWarranty() {
    RequestClassification early = scope.classify(about(RequestKind.WARRANTY_REPAIR, CORE, 10));
    assertTrue(early.isInContract());
    assertEquals(SuggestedHandling.DELIVER_UNDER_CONTRACT, early.handling());
    assertTrue(early.reason().contains("before the warranty"), early.reason());
    assertTrue(
        scope
            .classify(about(RequestKind.WARRANTY_REPAIR, CORE, 100))
            .reason()
            .contains("within the warranty 2026-02-04/2028-01-06"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ContractScope.of(
                contract(CONTRACT, true), List.of(CORE), LocalDateRange.of(date(5), date(5))),
        "a warranty lasts at least a day");
  }

  @Test
  @DisplayName("a contract without a warranty repairs nothing under the contract")
  void noWarranty() {
    ContractScope plain = ContractScope.of(contract(CONTRACT, false), List.of(CORE));
    assertEquals(Optional.empty(), plain.warranty());
    assertFalse(plain.isUnderWarranty(date(1)));
    RequestClassification result = plain.classify(about(RequestKind.WARRANTY_REPAIR, CORE, 10));
    assertEquals(SuggestedHandling.NEW_OPPORTUNITY, result.handling());
    assertTrue(result.reason().contains("has no warranty"), result.reason());
    IllegalArgumentException withoutClause =
        assertThrows(
            IllegalArgumentException.class,
            () -> ContractScope.of(contract(CONTRACT, false), List.of(CORE), WARRANTY));
    assertTrue(
        withoutClause.getMessage().contains("no warranty clause"), withoutClause.getMessage());
  }

  @Test
  @DisplayName("changing what the contract delivers is out-of-contract: a contract change first")
  void change() {
    RequestClassification result = scope.classify(about(RequestKind.CHANGE, CORE, 50));
    assertEquals(RequestCategory.OUT_OF_CONTRACT, result.category());
    assertEquals(SuggestedHandling.RAISE_CONTRACT_CHANGE, result.handling());
    assertFalse(result.isInContract());
    assertEquals(
        "changing what contract CT-1 delivers (5G core software, 2 sites) needs an approved"
            + " contract change first",
        result.reason(),
        "the reason names the item the change touches");
    assertEquals(
        SuggestedHandling.RAISE_CONTRACT_CHANGE,
        scope
            .classify(
                CustomerRequest.unscoped(CONTRACT, RequestKind.CHANGE, "a third site", date(50)))
            .handling());
  }

  @Test
  @DisplayName("a new need, or anything the contract does not deliver, is a new opportunity")
  void newBusiness() {
    assertEquals(
        SuggestedHandling.NEW_OPPORTUNITY,
        scope.classify(about(RequestKind.NEW_NEED, CORE, 60)).handling());
    RequestClassification unknown =
        scope.classify(
            CustomerRequest.about(
                CONTRACT, RequestKind.DELIVERY, ScopeItemId.of("IOT"), "IoT platform", date(60)));
    assertEquals(RequestCategory.OUT_OF_CONTRACT, unknown.category());
    assertEquals(SuggestedHandling.NEW_OPPORTUNITY, unknown.handling());
    assertTrue(unknown.reason().contains("scope item IOT is not delivered"), unknown.reason());
    RequestClassification vague =
        scope.classify(
            CustomerRequest.unscoped(CONTRACT, RequestKind.DELIVERY, "more capacity", date(60)));
    assertTrue(vague.reason().contains("names nothing contract CT-1 delivers"), vague.reason());
  }

  @Test
  @DisplayName("a request is classified against its own contract's scope only")
  void ownContract() {
    CustomerRequest elsewhere =
        CustomerRequest.about(
            ContractId.of("CT-9"), RequestKind.DELIVERY, CORE.id(), "deliver", date(5));
    assertThrows(IllegalArgumentException.class, () -> scope.classify(elsewhere));
  }

  @Test
  @DisplayName("a scope delivers something, each item once; classifications are consistent")
  void wellFormed() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ContractScope.of(contract(CONTRACT, false), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ContractScope.of(contract(CONTRACT, false), List.of(CORE, CORE)));
    assertEquals(Optional.of(CORE), scope.item(CORE.id()));
    CustomerRequest request = about(RequestKind.DELIVERY, CORE, 1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RequestClassification(
                request,
                RequestCategory.OUT_OF_CONTRACT,
                SuggestedHandling.DELIVER_UNDER_CONTRACT,
                "inconsistent"));
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RequestClassification(
                    request,
                    RequestCategory.IN_CONTRACT,
                    SuggestedHandling.DELIVER_UNDER_CONTRACT,
                    " "));
    assertEquals("a classification states why (DOMAIN D8.4)", blank.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CustomerRequest.unscoped(CONTRACT, RequestKind.DELIVERY, " ", date(1)));
  }
}
