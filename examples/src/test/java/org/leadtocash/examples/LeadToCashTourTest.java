package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** README command 1 prints the whole story, chapter by chapter. */
class LeadToCashTourTest {

  @Test
  @DisplayName("the tour prints every chapter of the story, with the overdue invoice in its bucket")
  void printsTheWholeStory() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      LeadToCashTour.run(out);
    }
    String tour = buffer.toString(StandardCharsets.UTF_8);
    for (String expected :
        List.of(
            "source CUSTOMER_BUDGET_TABLE, budget CNY 12,000,000.00 → a MATURE lead",
            "Q3 FAIL relationship: a coach inside the customer is ready",
            "KCP PASSED, priority HIGH, recommended: CONVERT",
            "HAND_OVER",
            "refused 'close'",
            "[DOMAIN D2.7]",
            "FR E-ZHOU, pooled (REPRESENTATIVE_OFFICE)",
            "A strategic from 2026-01-08, review due 2027-01-08",
            "2. CU-NORTH-MOBILE CNY 60000000.00 KEY",
            "= CNY 10400000.00",
            "roles mapped 7 of 7",
            "since 2026-05-11",
            "E-SUN (ours) —friend— P-CLASSMATE —school— P-PRESIDENT",
            "the CTO's card read by E-CHEN: allowed",
            "refused 'read': a card is read by its owner",
            "E-SUN is neither",
            "[DOMAIN D7.8]",
            "flowchart BT",
            "IssueEscalated",
            "EVALUATED at REGION, major",
            "ATI APPROVED on 2026-02-16 by E-MA (REGION)",
            "ATB APPROVED_WITH_CONDITIONS",
            "ATC APPROVED on 2026-05-15",
            "WON: ours CNY 9,000,000.00 (75%)",
            "CO-EMERALD-NETWORKS: CNY 3,000,000.00 (25%)",
            "flagged before signature: CL-PENALTY UNCAPPED_PENALTY",
            "CT-2026-007 SIGNED",
            "delivery project DP-2026-007",
            "OVERDUE 36 days, ageing bucket DAYS_31_60",
            "not yet due",
            "outstanding CNY 4,100,000.00, of which overdue CNY 3,600,000.00",
            "opportunity funnel: opened 2 → ATI passed 1 (50%) → ATB passed 1 (100%) → won 1",
            "collection rate 0.4286 against 0.9: gap -0.4714, OFF TRACK",
            "YELLOW  OP-2026-044 5G core, eastern provinces",
            "overdue: CT-2026-007 INV-0915 CNY 3600000.00, 36 days (DAYS_31_60)",
            "bar [2, 1, 1, 1]",
            "REGION-NORTH      66.7% (4 of 6)",
            "sales CNY 13,000,000.00 of CNY 50,000,000.00",
            "CT-2026-007 is CLOSED",
            "replaying its 21 events gives the same contract: true")) {
      assertTrue(tour.contains(expected), () -> "the tour prints '" + expected + "':\n" + tour);
    }
  }
}
