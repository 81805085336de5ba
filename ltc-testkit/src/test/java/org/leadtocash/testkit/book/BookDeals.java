package org.leadtocash.testkit.book;

import java.util.List;
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

  /** {@return the deals: the opportunities of a book of business, one walk per seed} */
  @Provide
  default Arbitrary<List<Opportunity>> deals() {
    return BookOfBusiness.opportunities(Settings.standard(), 25);
  }
}
