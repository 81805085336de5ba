package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.lead.LeadClosed;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * Bad input is refused, each time with a {@link LeadToCashJsonException} that names the type and
 * the field, and keeps the domain's message and rule when a value breaks one; nothing is dropped or
 * defaulted silently. Each case starts from a golden file and breaks one thing in it.
 */
@DisplayName("Reading is strict: bad input is refused, naming the type and the field")
class StrictReadingTest {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  private static ObjectNode golden(String type) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", type + ".v1.json");
    return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Breaks one thing in a golden document and reads it: the refusal. */
  private static LeadToCashJsonException refused(String type, Consumer<ObjectNode> breakIt)
      throws IOException {
    ObjectNode document = golden(type);
    JSON.readValue(document.toString(), DomainEvent.class); // the golden document itself is fine
    breakIt.accept(document);
    return refused(document.toString(), DomainEvent.class);
  }

  private static LeadToCashJsonException refused(String json, Class<?> into) {
    return assertThrows(LeadToCashJsonException.class, () -> JSON.readValue(json, into));
  }

  private static void assertRefusal(
      LeadToCashJsonException e, String type, String field, String problem) {
    assertEquals(type, e.type(), e::getMessage);
    assertEquals(field, e.field(), e::getMessage);
    assertTrue(e.problem().contains(problem), () -> e.problem() + " mentions " + problem);
    assertTrue(e.getMessage().contains(type), e::getMessage);
    assertTrue(e.getMessage().contains(field), e::getMessage);
  }

  @Test
  @DisplayName("an unknown type name is refused")
  void unknownTypeName() throws IOException {
    LeadToCashJsonException e = refused("lead.closed", d -> d.put("type", "lead.vanished"));
    assertRefusal(e, "lead.vanished", "$.type", "unknown event type 'lead.vanished'");
    assertRefusal(
        refused("lead.closed", d -> d.remove("type")),
        "DomainEvent",
        "$.type",
        "missing required field 'type'");
  }

