package org.leadtocash.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.domain.contract.RecordedChange;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.domain.customer.TierSummary;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.customer.Concentration;
import org.leadtocash.metrics.customer.CustomerTotalValueSum;
import org.leadtocash.metrics.customer.CustomerValues;
import org.leadtocash.metrics.customer.PyramidMembership;
import org.leadtocash.metrics.customer.ValueConcentration;
import org.leadtocash.metrics.efficiency.RevenueGeneratingTimeShare;
import org.leadtocash.metrics.efficiency.SalesTimeEntry;
import org.leadtocash.metrics.efficiency.SalesTimeKind;
import org.leadtocash.metrics.efficiency.TimeSplit;
import org.leadtocash.metrics.efficiency.VisitLog;
import org.leadtocash.metrics.efficiency.VisitsPerWeek;
import org.leadtocash.metrics.efficiency.WeeklyVisits;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.finance.MoneyTally;
import org.leadtocash.metrics.finance.Orders;
import org.leadtocash.metrics.finance.OverdueReceivables;
import org.leadtocash.metrics.finance.ReceivablesAgeing;
import org.leadtocash.metrics.finance.Revenue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * The operations KPIs of DOMAIN D12 over a {@link BookOfBusiness}, each group two ways in the same
 * run: the library's mergeable accumulators, every record added in one loop, and a hand-written
 * Java-streams baseline that computes the same numbers. Three groups:
 *
 * <ul>
 *   <li><b>activities</b> — customer visits per employee per week ({@link VisitsPerWeek}, D2.2)
 *       over the book's contact activities (D7.9) and its roster of account managers, and the
 *       revenue-generating share of sales time ({@link RevenueGeneratingTimeShare}, D11.6) over
 *       time entries derived from the activities ({@link #timeEntries(ContactActivity)});
 *   <li><b>contracts</b> — orders ({@link Orders}, D5.1, D5.2), invoiced revenue ({@link Revenue}),
 *       collection rate ({@link CollectionRate}) and the receivables' ageing ({@link
 *       OverdueReceivables}, a {@link ReceivablesAgeing}) over the contracts (D5.3);
 *   <li><b>customers</b> — customer total value ({@link CustomerTotalValueSum}, D6.5), value
 *       concentration ({@link ValueConcentration}) and pyramid membership ({@link
 *       PyramidMembership}, D6.4) over customer total values derived from the opportunities ({@link
 *       #customerValues(BookOfBusiness)}), since the book holds no customer aggregates.
 * </ul>
 *
 * <p>The book is generated, and the records the KPIs need are derived from it, in the trial's
 * set-up, which is not timed; the set-up prints both ways' results of every group so the reader can
 * check they agree, and {@code OperationsBenchmarkTest} asserts it. Warm-up and measurement are 5 ×
 * 1 s each, one fork, the heap pre-touched.
 */
public class OperationsBenchmark extends BookBenchmark {

  /** The settings of the book of business: the kit's standard ones. */
  private static final Settings BOOK = Settings.standard();

  private static final Interval YEAR = BOOK.window();
  private static final LocalDateRange DATES = BOOK.dates();

  /**
   * The last day of the first half-year, 30 June: the collection rate's as-of date and the
   * receivables' ageing date, while some advances are still unpaid.
   */
  private static final LocalDate MID_YEAR = BOOK.date(0).plusMonths(6).minusDays(1);

  /** The first half-year: the collection rate's period. */
  private static final LocalDateRange FIRST_HALF = LocalDateRange.ofClosed(BOOK.date(0), MID_YEAR);

  /** Every ISO week with a day in the year (2026-W01 to 2026-W53). */
  private static final Set<YearWeek> WEEKS = weeks();

  private static final Money ZERO = Money.zero(BOOK.currency());

  /** Each intangible score point is worth CNY 100 (D6.5). */
  private static final IntangibleValuePolicy INTANGIBLES =
      IntangibleValuePolicy.standard(Money.ofMajor(BOOK.currency(), 100));

  private final RevenueGeneratingTimeShare timeShare = RevenueGeneratingTimeShare.in(BOOK.period());
  private final Orders orders = Orders.in(BOOK.period(), BOOK.currency());
  private final Revenue revenue = Revenue.in(BOOK.period(), BOOK.currency());
  private final CollectionRate collectionRate =
      CollectionRate.in(ReportingPeriod.of(FIRST_HALF, ZoneOffset.UTC), BOOK.currency());
  private final OverdueReceivables overdue = OverdueReceivables.asOf(MID_YEAR, BOOK.currency());
  private final CustomerTotalValueSum totalValue =
      CustomerTotalValueSum.in(BOOK.period(), BOOK.currency());
  private final ValueConcentration concentration =
      ValueConcentration.in(BOOK.period(), BOOK.currency());
  private final PyramidMembership pyramid = PyramidMembership.in(BOOK.period(), BOOK.currency());

  private Set<EmployeeId> roster = Set.of();
  private VisitsPerWeek visitsPerWeek = VisitsPerWeek.in(WEEKS, roster);
  private List<ContactActivity> activities = List.of();
  private List<SalesTimeEntry> timeEntries = List.of();
  private List<Contract> contracts = List.of();
  private List<CustomerTotalValue> customerValues = List.of();

  /**
   * The activity KPIs' results (DOMAIN D2.2, D11.6, D12).
   *
   * @param visits customer visits per account manager per week; not null
   * @param revenueGeneratingShare the revenue-generating share of sales time; not null
   */
  public record ActivityFigures(WeeklyVisits visits, Rate revenueGeneratingShare) {}

  /**
   * The contract KPIs' results (DOMAIN D5, D12).
   *
   * @param orders the orders signed, and raised, in the year; not null
   * @param revenue the amount invoiced in the year; not null
   * @param collectionRate the share of the money due in the first half-year collected by 30 June;
   *     not null
   * @param ageing the receivables on 30 June by ageing bucket; not null
   */
  public record ContractFigures(
      Money orders, Money revenue, Rate collectionRate, ReceivablesAgeing ageing) {}

  /**
   * The customer KPIs' results (DOMAIN D6.4, D6.5, D12).
   *
   * @param totalValue the customers' total value over the year; not null
   * @param concentration the top 20% of the customers' share of the value; not null
   * @param pyramid the key, important and general tiers' customers and value; not null
   */
  public record CustomerFigures(
      Money totalValue, Concentration concentration, List<TierSummary> pyramid) {}

  /** One employee in one ISO week: the streams baseline's key for visits. */
  private record EmployeeWeek(EmployeeId employee, YearWeek week) {}

  /**
   * Generates the book (DOMAIN D3, D5, D7.9), derives the KPIs' records from it and prints both
   * ways' results of every group, so the reader can check they agree.
   */
  @Setup(Level.Trial)
  public void setUp() {
    BookOfBusiness book = BookOfBusiness.generate(BOOK, 42, size, activitiesPerOpportunity);
    prepare(book);
    System.out.printf(
        "%nbook: %d opportunities, %d activities by %d account managers, %d time entries,"
            + " %d contracts, %d customer values%n"
            + "  activities library: %s%n  activities streams: %s%n"
            + "  contracts library:  %s%n  contracts streams:  %s%n"
            + "  customers library:  %s%n  customers streams:  %s%n",
        book.opportunities().size(),
        activities.size(),
        roster.size(),
        timeEntries.size(),
        contracts.size(),
        customerValues.size(),
        activitiesLibrary(),
        activitiesStreams(),
        contractsLibrary(),
        contractsStreams(),
        customersLibrary(),
        customersStreams());
  }

  /**
   * Takes the records of a book and derives the time entries and customer values from it: the
   * untimed part of the set-up, open to the unit test.
   *
   * @param book the book; not null
   */
  void prepare(BookOfBusiness book) {
    roster = Set.copyOf(book.accountManagers());
    visitsPerWeek = VisitsPerWeek.in(WEEKS, roster);
    activities = book.activities();
    List<SalesTimeEntry> entries = new ArrayList<>();
    for (ContactActivity activity : activities) {
      entries.addAll(timeEntries(activity));
    }
    timeEntries = List.copyOf(entries);
    contracts = book.contracts();
    customerValues = customerValues(book);
  }

  private static Set<YearWeek> weeks() {
    return DATES.stream().map(YearWeek::from).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns the sales time an activity took each of its staff (DOMAIN D11.6), on its first day: for
   * a customer visit ({@link VisitsPerWeek#CUSTOMER_VISITS}), face-to-face selling of one hour per
   * CNY 10 000 of budget, rounded down, plus one, two hours' travel and one of administration; for
   * an exhibition, forum or summit, four hours' selling, four of travel and one of administration;
   * for courtesy gifts, one hour of administration.
   *
   * @param activity the activity; not null
   * @return its time entries, never null
   */
  static List<SalesTimeEntry> timeEntries(ContactActivity activity) {
    List<SalesTimeEntry> entries = new ArrayList<>();
    for (EmployeeId employee : activity.staff()) {
      LocalDate on = activity.dates().getStart();
      if (VisitsPerWeek.CUSTOMER_VISITS.contains(activity.type())) {
        long hours = 1 + activity.budget().getAmountMajorLong() / 10_000;
        entries.add(
            new SalesTimeEntry(
                employee, on, SalesTimeKind.FACE_TO_FACE_SELLING, Duration.ofHours(hours)));
        entries.add(new SalesTimeEntry(employee, on, SalesTimeKind.TRAVEL, Duration.ofHours(2)));
      } else if (activity.type() != ActivityType.COURTESY_GIFTS) {
        entries.add(
            new SalesTimeEntry(
                employee, on, SalesTimeKind.FACE_TO_FACE_SELLING, Duration.ofHours(4)));
        entries.add(new SalesTimeEntry(employee, on, SalesTimeKind.TRAVEL, Duration.ofHours(4)));
      }
      entries.add(
          new SalesTimeEntry(employee, on, SalesTimeKind.ADMINISTRATION, Duration.ofHours(1)));
    }
    return entries;
  }

  /**
   * Derives one customer total value (DOMAIN D6.5) per opportunity, for its customer over the
   * quarter in which it was opened: a won deal's profit contribution is 30% of its amount; the cost
   * of sales is 2% of the amount, won or not; the cost of service is 5% of a won deal's amount;
   * relationship maintenance costs CNY 1 000 per opportunity; and the intangible scores, at CNY 100
   * a point, are the deal's probability halved for learning and ten points per competitor for
   * referral potential. A customer with no win therefore has a negative value.
   *
   * @param book the book; not null
   * @return the values, in the order of the opportunities; never null
   */
  static List<CustomerTotalValue> customerValues(BookOfBusiness book) {
    List<CustomerTotalValue> values = new ArrayList<>(book.opportunities().size());
    Money maintenance = Money.ofMajor(BOOK.currency(), 1_000);
    for (Opportunity opportunity : book.opportunities()) {
      Money amount = opportunity.amount();
      boolean won = opportunity.status() == OpportunityStatus.WON;
      YearQuarter quarter =
          YearQuarter.from(LocalDate.ofInstant(opportunity.openedAt(), ZoneOffset.UTC));
      values.add(
          CustomerTotalValue.calculate(
              opportunity.customer(),
              LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter()),
              won ? percent(amount, 30) : ZERO,
              ServingCosts.of(percent(amount, 2), won ? percent(amount, 5) : ZERO, maintenance),
              IntangibleScores.of(
                  opportunity.probability().percent() / 2,
                  0,
                  Math.min(IntangibleScores.MAX_SCORE, 10 * opportunity.competitors().size()),
                  0),
              INTANGIBLES));
    }
    return List.copyOf(values);
  }

  private static Money percent(Money amount, int percent) {
    return amount.multipliedBy(percent).dividedBy(100, RoundingMode.DOWN);
  }

  /**
   * The library, activities (DOMAIN D2.2, D11.6, D12): every activity added to the visits KPI,
   * every time entry to the time-share KPI, one loop each (the two take different records).
   *
   * @return both KPIs' results, never null
   */
  @Benchmark
  public ActivityFigures activitiesLibrary() {
    VisitLog visits = visitsPerWeek.empty();
    for (ContactActivity activity : activities) {
      visits = visitsPerWeek.add(visits, activity);
    }
    TimeSplit time = timeShare.empty();
    for (SalesTimeEntry entry : timeEntries) {
      time = timeShare.add(time, entry);
    }
    return new ActivityFigures(visitsPerWeek.result(visits), timeShare.result(time));
  }

  /**
   * The baseline a host writes by hand, activities (DOMAIN D2.2, D11.6, D12): visits grouped and
   * counted per employee-week, and the two sums of time, with Java streams.
   *
   * @return the same results as {@link #activitiesLibrary()}, never null
   */
  @Benchmark
  public ActivityFigures activitiesStreams() {
    Map<EmployeeWeek, Long> visits =
        activities.stream()
            .filter(activity -> VisitsPerWeek.CUSTOMER_VISITS.contains(activity.type()))
            .filter(activity -> WEEKS.contains(YearWeek.from(activity.dates().getStart())))
            .flatMap(
                activity ->
                    activity.staff().stream()
                        .filter(roster::contains)
                        .map(
                            employee ->
                                new EmployeeWeek(
                                    employee, YearWeek.from(activity.dates().getStart()))))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long visitCount = visits.values().stream().mapToLong(Long::longValue).sum();
    long onTarget = visits.values().stream().filter(n -> n >= VisitsPerWeek.TARGET).count();
    WeeklyVisits weekly =
        new WeeklyVisits(
            VisitsPerWeek.TARGET, visitCount, (long) roster.size() * WEEKS.size(), onTarget);

    Duration revenueGenerating =
        timeEntries.stream()
            .filter(entry -> DATES.contains(entry.on()))
            .filter(entry -> entry.kind().isRevenueGenerating())
            .map(SalesTimeEntry::duration)
            .reduce(Duration.ZERO, Duration::plus);
    Duration total =
        timeEntries.stream()
            .filter(entry -> DATES.contains(entry.on()))
            .map(SalesTimeEntry::duration)
            .reduce(Duration.ZERO, Duration::plus);
    Rate share =
        total.isZero()
            ? Rate.NO_DATA
            : Rate.of(
                BigDecimal.valueOf(revenueGenerating.toSeconds()),
                BigDecimal.valueOf(total.toSeconds()));
    return new ActivityFigures(weekly, share);
  }

  /**
   * The library, contracts (DOMAIN D5, D12): every contract added to the orders, revenue,
   * collection-rate and ageing KPIs in one loop.
   *
   * @return the four KPIs' results, never null
   */
  @Benchmark
  public ContractFigures contractsLibrary() {
    MoneyTotal signed = orders.empty();
    MoneyTotal invoiced = revenue.empty();
    MoneyTally collected = collectionRate.empty();
    ReceivablesAgeing ageing = overdue.empty();
    for (Contract contract : contracts) {
      signed = orders.add(signed, contract);
      invoiced = revenue.add(invoiced, contract);
      collected = collectionRate.add(collected, contract);
      ageing = overdue.add(ageing, contract);
    }
    return new ContractFigures(
        orders.result(signed),
        revenue.result(invoiced),
        collectionRate.result(collected),
        overdue.result(ageing));
  }

  /**
   * The baseline a host writes by hand, contracts (DOMAIN D5, D12): one Java-streams pipeline per
   * KPI over the contracts' signatures, changes and invoices.
   *
   * @return the same results as {@link #contractsLibrary()}, never null
   */
  @Benchmark
  public ContractFigures contractsStreams() {
    Money signed =
        contracts.stream()
            .flatMap(
                contract ->
                    Stream.concat(
                        contract.signedAt().filter(YEAR::contains).stream()
                            .map(at -> contract.originalValue()),
                        contract.changes().stream()
                            .filter(change -> YEAR.contains(change.at()))
                            .map(RecordedChange::valueDelta)))
            .reduce(ZERO, Money::plus);

    Money invoiced =
        contracts.stream()
            .flatMap(contract -> contract.invoices().stream())
            .filter(invoice -> DATES.contains(invoice.issuedOn()))
            .map(Invoice::amount)
            .reduce(ZERO, Money::plus);

    List<Invoice> due =
        contracts.stream()
            .flatMap(contract -> contract.invoices().stream())
            .filter(invoice -> FIRST_HALF.contains(invoice.dueOn()))
            .filter(invoice -> !invoice.issuedOn().isAfter(MID_YEAR))
            .toList();
    Money dueAmount = due.stream().map(Invoice::amount).reduce(ZERO, Money::plus);
    Money collected =
        due.stream().map(invoice -> invoice.paidAsOf(MID_YEAR)).reduce(ZERO, Money::plus);
    Rate collection =
        dueAmount.isZero() ? Rate.NO_DATA : Rate.of(collected.getAmount(), dueAmount.getAmount());

    Map<AgeingBucket, Money> byBucket =
        contracts.stream()
            .flatMap(contract -> contract.invoices().stream())
            .filter(invoice -> !invoice.issuedOn().isAfter(MID_YEAR))
            .collect(
                Collectors.groupingBy(
                    invoice -> AgeingBucket.of(invoice.daysOverdue(MID_YEAR)),
                    () -> new EnumMap<>(AgeingBucket.class),
                    Collectors.reducing(
                        ZERO,
                        invoice -> invoice.amount().minus(invoice.paidAsOf(MID_YEAR)),
                        Money::plus)));
    for (AgeingBucket bucket : AgeingBucket.values()) {
      byBucket.putIfAbsent(bucket, ZERO);
    }
    return new ContractFigures(
        signed, invoiced, collection, new ReceivablesAgeing(MID_YEAR, BOOK.currency(), byBucket));
  }

  /**
   * The library, customers (DOMAIN D6.4, D6.5, D12): every customer total value added to the three
   * KPIs' accumulators in one loop.
   *
   * @return the three KPIs' results, never null
   */
  @Benchmark
  public CustomerFigures customersLibrary() {
    MoneyTotal total = totalValue.empty();
    CustomerValues ranked = concentration.empty();
    CustomerValues tiered = pyramid.empty();
    for (CustomerTotalValue value : customerValues) {
      total = totalValue.add(total, value);
      ranked = concentration.add(ranked, value);
      tiered = pyramid.add(tiered, value);
    }
    return new CustomerFigures(
        totalValue.result(total), concentration.result(ranked), pyramid.result(tiered));
  }

  /**
   * The baseline a host writes by hand, customers (DOMAIN D6.4, D6.5, D12): the total with one
   * Java-streams pipeline; the values grouped and summed per customer with another, a loss-making
   * customer at zero, then ranked for the top 20% and classified by {@link
   * ValuePyramid#classify(Map)}.
   *
   * @return the same results as {@link #customersLibrary()}, never null
   */
  @Benchmark
  public CustomerFigures customersStreams() {
    Money total =
        customerValues.stream()
            .filter(value -> DATES.encloses(value.period()))
            .map(CustomerTotalValue::total)
            .reduce(ZERO, Money::plus);

    Map<CustomerId, Money> perCustomer =
        customerValues.stream()
            .filter(value -> DATES.encloses(value.period()))
            .collect(
                Collectors.groupingBy(
                    CustomerTotalValue::customer,
                    Collectors.reducing(ZERO, CustomerTotalValue::total, Money::plus)));
    Map<CustomerId, Money> ranked =
        perCustomer.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    entry -> entry.getValue().isNegative() ? ZERO : entry.getValue()));
    List<BigDecimal> ranking =
        ranked.entrySet().stream()
            .sorted(
                Comparator.comparing(
                        (Map.Entry<CustomerId, Money> entry) -> entry.getValue().getAmount())
                    .reversed()
                    .thenComparing(entry -> entry.getKey().value()))
            .map(entry -> entry.getValue().getAmount())
            .toList();
    int n = ranking.size();
    int top = n - n * (100 - ValueConcentration.TOP_PERCENT) / 100;
    Concentration concentrated =
        n == 0
            ? Concentration.NO_DATA
            : new Concentration(
                Rate.of(top, n),
                Rate.of(
                    ranking.stream().limit(top).reduce(BigDecimal.ZERO, BigDecimal::add),
                    ranking.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    List<TierSummary> tiers = n == 0 ? List.of() : ValuePyramid.classify(ranked).summaries();
    return new CustomerFigures(total, concentrated, tiers);
  }
}
