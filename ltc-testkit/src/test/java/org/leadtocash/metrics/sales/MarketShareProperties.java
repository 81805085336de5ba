package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The market share (DOMAIN D12) over books of business, against a naive sum. */
class MarketShareProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(MarketShare.in(PERIOD, CNY), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveSumAndStaysBetweenZeroAndOne(
      @ForAll("deals") List<Opportunity> opportunities) {
    List<AwardSplit> splits = splitsInThePeriod(opportunities);
    BigDecimal ours =
        splits.stream().map(s -> s.ours().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total =
        splits.stream().map(s -> s.total().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    Rate share = MarketShare.in(PERIOD, CNY).compute(opportunities);
    assertEquals(splits.isEmpty() ? Rate.NO_DATA : Rate.of(ours, total), share);
    share
        .value()
        .ifPresent(
            v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "" + share));
  }

  /** {@return the award splits of the outcomes in the period} */
  static List<AwardSplit> splitsInThePeriod(List<Opportunity> opportunities) {
    return opportunities.stream()
        .map(Opportunity::outcome)
        .flatMap(Optional::stream)
        .filter(outcome -> PERIOD.contains(outcome.at()))
        .map(MarketShareProperties::splitOf)
        .flatMap(Optional::stream)
        .toList();
  }

  /** {@return the award split of an outcome, if it has one} */
  static Optional<AwardSplit> splitOf(OpportunityOutcome outcome) {
    if (outcome instanceof OpportunityOutcome.Won won) {
      return won.split();
    }
    if (outcome instanceof OpportunityOutcome.Lost lost) {
      return lost.split();
    }
    return Optional.empty();
  }
}
