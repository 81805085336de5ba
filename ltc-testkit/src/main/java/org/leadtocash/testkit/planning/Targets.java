package org.leadtocash.testkit.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.planning.target.Coverage;
import org.leadtocash.planning.target.CoverageMode;
import org.leadtocash.planning.target.CoverageReport;
import org.leadtocash.planning.target.CustomerCoverage;
import org.leadtocash.planning.target.CustomerNumber;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityNumber;
import org.leadtocash.planning.target.OpportunityPart;
import org.leadtocash.planning.target.UnitCoverage;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * From numbers to opportunities (DOMAIN D9.5): offices' targets in the settings' currency,
 * decomposed onto up to four customers by shares (or not decomposed yet), each customer's number
 * decomposed onto up to four opportunities by shares or in proportion to their weighted or
 * unweighted values (or not yet), and coverage reports over the settings' {@link
 * Settings#organisation() sales organisation} with some of its offices planned. Everything is built
 * through the planning API, so every value is valid; the ids are distinct by construction ({@code
 * CU-o-c}, {@code OP-o-c-k} for office {@code o}), so no customer or opportunity is planned twice.
 */
public final class Targets {

  private static final int MAX_CUSTOMERS = 4;
  private static final int MAX_OPPORTUNITIES = 4;

  private Targets() {}

