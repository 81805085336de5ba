package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.DayOfWeek;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.lead.LeadClosed;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * What the module tells Jackson and its host: its name, whether it writes personal data, which
 * classes it reads (every class of leadtocash, enums too, and no other), and the stored type name a
 * refusal of an event class names.
 */
@DisplayName("The module answers for the classes of leadtocash, and only for them")
class ModuleContractTest {

  private static final LeadToCashModule MODULE = LeadToCashModule.create();
  private static final ObjectMapper JSON = MODULE.strictMapper();

  @Test
  @DisplayName("the module is named leadtocash, and writes personal data only when built to")
  void nameAndPersonalData() {
    assertEquals("leadtocash", MODULE.getModuleName());
    assertFalse(MODULE.writesPersonalData());
    assertTrue(LeadToCashModule.builder().writePersonalData(true).build().writesPersonalData());
  }

  @Test
  @DisplayName("an enum of leadtocash is read by the module, strictly; another enum is not")
  void enums() throws Exception {
    LeadSource first = LeadSource.values()[0];
    assertEquals(first, JSON.readValue("\"" + first.name() + "\"", LeadSource.class));
    LeadToCashJsonException e =
        assertThrows(
            LeadToCashJsonException.class, () -> JSON.readValue("\"NOWHERE\"", LeadSource.class));
    assertEquals("$", e.field(), e::getMessage);
    assertTrue(e.problem().startsWith("unknown LeadSource 'NOWHERE'; one of ["), e::getMessage);
    assertEquals(DayOfWeek.MONDAY, JSON.readValue("\"MONDAY\"", DayOfWeek.class));
    assertInstanceOf(
        InvalidFormatException.class,
        assertThrows(Exception.class, () -> JSON.readValue("\"FUNDAY\"", DayOfWeek.class)));
  }

  @Test
  @DisplayName("null read as an event class is refused, naming its stored type; as an id, the id")
  void nullNamesTheType() {
    LeadToCashJsonException event =
        assertThrows(LeadToCashJsonException.class, () -> JSON.readValue("null", LeadClosed.class));
    assertEquals("lead.closed v1", event.type(), event::getMessage);
    assertEquals("is null, but a LeadClosed is required", event.problem(), event::getMessage);
    LeadToCashJsonException id =
        assertThrows(LeadToCashJsonException.class, () -> JSON.readValue("null", LeadId.class));
    assertEquals("LeadId", id.type(), id::getMessage);
  }

  @Test
  @DisplayName(
      "a personal profile handed out only under D7.8 is written through that rule, by a module"
          + " built to write personal data, and refused by any other")
  void guardedPersonalData() throws Exception {
    ExecutiveProfile executive = LeadToCashArbitraries.of(ExecutiveProfile.class).sample();
    LeadToCashJsonException refused =
        assertThrows(LeadToCashJsonException.class, () -> JSON.writeValueAsString(executive));
    assertEquals("ExecutiveProfile", refused.type(), refused::getMessage);
    assertEquals("$.profile", refused.field(), refused::getMessage);
    assertTrue(refused.problem().contains("DOMAIN D7.8"), refused::getMessage);

    ObjectMapper writing =
        LeadToCashModule.builder().writePersonalData(true).build().strictMapper();
    String json = writing.writeValueAsString(executive);
    JsonNode tree = writing.readTree(json);
    PersonalProfile profile =
        executive.profile(EmployeeId.of("E-TEST"), (reader, person) -> true);
    assertEquals(writing.readTree(writing.writeValueAsString(profile)), tree.get("profile"), json);
    assertEquals(executive, JSON.readValue(json, ExecutiveProfile.class), json);
  }
}
