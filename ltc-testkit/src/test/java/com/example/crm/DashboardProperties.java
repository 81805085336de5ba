package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.sales.WinRate;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;

/** Our CRM's dashboard counts the win rate as the library does, for any book and any deal. */
class DashboardProperties {

  /** Our dashboard's own win rate: deals won over deals won or lost in the period. */
  static Optional<BigDecimal> ourWinRate(List<Opportunity> deals, ReportingPeriod period) {
    long won = 0;
    long decided = 0;
    for (Opportunity deal : deals) {
      boolean inPeriod = deal.outcome().map(o -> period.contains(o.at())).orElse(false);
      OpportunityStatus status = deal.status();
      if (inPeriod && (status == OpportunityStatus.WON || status == OpportunityStatus.LOST)) {
        decided++;
        won += status == OpportunityStatus.WON ? 1 : 0;
      }
    }
    return decided == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(won).divide(BigDecimal.valueOf(decided), MathContext.DECIMAL64));
  }

  @Provide
  Arbitrary<BookOfBusiness> books() {
    return BookOfBusiness.books(Settings.standard(), 200); // up to 200 deals, by seed
  }

  @Property(tries = 50)
  void ourWinRateIsTheLibrarysForAnyBook(@ForAll("books") BookOfBusiness book) {
    ReportingPeriod year = book.settings().period();
    assertSameRate(
        WinRate.in(year).compute(book.opportunities()).value(),
        ourWinRate(book.opportunities(), year));
  }

  @Property(tries = 100)
  void andForAnyDealInAnyPeriod(@ForAll Opportunity deal, @ForAll ReportingPeriod period) {
    assertSameRate(
        WinRate.in(period).compute(List.of(deal)).value(), ourWinRate(List.of(deal), period));
  }

  private static void assertSameRate(Optional<BigDecimal> library, Optional<BigDecimal> ours) {
    assertEquals(library.isPresent(), ours.isPresent(), "no data for both, or a rate for both");
    library.ifPresent(rate -> assertEquals(0, rate.compareTo(ours.orElseThrow()), "" + ours));
  }
}