  /**
   * Adds the arbitraries of the target package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(OpportunityNumber.class, Targets::opportunityNumbers)
        .add(
            OpportunityPart.class,
            s ->
                customerNumbers(s)
                    .filter(CustomerNumber::isDecomposed)
                    .flatMap(c -> Arbitraries.of(c.opportunities())))
        .add(CustomerNumber.class, Targets::customerNumbers)
        .add(OfficeTarget.class, Targets::officeTargets)
        .add(
            Coverage.class,
            s ->
                Combinators.combine(officeTargets(s), Arbitraries.of(CoverageMode.class))
                    .as(OfficeTarget::coverage))
        .add(
            CustomerCoverage.class,
            s ->
                Combinators.combine(customerNumbers(s), Arbitraries.of(CoverageMode.class))
                    .as((c, mode) -> new CustomerCoverage(c.customer(), c.coverage(mode))))
        .add(CoverageReport.class, Targets::reports)
        .add(UnitCoverage.class, s -> reports(s).flatMap(r -> Arbitraries.of(r.units())));
  }

  /**
   * Returns the values of single opportunities in the settings' currency: amounts up to 10 million
   * major units with minor units, any win probability.
   *
   * @param settings what to generate within; not null
   * @return the opportunities' values, never null
   */
  public static Arbitrary<OpportunityNumber> opportunityNumbers(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("OP-", OpportunityId::of),
            minorUnits().map(n -> Money.ofMinor(settings.currency(), n)),
            CommonValues.probabilities())
        .as(OpportunityNumber::of);
  }

  /**
   * Returns customers' numbers in the settings' currency, decomposed onto up to four opportunities
   * or not yet decomposed.
   *
   * @param settings what to generate within; not null
   * @return the numbers, never null
   */
  public static Arbitrary<CustomerNumber> customerNumbers(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            minorUnits().map(n -> Money.ofMinor(settings.currency(), n)),
            seeds().list().ofMaxSize(MAX_OPPORTUNITIES),
            Arbitraries.integers().between(0, 2))
        .as(
            (id, number, seeds, way) ->
                decompose(CustomerNumber.of(id, number), seeds, way, "0-0"));
  }

  /**
   * Returns targets of the settings' offices, decomposed onto up to four customers, each customer's
   * number decomposed onto up to four opportunities or not yet, or the target not decomposed yet.
   *
   * @param settings what to generate within; not null
   * @return the targets, never null
   */
  public static Arbitrary<OfficeTarget> officeTargets(Settings settings) {
    return Arbitraries.integers()
        .between(0, settings.offices().size() - 1)
        .flatMap(i -> officeTargets(settings, i));
  }

  /**
   * Returns targets of one office, as {@link #officeTargets(Settings)} does, with customers {@code
   * CU-o-c} and opportunities {@code OP-o-c-k} for the office's index {@code o}.
   *
   * @param settings what to generate within; not null
   * @param office the office's index in {@link Settings#offices()}
   * @return the targets, never null
   */
  public static Arbitrary<OfficeTarget> officeTargets(Settings settings, int office) {
    SalesUnitId unit = settings.offices().get(office);
    CurrencyUnit currency = settings.currency();
    return Combinators.combine(
            minorUnits().map(n -> Money.ofMinor(currency, n)),
            Arbitraries.integers().between(0, 100).list().ofMaxSize(MAX_CUSTOMERS),
            seeds().list().ofMaxSize(MAX_OPPORTUNITIES).list().ofSize(MAX_CUSTOMERS),
            Arbitraries.integers().between(0, 2).list().ofSize(MAX_CUSTOMERS))
        .as(
            (target, shares, seeds, ways) -> {
              OfficeTarget plan = OfficeTarget.of(unit, target);
              if (shares.isEmpty()) {
                return plan;
              }
              Map<CustomerId, BigDecimal> byCustomer = new LinkedHashMap<>();
              for (int c = 0; c < shares.size(); c++) {
                byCustomer.put(
                    CustomerId.of("CU-" + office + "-" + c), BigDecimal.valueOf(shares.get(c)));
              }
              plan = plan.ontoShares(nonZero(byCustomer));
              for (int c = 0; c < shares.size(); c++) {
                CustomerNumber customer = plan.customers().get(c);
                plan = plan.with(decompose(customer, seeds.get(c), ways.get(c), office + "-" + c));
              }
              return plan;
            });
  }

  /**
   * Returns coverage reports, weighted or unweighted, over the settings' organisation in the
   * settings' currency, with each office planned or not.
   *
   * @param settings what to generate within; not null
   * @return the reports, never null
   */
  public static Arbitrary<CoverageReport> reports(Settings settings) {
    int offices = settings.offices().size();
    List<Arbitrary<List<OfficeTarget>>> each = new ArrayList<>();
    for (int o = 0; o < offices; o++) {
      each.add(officeTargets(settings, o).list().ofMaxSize(1));
    }
    return Combinators.combine(
            Combinators.combine(each).as(lists -> lists.stream().flatMap(List::stream).toList()),
            Arbitraries.of(CoverageMode.class))
        .as(
            (targets, mode) ->
                CoverageReport.of(settings.organisation(), settings.currency(), mode, targets));
  }

  /** What one opportunity is made of: its amount in minor units, win probability and share. */
  private record Seed(long amount, int percent, int share) {}

  private static Arbitrary<Seed> seeds() {
    return Combinators.combine(
            minorUnits(),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100))
        .as(Seed::new);
  }

  /** Amounts in minor units, up to 10 million major units, with zero as an edge case. */
  private static Arbitrary<Long> minorUnits() {
    return Arbitraries.longs().between(0, 10_000_000_00L);
  }

  /**
   * Decomposes a number onto opportunities {@code OP-prefix-k}: by their weighted values, their
   * amounts or the seeds' shares, falling back to the shares when the values are all zero.
   */
  private static CustomerNumber decompose(
      CustomerNumber customer, List<Seed> seeds, int way, String prefix) {
    if (seeds.isEmpty()) {
      return customer;
    }
    CurrencyUnit currency = customer.number().getCurrencyUnit();
    List<OpportunityNumber> opportunities = new ArrayList<>();
    Map<OpportunityNumber, BigDecimal> shares = new LinkedHashMap<>();
    for (int k = 0; k < seeds.size(); k++) {
      Seed seed = seeds.get(k);
      OpportunityNumber opportunity =
          OpportunityNumber.of(
              OpportunityId.of("OP-" + prefix + "-" + k),
              Money.ofMinor(currency, seed.amount()),
              Probability.ofPercent(seed.percent()));
      opportunities.add(opportunity);
      shares.put(opportunity, BigDecimal.valueOf(seed.share()));
    }
    CoverageMode mode = way == 0 ? CoverageMode.WEIGHTED : CoverageMode.UNWEIGHTED;
    boolean worthSomething = opportunities.stream().anyMatch(o -> o.value(mode).isPositive());
    return way < 2 && worthSomething
        ? customer.inProportion(opportunities, mode)
        : customer.ontoShares(nonZero(shares));
  }

  /** The shares, with the first one made 1 when all are zero. */
  private static <K> Map<K, BigDecimal> nonZero(Map<K, BigDecimal> shares) {
    if (shares.values().stream().allMatch(s -> s.signum() == 0)) {
      shares.replace(shares.keySet().iterator().next(), BigDecimal.ONE);
    }
    return shares;
  }
}
