package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * A stored snapshot is input, read as strictly as an event: a missing, extra, null or mistyped
 * attribute, a malformed amount, a state that breaks an invariant of the aggregate, an unknown
 * snapshot type or schema version — each is refused with a {@link LeadToCashJsonException} naming
 * the snapshot type and the field (DESIGN §2). The module refuses, when it first meets it, an
 * aggregate whose {@code restore()} builder and attributes differ, so that no attribute is ever
 * lost; personal data inside a snapshot obeys the host's opt-in (DOMAIN D7.8); snapshots upcast as
 * events do.
 */
@DisplayName("Reading a snapshot is strict: bad input is refused, naming the type and the field")
class SnapshotStrictReadingTest {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  private static final ObjectMapper FIXTURES =
      LeadToCashModule.builder().snapshots(SnapshotFixtures.CATALOGUE).build().strictMapper();

  private static final ObjectMapper FIXTURES_WRITING_PERSONAL_DATA =
      LeadToCashModule.builder()
          .snapshots(SnapshotFixtures.CATALOGUE)
          .writePersonalData(true)
          .build()
          .strictMapper();

  private static final String CONTRACT = "snapshot contract v1";

  /** A generated contract with at least one invoice, as a snapshot document. */
  private static ObjectNode invoicedContract() throws IOException {
    Contract contract =
        LeadToCashArbitraries.of(Contract.class).filter(c -> !c.invoices().isEmpty()).sample();
    ObjectNode document = (ObjectNode) JSON.readTree(JSON.writeValueAsString(contract));
    assertEquals(contract, JSON.readValue(document.toString(), Contract.class));
    return document;
  }

