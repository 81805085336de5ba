package org.leadtocash.testkit.book;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Periods;
import org.leadtocash.testkit.Settings;

/**
 * The deals of the sales KPIs' properties, for their classes to implement: lists of up to 25
 * opportunities of books of business, and the period they count in.
 */
public interface BookDeals {

  /**
   * Days 10 to 190 after the tests' D0: most outcomes and decisions of a book's first months, and
   * the days of the worked examples' deals.
   */
  ReportingPeriod PERIOD = Periods.days(10, 190);

  /**
   * Delivers the deals at least once, as a host's delivery may: each one to three times, shuffled
   * (DOMAIN D12).
   *
   * @param deals the deals, one state of each opportunity
   * @param seed the seed of the repeats and of the order
   * @return the deals with their repeats, in a shuffled order
   */
  static List<Opportunity> deliveredAtLeastOnce(List<Opportunity> deals, long seed) {
    Random random = new Random(seed);
    List<Opportunity> delivered = new ArrayList<>();
    for (Opportunity deal : deals) {
      for (int times = 1 + random.nextInt(3); times > 0; times--) {
        delivered.add(deal);
      }
    }
    Collections.shuffle(delivered, random);
    return delivered;
  }

  /** {@return the deals: the opportunities of a book of business, one walk per seed} */
  @Provide
  default Arbitrary<List<Opportunity>> deals() {
    return BookOfBusiness.opportunities(Settings.standard(), 25);
  }
}
