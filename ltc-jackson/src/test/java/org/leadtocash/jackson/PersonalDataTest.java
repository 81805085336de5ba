package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.customer.PersonalProfile;

/**
 * Personal data (a personal profile, DOMAIN D7.8, and anything that holds one) is written only by a
 * module the host builds to write it; by default writing it is refused, loudly, and never dropped.
 */
@Label("Personal data is written only where the host asks for it")
class PersonalDataTest {

  /** A reader for the tests' own checks, under a rule that lets everyone read. */
  private static final EmployeeId ANYONE = EmployeeId.of("E-TEST");

  private static final LeadToCashModule BY_DEFAULT = LeadToCashModule.create();
  private static final ObjectMapper REFUSING = BY_DEFAULT.strictMapper();
  private static final ObjectMapper WRITING =
      LeadToCashModule.builder().writePersonalData(true).build().strictMapper();

  @Property(tries = 50)
  @Label("by default a personal profile is refused, with the rule and how to opt in")
  void refusedByDefault(@ForAll PersonalProfile profile, @ForAll ExecutiveProfile executive) {
    assertFalse(BY_DEFAULT.writesPersonalData());
    LeadToCashJsonException alone =
        assertThrows(LeadToCashJsonException.class, () -> REFUSING.writeValueAsString(profile));
    assertEquals("PersonalProfile", alone.type(), alone::getMessage);
    assertEquals("$", alone.field(), alone::getMessage);
    assertTrue(alone.problem().contains("DOMAIN D7.8"), alone::getMessage);
    assertTrue(alone.problem().contains("writePersonalData(true)"), alone::getMessage);

    LeadToCashJsonException held =
        assertThrows(LeadToCashJsonException.class, () -> REFUSING.writeValueAsString(executive));
    assertEquals("ExecutiveProfile", held.type(), held::getMessage);
    assertEquals("$.profile", held.field(), held::getMessage);
    assertTrue(held.problem().contains("DOMAIN D7.8"), held::getMessage);
  }

  @Property(tries = 50)
  @Label("a module built to write personal data writes it whole; any module reads it back")
  void writtenWhenAsked(@ForAll PersonalProfile profile, @ForAll ExecutiveProfile executive)
      throws Exception {
    String json = WRITING.writeValueAsString(profile);
    assertEquals(profile, REFUSING.readValue(json, PersonalProfile.class), json);
    assertEquals(profile.position(), WRITING.readTree(json).get("position").textValue(), json);
    String held = WRITING.writeValueAsString(executive);
    ExecutiveProfile read = WRITING.readValue(held, ExecutiveProfile.class);
    assertEquals(executive, read, held);
    PersonalProfile kept = read.profile(ANYONE, (reader, person) -> true);
    assertEquals(executive.profile(ANYONE, (reader, person) -> true), kept, held);
    assertEquals(
        kept.position(), WRITING.readTree(held).get("profile").get("position").textValue());
  }
}