  /** Breaks one thing in a contract snapshot and reads it: the refusal. */
  private static LeadToCashJsonException refused(Consumer<ObjectNode> breakIt) throws IOException {
    ObjectNode document = invoicedContract();
    breakIt.accept(document);
    return assertThrows(
        LeadToCashJsonException.class, () -> JSON.readValue(document.toString(), Contract.class));
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
  @DisplayName("a missing, null, extra or mistyped attribute is refused by name")
  void attributes() throws IOException {
    assertRefusal(
        refused(d -> d.remove("status")),
        CONTRACT,
        "$.status",
        "missing required field 'status' of a Contract");
    assertRefusal(refused(d -> d.putNull("customer")), CONTRACT, "$.customer", "is null");
    assertRefusal(refused(d -> d.put("rating", 5)), CONTRACT, "$.rating", "unknown field 'rating'");
    assertRefusal(
        refused(d -> d.put("version", "seven")),
        CONTRACT,
        "$.version",
        "expected a whole number (long)");
    assertRefusal(
        refused(d -> ((ObjectNode) d.get("invoices").get(0)).remove("amount")),
        CONTRACT,
        "$.invoices[0].amount",
        "missing required field 'amount'");
  }

  @Test
  @DisplayName("a malformed amount or currency is refused by name")
  void money() throws IOException {
    assertRefusal(
        refused(d -> ((ObjectNode) d.get("value")).put("amount", "12,50")),
        CONTRACT,
        "$.value.amount",
        "malformed amount '12,50'");
    assertRefusal(
        refused(d -> ((ObjectNode) d.get("value")).put("currency", "XYZ")),
        CONTRACT,
        "$.value.currency",
        "unknown currency code 'XYZ'");
  }

  @Test
  @DisplayName(
      "D5.3 a tampered snapshot, a contract invoiced more than its value, is refused by its"
          + " restore(), naming the attribute and the rule")
  void brokenInvariant() throws IOException {
    LeadToCashJsonException e =
        refused(
            d -> {
              BigDecimal value = new BigDecimal(d.get("value").get("amount").textValue());
              ((ObjectNode) d.get("invoices").get(0).get("amount"))
                  .put("amount", value.add(BigDecimal.ONE).toPlainString());
            });
    assertRefusal(e, CONTRACT, "$.invoices", "breaks a rule of Contract");
    assertTrue(e.problem().contains("a milestone is invoiced at most its amount"), e::getMessage);
    assertTrue(e.problem().contains("(DOMAIN D5.3)"), e::getMessage);
    assertInstanceOf(IllegalArgumentException.class, e.getCause(), e::getMessage);
  }

  @Test
  @DisplayName("an unknown snapshot type or schema version, or none, is refused")
  void unknownTypeOrVersion() throws IOException {
    assertRefusal(
        refused(d -> d.put("type", "contrakt")),
        "snapshot contrakt",
        "$.type",
        "unknown snapshot type 'contrakt'");
    assertRefusal(
        refused(d -> d.put("type", "contract.drafted")),
        "snapshot contract.drafted",
        "$.type",
        "unknown snapshot type 'contract.drafted'");
    assertRefusal(refused(d -> d.remove("type")), "Contract", "$.type", "missing required field");
    assertRefusal(
        refused(d -> d.put("schemaVersion", 2)),
        "snapshot contract v2",
        "$.schemaVersion",
        "unknown schema version 2 of snapshot contract");
    assertRefusal(
        refused(d -> d.put("schemaVersion", 0)),
        "snapshot contract v0",
        "$.schemaVersion",
        "unknown schema version 0");
    assertRefusal(
        refused(d -> d.put("schemaVersion", "1")),
        "snapshot contract",
        "$.schemaVersion",
        "expected a schema version");
    ObjectNode contract = invoicedContract();
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class,
            () -> JSON.readValue(contract.toString(), SnapshotFixtures.Ranked.class)),
        "Ranked",
        "$",
        "not in the module's snapshot catalogue");
  }

  @Test
  @DisplayName("a snapshot of an aggregate without restore() is refused, never guessed")
  void notRestorable() {
    String stored = "{\"type\":\"unrestorable\",\"schemaVersion\":1,\"id\":\"L-2\"}";
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class, () -> FIXTURES.readValue(stored, Aggregate.class)),
        "snapshot unrestorable v1",
        "$.type",
        "without a public static restore()");
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.notSupported()) {
      String document = "{\"type\":\"" + entry.type() + "\",\"schemaVersion\":1}";
      assertRefusal(
          assertThrows(
              LeadToCashJsonException.class, () -> JSON.readValue(document, Aggregate.class)),
          "snapshot " + entry.type() + " v1",
          "$.type",
          "without a public static restore()");
    }
  }

  @Test
  @DisplayName(
      "an attribute with a default is written and read back; a computed method is not written")
  void defaultedAttributeIsKept() throws IOException {
    SnapshotFixtures.Ranked ranked = SnapshotFixtures.ranked(1, Optional.empty());
    String json = FIXTURES.writeValueAsString(ranked);
    JsonNode tree = FIXTURES.readTree(json);
    assertEquals(1, tree.get("rank").intValue(), json);
    assertFalse(tree.has("isTop"), json);
    assertFalse(tree.has("top"), json);
    assertEquals(
        List.of("type", "schemaVersion", "contact", "id", "lastEventAt", "rank", "version"),
        fieldNames(tree));
    assertEquals(ranked, FIXTURES.readValue(json, SnapshotFixtures.Ranked.class));
    assertEquals(ranked, FIXTURES.readValue(json, Aggregate.class));

    ObjectNode unranked = (ObjectNode) FIXTURES.readTree(json);
    unranked.remove("rank");
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class,
            () -> FIXTURES.readValue(unranked.toString(), Aggregate.class)),
        "snapshot ranked v1",
        "$.rank",
        "missing required field 'rank'");
    ObjectNode zero = (ObjectNode) FIXTURES.readTree(json);
    zero.put("rank", 0);
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class,
            () -> FIXTURES.readValue(zero.toString(), Aggregate.class)),
        "snapshot ranked v1",
        "$.rank",
        "rank is 1 or more, not 0");
  }

  private static List<String> fieldNames(JsonNode tree) {
    List<String> names = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  @DisplayName(
      "an aggregate whose restore() builder does not set every attribute, or sets one it has no"
          + " accessor of, is refused when first met")
  void builderAndAttributesDiffer() {
    String lost = "{\"type\":\"lost\",\"schemaVersion\":1}";
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class, () -> FIXTURES.readValue(lost, Aggregate.class)),
        "snapshot lost v1",
        "$.type",
        "its restore() builder sets no worth");
    LeadToCashJsonException unread =
        assertThrows(
            LeadToCashJsonException.class,
            () -> FIXTURES.readValue("{}", SnapshotFixtures.Unread.class));
    assertEquals("Unread", unread.type(), unread::getMessage);
    assertTrue(unread.problem().contains("sets [hidden], which no accessor"), unread::getMessage);
  }

  @Test
  @DisplayName("D7.8 personal data inside a snapshot is written only where the host asks for it")
  void personalData() throws IOException {
    PersonalProfile profile = LeadToCashArbitraries.of(PersonalProfile.class).sample();
    SnapshotFixtures.Ranked ranked = SnapshotFixtures.ranked(2, Optional.of(profile));
    LeadToCashJsonException e =
        assertThrows(LeadToCashJsonException.class, () -> FIXTURES.writeValueAsString(ranked));
    assertRefusal(e, "snapshot ranked v1", "$.contact", "personal data (DOMAIN D7.8)");
    assertTrue(e.problem().contains("writePersonalData(true)"), e::getMessage);
    String json = FIXTURES_WRITING_PERSONAL_DATA.writeValueAsString(ranked);
    assertEquals(ranked, FIXTURES.readValue(json, Aggregate.class), json);
    SnapshotFixtures.Ranked without = SnapshotFixtures.ranked(2, Optional.empty());
    assertEquals(
        FIXTURES_WRITING_PERSONAL_DATA.writeValueAsString(without),
        FIXTURES.writeValueAsString(without));
  }

  @Test
  @DisplayName(
      "D7.8 a supported domain snapshot is refused without the opt-in only for personal data")
  void personalDataOfDomainSnapshots() throws IOException {
    ObjectMapper writing =
        LeadToCashModule.builder().writePersonalData(true).build().strictMapper();
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.supported()) {
      for (Object aggregate :
          LeadToCashArbitraries.of(entry.aggregateClass()).sampleStream().limit(20).toList()) {
        String written = writing.writeValueAsString(aggregate);
        try {
          assertEquals(written, JSON.writeValueAsString(aggregate));
        } catch (LeadToCashJsonException e) {
          assertEquals("snapshot " + entry.type() + " v1", e.type(), e::getMessage);
          assertTrue(e.problem().contains("personal data (DOMAIN D7.8)"), e::getMessage);
        }
      }
    }
  }

  @Test
  @DisplayName("a snapshot stored at an older schema version is read through the host's upcaster")
  void upcast() throws IOException {
    SnapshotCatalogue atV2 =
        SnapshotCatalogue.of(
            List.of(new SnapshotCatalogue.Entry("ranked", 2, SnapshotFixtures.Ranked.class)));
    Upcaster renameGrade =
        Upcaster.of(
            "ranked",
            1,
            d -> {
              d.set("rank", d.remove("grade"));
              return d;
            });
    ObjectMapper upcasting =
        LeadToCashModule.builder().snapshots(atV2).upcaster(renameGrade).build().strictMapper();
    ObjectMapper notUpcasting = LeadToCashModule.builder().snapshots(atV2).build().strictMapper();
    SnapshotFixtures.Ranked ranked = SnapshotFixtures.ranked(5, Optional.empty());
    ObjectNode v1 = (ObjectNode) upcasting.readTree(upcasting.writeValueAsString(ranked));
    assertEquals(2, v1.get("schemaVersion").intValue());
    v1.put("schemaVersion", 1);
    v1.set("grade", v1.remove("rank"));
    assertEquals(ranked, upcasting.readValue(v1.toString(), Aggregate.class));
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class,
            () -> notUpcasting.readValue(v1.toString(), Aggregate.class)),
        "snapshot ranked v1",
        "$.schemaVersion",
        "no upcaster reads ranked v1 into v2");
    assertThrows(IllegalArgumentException.class, () -> Upcaster.of("Ranked", 1, d -> d));
    assertThrows(IllegalArgumentException.class, () -> Upcaster.of("ranked", 0, d -> d));
    assertEquals("ranked", renameGrade.type());
  }

  @Test
  @DisplayName(
      "an unknown snapshot type is refused naming the catalogue's types; a snapshot read as"
          + " another aggregate, or not an object, naming the type expected")
  void refusalNamesTheCatalogueAndTheExpectedType() throws IOException {
    assertTrue(
        refused(d -> d.put("type", "contrakt"))
            .problem()
            .contains(
                "it is not in the snapshot catalogue [lead v1, opportunity v1, contract v1,"),
        SnapshotCatalogue.all()::toString);
    ObjectNode contract = invoicedContract();
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class, () -> JSON.readValue(contract.toString(), Lead.class)),
        CONTRACT,
        "$.type",
        "a contract snapshot is not a Lead snapshot");
    assertRefusal(
        assertThrows(LeadToCashJsonException.class, () -> JSON.readValue("[]", Aggregate.class)),
        "Aggregate",
        "$",
        "expected an aggregate snapshot as a JSON object, found an array");
  }

  @Test
  @DisplayName("an int attribute beyond the range of an int is refused, never cut down")
  void intOutOfRange() throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", "snapshot.relationship-plan.v1.json");
    ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    JSON.readValue(plan.toString(), RelationshipPlan.class); // the golden snapshot itself is fine
    plan.put("revisions", 1L + Integer.MAX_VALUE);
    assertRefusal(
        assertThrows(
            LeadToCashJsonException.class,
            () -> JSON.readValue(plan.toString(), RelationshipPlan.class)),
        "snapshot relationship-plan v1",
        "$.revisions",
        "expected a whole number (int), found the number 2147483648");
  }

  @Test
  @DisplayName("an entry is restorable exactly when its aggregate has a public static restore()")
  void restorable() {
    assertFalse(
        SnapshotFixtures.CATALOGUE
            .entry(SnapshotFixtures.Unrestorable.class)
            .orElseThrow()
            .restorable());
    assertTrue(
        SnapshotFixtures.CATALOGUE.entry(SnapshotFixtures.Ranked.class).orElseThrow().restorable());
    assertTrue(SnapshotCatalogue.all().entry(Contract.class).orElseThrow().restorable());
  }
}
