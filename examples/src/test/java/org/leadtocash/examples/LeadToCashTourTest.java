package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.voice.IssueEvent;

/** README command 1 prints the whole story, chapter by chapter, in words a newcomer reads. */
class LeadToCashTourTest {

  /** An enum constant's name: {@code CUSTOMER_BUDGET_TABLE}, {@code DAYS_31_60}. */
  private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

  /**
   * An all-caps word on its own, not part of an id such as {@code OP-2026-031} or {@code
   * CU-NORTH-MOBILE}: {@code MATURE}, {@code OFF TRACK}, {@code APPROVED}.
   */
  private static final Pattern CAPITALS = Pattern.compile("(?<![\\w-])[A-Z]{2,}(?![\\w-])");

  /**
   * The capitals the tour may print: the acronyms its chapters expand and the README's glossary
   * explains, KPI (expanded in the dashboard's chapter), the customer's executives, the currency,
   * the {@code [DOMAIN D2.7]} of a rule, the README and Mermaid's {@code flowchart BT} (bottom to
   * top).
   */
  private static final Set<String> EXPLAINED =
      Set.of(
          "ATI", "ATB", "ATC", "KCP", "KDP", "KDM", "AR", "SR", "FR", "LTC", "KPI", "CEO", "CTO",
          "COO", "CNY", "DOMAIN", "README", "BT");

  /** An amount of money without its digits grouped: {@code CNY 3600000.00}. */
  private static final Pattern UNGROUPED_MONEY = Pattern.compile("CNY -?\\d{4,}");

