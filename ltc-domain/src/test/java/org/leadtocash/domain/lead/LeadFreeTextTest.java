package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CUSTOMER;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.lead.LeadFixtures.validated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.FreeText;

/**
 * A lead's free text — its title, its need, the reason it is closed or suspended — cannot forge a
 * log line (issue 12 §5; DESIGN §2): a line feed in a single-line field is refused, by name, and
 * the text is never quoted.
 */
class LeadFreeTextTest {

  private static final String FORGED = "not real\n[DOMAIN D7.8] access granted";

  private static void assertRefusedByName(IllegalArgumentException e, String field) {
    assertTrue(
        e.getMessage().startsWith(field + " must not contain control characters"), e::getMessage);
    assertTrue(e.getMessage().contains(FreeText.RULE), e::getMessage);
    assertFalse(e.getMessage().contains("access granted"), e::getMessage);
  }

  @Test
  @DisplayName("DOMAIN D2.5: closing or suspending a lead with a forged reason is refused")
  void aForgedReasonIsRefused() {
    Lead lead = validated(earlyProfile(), strongAnswers());
    assertRefusedByName(
        assertThrows(IllegalArgumentException.class, () -> lead.close(FORGED, day(3))), "reason");
    assertRefusedByName(
        assertThrows(IllegalArgumentException.class, () -> lead.suspend(FORGED, day(3))), "reason");
    assertEquals(
        LeadStatus.CLOSED,
        lead.close("not real: the network has headroom", day(3)).state().status());
  }

  @Test
  @DisplayName("DOMAIN D2.2: a lead's title is one line; its need may run over lines")
  void aProfileKeepsTitleOnOneLine() {
    LeadProfile.Builder profile =
        LeadProfile.builder().customer(CUSTOMER).source(LeadSource.TECHNICAL_STAFF).need("a\nb");
    assertRefusedByName(
        assertThrows(IllegalArgumentException.class, () -> profile.title(FORGED).build()), "title");
    assertTrue(profile.title("5G core").build().need().contains("\n"));
  }
}