  @Test
  @DisplayName("a schema version newer than the library's, or below 1, is refused")
  void unknownSchemaVersion() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.put("schemaVersion", 2)),
        "lead.closed v2",
        "$.schemaVersion",
        "unknown schema version 2 of lead.closed: this library reads versions 1 to 1");
    assertRefusal(
        refused("lead.closed", d -> d.put("schemaVersion", 0)),
        "lead.closed v0",
        "$.schemaVersion",
        "unknown schema version 0");
    assertRefusal(
        refused("lead.closed", d -> d.put("schemaVersion", "1")),
        "lead.closed",
        "$.schemaVersion",
        "expected a schema version, a whole number, found the string \"1\"");
  }

  @Test
  @DisplayName("a missing required field is refused, an absent optional value too (it is null)")
  void missingField() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.remove("occurredAt")),
        "lead.closed v1",
        "$.occurredAt",
        "missing required field 'occurredAt' of a LeadClosed");
    assertRefusal(
        refused("opportunity.opened", d -> ((ObjectNode) d.get("profile")).remove("sourceLead")),
        "opportunity.opened v1",
        "$.profile.sourceLead",
        "missing required field 'sourceLead' of an OpportunityProfile");
    assertRefusal(
        refused("opportunity.opened", d -> ((ObjectNode) d.get("profile")).remove("probability")),
        "opportunity.opened v1",
        "$.profile.probability",
        "missing required field 'probability'");
  }

  @Test
  @DisplayName("null for a required field is refused")
  void nullField() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.putNull("reason")),
        "lead.closed v1",
        "$.reason",
        "is null, but a string is required");
    assertRefusal(
        refused("opportunity.opened", d -> ((ObjectNode) d.get("profile")).putNull("amount")),
        "opportunity.opened v1",
        "$.profile.amount",
        "is null, but a Money is required");
  }

  @Test
  @DisplayName("a field of the wrong JSON type is refused")
  void wrongType() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.put("version", "3")),
        "lead.closed v1",
        "$.version",
        "expected a whole number (long), found the string \"3\"");
    assertRefusal(
        refused("lead.closed", d -> d.put("version", 3.5)),
        "lead.closed v1",
        "$.version",
        "expected a whole number (long), found the number 3.5");
    assertRefusal(
        refused(
            "contract.drafted",
            d -> ((ObjectNode) d.withArray("clauses").get(0)).put("paymentTermDays", "180")),
        "contract.drafted v1",
        "$.clauses[0].paymentTermDays",
        "expected a whole number (int)");
    assertRefusal(
        refused("contract.drafted", d -> d.put("clauses", "none")),
        "contract.drafted v1",
        "$.clauses",
        "expected a JSON array of a Clause");
    assertRefusal(
        refused("lead.closed", d -> d.put("occurredAt", "yesterday")),
        "lead.closed v1",
        "$.occurredAt",
        "not an ISO-8601 instant: \"yesterday\"");
    assertRefusal(
        refused(
            "contract.drafted",
            d -> ((ObjectNode) d.withArray("milestones").get(0)).put("trigger", "ON_WHIM")),
        "contract.drafted v1",
        "$.milestones[0].trigger",
        "unknown PaymentTrigger 'ON_WHIM'; one of [ON_SIGNATURE, ON_DELIVERY, ON_ACCEPTANCE]");
  }

  @Test
  @DisplayName("an extra field is refused, never ignored")
  void extraField() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.put("colour", "red")),
        "lead.closed v1",
        "$.colour",
        "unknown field 'colour' of a LeadClosed; its fields are [lead, version, reason,"
            + " occurredAt]");
    assertRefusal(
        refused("opportunity.opened", d -> ((ObjectNode) d.get("profile")).put("stage", "BID")),
        "opportunity.opened v1",
        "$.profile.stage",
        "unknown field 'stage' of an OpportunityProfile");
    assertRefusal(
        refused(
            "opportunity.opened",
            d -> ((ObjectNode) d.get("profile").get("amount")).put("rounded", true)),
        "opportunity.opened v1",
        "$.profile.amount.rounded",
        "unknown field 'rounded' of a Money");
  }

  @Test
  @DisplayName("a malformed amount or currency is refused, and an amount is never rounded")
  void malformedMoney() throws IOException {
    assertRefusal(
        refused("contract.drafted", d -> ((ObjectNode) d.get("value")).put("amount", "10022,00")),
        "contract.drafted v1",
        "$.value.amount",
        "malformed amount '10022,00'");
    assertRefusal(
        refused("contract.drafted", d -> ((ObjectNode) d.get("value")).put("amount", "1E+4")),
        "contract.drafted v1",
        "$.value.amount",
        "malformed amount '1E+4'");
    assertRefusal(
        refused("contract.drafted", d -> ((ObjectNode) d.get("value")).put("amount", 10022.0)),
        "contract.drafted v1",
        "$.value.amount",
        "expected an exact decimal amount as a string");
    assertRefusal(
        refused("contract.drafted", d -> ((ObjectNode) d.get("value")).put("amount", "10022.005")),
        "contract.drafted v1",
        "$.value.amount",
        "amount 10022.005 has more decimal places than CNY allows (2); it is never rounded");
    assertRefusal(
        refused("contract.drafted", d -> ((ObjectNode) d.get("value")).put("currency", "XYZ")),
        "contract.drafted v1",
        "$.value.currency",
        "unknown currency code 'XYZ'");
    assertRefusal(
        refused("Money", "{\"amount\":\"1.00\"}", Money.class),
        "Money",
        "$.currency",
        "missing required field 'currency' of a Money");
  }

  private static LeadToCashJsonException refused(String what, String json, Class<?> into) {
    LeadToCashJsonException e = refused(json, into);
    assertTrue(e.getMessage().contains(what), e::getMessage);
    return e;
  }

  @Test
  @DisplayName("a value that breaks a domain rule is refused with the domain's message and rule")
  void domainRule() throws IOException {
    LeadToCashJsonException milestone =
        refused(
            "contract.drafted",
            d ->
                ((ObjectNode) d.withArray("milestones").get(0).get("amount"))
                    .put("amount", "-5.00"));
    assertRefusal(
        milestone,
        "contract.drafted v1",
        "$.milestones[0]",
        "breaks a rule of PaymentMilestone: payment milestone M-ADVANCE has a positive amount");
    assertTrue(milestone.getMessage().contains("(DOMAIN D5.3)"), milestone::getMessage);
    assertTrue(milestone.getCause() instanceof IllegalArgumentException, milestone::getMessage);

    LeadToCashJsonException clause =
        refused(
            "contract.drafted", d -> ((ObjectNode) d.withArray("clauses").get(1)).put("text", " "));
    assertRefusal(clause, "contract.drafted v1", "$.clauses[1]", "(DOMAIN D5.4)");

    assertRefusal(
        refused("lead.closed", d -> d.put("lead", " ")),
        "lead.closed v1",
        "$.lead",
        "breaks a rule of LeadId: LeadId must not be blank");
    assertRefusal(
        refused("lead.closed", d -> d.put("version", 0)),
        "lead.closed v1",
        "$",
        "an event carries the aggregate version it produced, 1 or more, not 0");
  }

  @Test
  @DisplayName("an event read as another family's is refused")
  void wrongFamily() throws IOException {
    String leadClosed = golden("lead.closed").toString();
    assertRefusal(
        refused(leadClosed, OpportunityEvent.class),
        "lead.closed v1",
        "$.type",
        "a lead.closed event is not an OpportunityEvent");
    ObjectNode other = golden("lead.submitted");
    assertRefusal(
        refused(other.toString(), LeadClosed.class),
        "lead.submitted v1",
        "$.type",
        "a lead.submitted event is not a LeadClosed");
  }

  @Test
  @DisplayName(
      "duplicate keys, trailing tokens, a set's repeated element and a top-level null fail")
  void malformedDocuments() throws IOException {
    String leadClosed = golden("lead.closed").toString();
    String duplicate = leadClosed.replaceFirst("\\{", "{\"reason\":\"twice\",");
    assertThrows(JsonProcessingException.class, () -> JSON.readValue(duplicate, DomainEvent.class));
    assertThrows(
        JsonProcessingException.class, () -> JSON.readValue(leadClosed + " {}", DomainEvent.class));
    ObjectNode estimate = golden("opportunity.estimate-recorded");
    ArrayNode contributors = ((ObjectNode) estimate.get("estimate")).withArray("contributors");
    assertFalse(contributors.isEmpty(), "the golden estimate has contributors");
    contributors.add(contributors.get(0).textValue());
    assertRefusal(
        refused(estimate.toString(), DomainEvent.class),
        "opportunity.estimate-recorded v1",
        "$.estimate.contributors[" + (contributors.size() - 1) + "]",
        "a set holds each element once");
    assertRefusal(
        refused("null", LeadId.class), "LeadId", "$", "is null, but a LeadId is required");
  }

  @Test
  @DisplayName(
      "a class the codec cannot write, such as an aggregate without restore(), is refused, never"
          + " written as {}")
  void aggregateIsNotWrittenSilently() {
    ObjectMapper fixtures =
        LeadToCashModule.builder().snapshots(SnapshotFixtures.CATALOGUE).build().strictMapper();
    SnapshotFixtures.Unrestorable unrestorable = SnapshotFixtures.Unrestorable.of();
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> fixtures.writeValueAsString(unrestorable));
    assertEquals("Unrestorable", e.type(), e::getMessage);
    assertTrue(e.problem().contains("cannot write or read"), e::getMessage);
    assertTrue(e.problem().contains("restore()"), e::getMessage);
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.notSupported()) {
      Object aggregate = LeadToCashArbitraries.of(entry.aggregateClass()).sample();
      LeadToCashJsonException refused =
          assertThrows(LeadToCashJsonException.class, () -> JSON.writeValueAsString(aggregate));
      assertEquals(entry.aggregateClass().getSimpleName(), refused.type(), refused::getMessage);
      assertTrue(refused.problem().contains("cannot write or read"), refused::getMessage);
      assertTrue(refused.problem().contains("restore()"), refused::getMessage);
    }
  }

  private static ObjectNode at(ObjectNode document, String... names) {
    ObjectNode node = document;
    for (String name : names) {
      node = (ObjectNode) node.get(name);
    }
    return node;
  }

  private static ObjectNode firstCard(ObjectNode architecture) {
    return (ObjectNode) at(architecture, "standard").withArray("cards").get(0);
  }

  @Test
  @DisplayName("a null or mistyped field is refused, naming the type it should hold")
  void refusalNamesTheExpectedType() throws IOException {
    assertRefusal(
        refused("lead.closed", d -> d.putNull("lead")),
        "lead.closed v1",
        "$.lead",
        "is null, but a LeadId is required");
    assertRefusal(
        refused("lead.closed", d -> d.putNull("occurredAt")),
        "lead.closed v1",
        "$.occurredAt",
        "is null, but an ISO-8601 instant is required");
    assertRefusal(
        refused("lead.created", d -> at(d, "profile").putNull("source")),
        "lead.created v1",
        "$.profile.source",
        "is null, but a LeadSource is required");
    assertRefusal(
        refused(
            "lead.validated",
            d -> ((ObjectNode) at(d, "report").withArray("results").get(0).get("answer"))
                .putNull("met")),
        "lead.validated v1",
        "$.report.results[0].answer.met",
        "is null, but a boolean is required");
    assertRefusal(
        refused("process-architecture.established", d -> d.putNull("standard")),
        "process-architecture.established v1",
        "$.standard",
        "is null, but a ProcessCatalogue is required");
    assertRefusal(
        refused("process-architecture.established", d -> firstCard(d).putNull("children")),
        "process-architecture.established v1",
        "$.standard.cards[0].children",
        "is null, but a list is required");
    assertRefusal(
        refused("process-architecture.established", d -> firstCard(d).putNull("metrics")),
        "process-architecture.established v1",
        "$.standard.cards[0].metrics",
        "is null, but a set is required");
    assertRefusal(
        refused("opportunity.lost", d -> at(d, "outcome", "split").putNull("competitors")),
        "opportunity.lost v1",
        "$.outcome.split.competitors",
        "is null, but a map is required");
    assertRefusal(
        refused("opportunity.lost", d -> at(d, "outcome", "split").putArray("competitors")),
        "opportunity.lost v1",
        "$.outcome.split.competitors",
        "expected a JSON object from CompetitorId to a Money, found an array");
    assertRefusal(
        refused("opportunity.lost", d -> at(d, "outcome").put("split", "half")),
        "opportunity.lost v1",
        "$.outcome.split",
        "expected an AwardSplit as a JSON object, found the string \"half\"");
    assertRefusal(
        refused(
            "opportunity.triangle-assigned",
            d -> at(d, "triangle", "members", "AR").putNull("source")),
        "opportunity.triangle-assigned v1",
        "$.triangle.members.AR.source",
        "is null, but a MemberSource is required");
  }

  @Test
  @DisplayName(
      "a process catalogue with a field it does not have, or without its cards, is refused")
  void processCatalogueFields() throws IOException {
    assertRefusal(
        refused("process-architecture.established", d -> at(d, "standard").put("note", "x")),
        "process-architecture.established v1",
        "$.standard.note",
        "unknown field 'note' of a ProcessCatalogue; its fields are [cards]");
    assertRefusal(
        refused("process-architecture.established", d -> at(d, "standard").remove("cards")),
        "process-architecture.established v1",
        "$.standard.cards",
        "missing required field 'cards' of a ProcessCatalogue");
  }
}