  private static String tour() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      LeadToCashTour.run(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the tour prints every chapter of the story, with the overdue invoice in its bucket")
  void printsTheWholeStory() {
    String tour = tour();
    for (String expected :
        List.of(
            "source: the customer's investment budget table; budget CNY 12,000,000.00 → a mature"
                + " lead",
            "A KCP, key control point, is a pass/fail business check",
            "Q3 failed: relationship: a coach inside the customer is ready",
            "the KCP passed (Q1 decides); priority high; the review recommends: convert",
            "the KDM, key decision maker",
            "8. hand the lead over:",
            "closing the lead now is refused",
            "a converted or closed lead accepts no further commands [DOMAIN D2.7]",
            "grade A (strategic) from 2026-01-08, review due 2027-01-08",
            "2. CU-NORTH-MOBILE CNY 60,000,000.00, key tier",
            "= CNY 10,400,000.00",
            "the account responsible (AR) owns the relationship",
            "The system department — the team that serves one large customer",
            "AR E-ZHANG — dedicated: the medium system department of CU-NORTH-MOBILE",
            "FR E-ZHOU — pooled from 'Beijing office resource centre' (representative office)",
            "ATI, approve to initiate the sales project; ATB, approve to bid; ATC, approve to"
                + " contract",
            "each a KDP, key decision point",
            "a hilltop project — strategically decisive",
            "met: the project triangle has an AR, an SR and an FR",
            "ATI approved on 2026-02-16 by E-MA at the region",
            "ATB approved with conditions",
            "now in phase: develop and submit the solution",
            "roles mapped: 7 of 7",
            "since 2026-05-11",
            "E-SUN (ours) —friend— P-CLASSMATE —school— P-PRESIDENT",
            "E-CHEN: may read it",
            "E-SUN: refused — E-SUN may not read a card of P-CTO: a card is read and written only"
                + " by the holder of its relationship and the managers above them [DOMAIN D7.8]",
            "flowchart BT",
            "the opportunity is won: ours CNY 9,000,000.00 (75.0% of the award)",
            "CO-EMERALD-NETWORKS, the competitor: CNY 3,000,000.00 (25.0%)",
            "ATC approved on 2026-05-15",
            "flagged: CL-PENALTY: the penalty has no cap on its total (open)",
            "contract CT-2026-007 signed",
            "delivery project DP-2026-007",
            "escalated from the representative office to the region",
            "evaluated by the customer: satisfied",
            "(evaluated by the customer, handled at the region, major)",
            "36 days overdue (ageing bucket: 31–60 days overdue)",
            "not yet due",
            "outstanding CNY 4,100,000.00, of which overdue CNY 3,600,000.00",
            "the \"four things watched\"",
            "KPI (key performance indicator) progress",
            "opportunity funnel: opened 2 → ATI passed 1 (50.0%) → ATB passed 1 (100.0%) → won 1",
            "collection rate 42.9% against a target of 90.0%: 47.1 points short, off track",
            "yellow: OP-2026-044 5G core, eastern provinces, CNY 20,000,000.00",
            "overdue: CT-2026-007 invoice INV-0915, CNY 3,600,000.00 outstanding, 31–60 days"
                + " overdue (36 days)",
            "bar [2, 1, 1, 1]",
            "REGION-NORTH      66.7% (4 of 6)",
            "AREA-CHINA (area)",
            "sales CNY 13,000,000.00 of CNY 50,000,000.00",
            "contract CT-2026-007 is closed",
            "replaying its 21 events gives the same contract: yes",
            "stored: lead LD-2026-014 at version 13, opportunity OP-2026-031 at version",
            "type contract.invoice-confirmed, schema version 1, payload {\"type\":"
                + "\"contract.invoice-confirmed\",\"schemaVersion\":1",
            "the same lead: yes, the same opportunity: yes, the same contract: yes",
            "the contract's story appended a second time is refused: stream"
                + " ContractId:CT-2026-007 is at version 21, not at the expected version 0",
            "and the 11 rows after it give the same contract: yes",
            "OP-2026-031 CNY 9,000,000.00 at 100%: part CNY 9,000,000.00",
            "customer CU-METRO-RAIL: target CNY 8,000,000.00, covered CNY 0.00 (0.0%), uncovered"
                + " CNY 8,000,000.00",
            "representative office OFFICE-BEIJING: target CNY 40,000,000.00, covered CNY"
                + " 14,300,000.00 (35.8%), uncovered CNY 25,700,000.00",
            "area AREA-CHINA: target CNY 120,000,000.00, covered CNY 46,300,000.00 (38.6%),"
                + " uncovered CNY 75,700,000.00, surplus CNY 2,000,000.00",
            "it is at step 3, set the relationship targets",
            "30.0% of product 5G-Advanced radio with CU-NORTH-MOBILE; suppression ratio 1.5"
                + " against CO-EMERALD-NETWORKS",
            "a suppression ratio is our share over the competitor's, so 1.5 is 60.0% of the two"
                + " together",
            "4 key persons at supportive and exclusive: the suppression ratio asks for 60.0% of"
                + " the two shares",
            "4 key persons at supportive and exclusive: 1 today, 3 short; to raise:",
            "1 customer at partner or above: 0 today, 1 short; to raise: CU-NORTH-MOBILE (key"
                + " supplier)",
            "1. E-CHEN, 85 of 100: rank parity: 50 of 100 × 30 %",
            "2. E-MA, 72.5 of 100",
            "senior sponsor E-CHEN",
            "next on 2027-03-01: due on 2027-02-28? not yet; on 2027-03-01? yes",
            "E-SUN: refused — E-SUN may not read the expansion card of CU-NORTH-MOBILE: a card is"
                + " read only by its owner and the managers above them [DOMAIN D7.8]",
            "1. act now: backbone capacity for the provincial subsidiaries",
            "2. plan the attack: 5G-Advanced radio for the new product",
            "3. opportunistic: premium support instead of basic maintenance",
            "4. shelve: North Mobile's new cloud subsidiary",
            "= a gap of CNY 10,000,000.00; the growth options' expected prize CNY 9,700,000.00"
                + " (total CNY 22,000,000.00 if all succeed) leaves CNY 300,000.00 of the gap"
                + " uncovered",
            "expected return CNY 13,336,000.00 from 700.0 h; one more hour for the team is worth"
                + " CNY 10,000.00",
            "CU-EAST-TELECOM gets 84.0 h, between its floor of 48.0 h and its 300.0 h useful"
                + " hours: it is the marginal account",
            "CU-WEST-POWER gets its floor of 16.0 h only",
            "E-WANG works 300.0 h of 300.0 h; one more hour is worth CNY 10,000.00")) {
      assertTrue(tour.contains(expected), () -> "the tour prints '" + expected + "':\n" + tour);
    }
  }

  @Test
  @DisplayName("the tour's first line says what is coming, and every chapter it announces follows")
  void announcesItsChapters() {
    String tour = tour();
    assertTrue(
        tour.startsWith(
            "The lead-to-cash tour: one sale, from a line in the customer's budget table to the"
                + " cash in the bank, in "
                + LeadToCashTour.CHAPTERS
                + " chapters."),
        tour);
    List<String> chapters = new ArrayList<>();
    Matcher heading = Pattern.compile("(?m)^(\\d+)\\. ").matcher(tour);
    while (heading.find()) {
      chapters.add(heading.group(1));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= LeadToCashTour.CHAPTERS; i++) {
      expected.add(Integer.toString(i));
    }
    assertEquals(expected, chapters, tour);
    assertTrue(tour.strip().endsWith("the first step in your own code."), tour);
  }

  @Test
  @DisplayName("the tour writes words, not enum constants, event classes or capitals")
  void speaksInWords() {
    String tour = tour();
    Matcher constant = ENUM_CONSTANT.matcher(tour);
    assertFalse(constant.find(), () -> "an enum constant: " + constant.group() + "\n" + tour);
    Matcher capitals = CAPITALS.matcher(tour);
    while (capitals.find()) {
      String word = capitals.group();
      assertTrue(EXPLAINED.contains(word), () -> "a word in capitals: " + word + "\n" + tour);
    }
    for (Class<?> event : IssueEvent.class.getPermittedSubclasses()) {
      assertFalse(tour.contains(event.getSimpleName()), event::getSimpleName);
    }
  }

  @Test
  @DisplayName("the tour writes every amount of money with its digits grouped")
  void groupsMoney() {
    String tour = tour();
    Matcher ungrouped = UNGROUPED_MONEY.matcher(tour);
    assertFalse(ungrouped.find(), () -> "ungrouped: " + ungrouped.group() + "\n" + tour);
    assertTrue(tour.contains("CNY 268,000,000.00"), tour);
  }
}
