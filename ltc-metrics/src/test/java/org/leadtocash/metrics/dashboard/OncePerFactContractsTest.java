package org.leadtocash.metrics.dashboard;

import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.testing.NullPointerTester;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Identifier;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.SumTree;
import org.leadtocash.metrics.testing.Deals;

/** Null rejection of the types that count each fact once (DESIGN §5, DOMAIN D12). */
class OncePerFactContractsTest {

  private static final SalesWatch WATCH = SalesWatch.in(days(0, 90), cny(10));
  private static final Opportunity DEAL = Deals.open(1, 0, 1_000).opportunity();
  private static final OncePerFact<Opportunity, SalesHealth> ONCE = OncePerFact.of(WATCH);

  @Test
  @DisplayName("every public method of the once-per-fact types rejects null, by name")
  void nullRejection() {
    Function<Opportunity, Identifier> id = Opportunity::id;
    NullPointerTester tester =
        DomainTesters.nullPointerTester()
            .setDefault(Kpi.class, WATCH)
            .setDefault(SalesWatch.class, WATCH)
            .setDefault(Opportunity.class, DEAL)
            .setDefault(OpportunityId.class, DEAL.id())
            .setDefault(SumTree.class, ONCE.empty())
            .setDefault(Function.class, id);
    tester.testAllPublicStaticMethods(OncePerFact.class);
    tester.testAllPublicStaticMethods(WatchedOpportunities.class);
    tester.testAllPublicInstanceMethods(ONCE);
    tester.testAllPublicInstanceMethods(WatchedOpportunities.of(WATCH).offer(DEAL));
  }
}
