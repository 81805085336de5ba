package org.leadtocash.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.dashboard.SalesBook;
import org.leadtocash.metrics.dashboard.SalesFigures;
import org.leadtocash.metrics.dashboard.SalesHealth;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.metrics.rollup.RollUp;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * The sales-management-health watch of five KPIs (win rate, funnel, decision timeliness, pipeline
 * coverage, market share; DOMAIN D1.6, D12) over a {@link BookOfBusiness}, four ways, in the same
 * run: the library's {@link SalesWatch} adding each opportunity in one pass ({@link
 * #dashboardOnePass}) and scanning a {@link SalesBook} taken in set-up ({@link
 * #dashboardOverSalesBook}); a hand-written Java-streams pipeline per KPI ({@link
 * #streamsBaseline}); and SQL in an in-memory DuckDB loaded in set-up ({@link #duckDbBaseline}).
 * Also: what taking the sales book costs ({@link #takeSalesBook}), the roll-up of the offices'
 * figures to regions and areas ({@link #rollUp}), one new opportunity added ({@link
 * #incrementalUpdate}) and one counted opportunity changed by an event ({@link
 * #incrementalChange}), neither of which should depend on the book's size. The data is generated
 * and loaded in the trial's set-up, which is not timed.
 */
public class DashboardBenchmark extends BookBenchmark {

  /** The settings of the book of business: the kit's standard ones. */
  private static final Settings BOOK = Settings.standard();

  private static final Interval YEAR = BOOK.window();
  private static final LocalDateRange DATES = BOOK.dates();
  private static final Money TARGET = Money.ofMajor(BOOK.currency(), 1_000_000_000L);

  final SalesWatch watch = SalesWatch.in(BOOK.period(), TARGET);

  List<Opportunity> opportunities = List.of();
  private SalesBook salesBook = SalesBook.of(List.of());
  private Map<SalesUnitId, SalesFigures> figuresByOffice = Map.of();
  private SalesFigures whole = watch.empty();
  private Opportunity newcomer = BookOfBusiness.oneMore(1);
  Opportunity changedBefore = newcomer;
  Opportunity changedAfter = newcomer;
  private @Nullable Connection duckDb;
  private @Nullable Path csvDirectory;
  private @Nullable SalesOrganisation organisation;

  /**
   * Generates the book, takes its sales book, computes the offices' and the whole book's figures
   * and loads DuckDB.
   *
   * @throws IOException if the CSV files for DuckDB cannot be written
   * @throws SQLException if DuckDB refuses them
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    BookOfBusiness book = BookOfBusiness.generate(BOOK, 42, size, activitiesPerOpportunity);
    opportunities = book.opportunities();
    salesBook = SalesBook.of(opportunities);
    Map<SalesUnitId, List<Opportunity>> byOffice = new LinkedHashMap<>();
    for (int i = 0; i < opportunities.size(); i++) {
      byOffice
          .computeIfAbsent(book.officeOf(i), office -> new ArrayList<>())
          .add(opportunities.get(i));
    }
    Map<SalesUnitId, SalesFigures> figures = new LinkedHashMap<>();
    byOffice.forEach((office, records) -> figures.put(office, watch.over(SalesBook.of(records))));
    figuresByOffice = Map.copyOf(figures);
    whole = watch.over(salesBook);
    newcomer = BookOfBusiness.oneMore(size);
    // an open opportunity in the pipeline, re-forecast at 90 % at the year's end
    changedBefore =
        opportunities.stream()
            .filter(o -> o.isOpen() && o.expectedSigning().isPresent())
            .findFirst()
            .orElseThrow();
    changedAfter =
        changedBefore
            .forecast(
                changedBefore.amount(),
                changedBefore.expectedSigning().orElseThrow(),
                Probability.ofPercent(90),
                BOOK.day(BOOK.days() - 1))
            .state();
    organisation = book.organisation();
    loadDuckDb(book);
    // the ways must agree, or the comparison is meaningless: printed for the reader to check
    System.out.printf(
        "%nbook: %d opportunities, %d decisions, %d activities, %d contracts%n"
            + "  one pass:   %s%n  sales book: %s%n  streams:    %s%n  duckdb:     %s%n",
        opportunities.size(),
        salesBook.decisions(),
        book.activities().size(),
        book.contracts().size(),
        watch.compute(opportunities),
        watch.result(whole),
        streams(),
        duckDbResults());
  }

  /** Closes DuckDB and deletes its CSV files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    if (duckDb != null) {
      duckDb.close();
    }
    if (csvDirectory != null) {
      try (var files = Files.list(csvDirectory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(csvDirectory);
    }
  }

  /** The library over the opportunities: each added to the five KPIs' figures, in one loop. */
  @Benchmark
  public SalesHealth dashboardOnePass() {
    return watch.compute(opportunities);
  }

  /**
   * What the sales book costs to take from the opportunities: paid once, when a host loads its book
   * (DuckDB's load is likewise outside {@link #duckDbBaseline}).
   */
  @Benchmark
  public SalesBook takeSalesBook() {
    return SalesBook.of(opportunities);
  }

  /** The library over the sales book taken in set-up: one scan of its columns. */
  @Benchmark
  public SalesHealth dashboardOverSalesBook() {
    return watch.result(watch.over(salesBook));
  }

  /** The baseline a host writes by hand: one Java-streams pipeline per KPI. */
  @Benchmark
  public void streamsBaseline(Blackhole blackhole) {
    blackhole.consume(streams());
  }

  List<Object> streams() {
    Map<Boolean, Long> decided =
        opportunities.stream()
            .map(Opportunity::outcome)
            .flatMap(Optional::stream)
            .filter(outcome -> YEAR.contains(outcome.at()))
            .map(OpportunityOutcome::status)
            .filter(status -> status == OpportunityStatus.WON || status == OpportunityStatus.LOST)
            .collect(
                Collectors.partitioningBy(
                    status -> status == OpportunityStatus.WON, Collectors.counting()));
    double winRateValue = ratio(decided);

    long[] stages =
        opportunities.stream()
            .filter(opportunity -> YEAR.contains(opportunity.openedAt()))
            .map(
                opportunity ->
                    new long[] {
                      1,
                      opportunity.passed(Gate.ATI) ? 1 : 0,
                      opportunity.passed(Gate.ATB) ? 1 : 0,
                      opportunity.status() == OpportunityStatus.WON ? 1 : 0
                    })
            .reduce(
                new long[4],
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});

    Map<Boolean, Long> timely =
        opportunities.stream()
            .flatMap(opportunity -> opportunity.decisions().stream())
            .filter(decision -> DATES.contains(decision.decidedOn()))
            .collect(
                Collectors.partitioningBy(
                    decision -> !decision.isLate() && decision.verdict() != Verdict.DEFERRED,
                    Collectors.counting()));
    double timelinessValue = ratio(timely);

    Money[] pipeline =
        opportunities.stream()
            .filter(Opportunity::isOpen)
            .filter(o -> o.expectedSigning().filter(DATES::contains).isPresent())
            .map(o -> new Money[] {o.amount(), o.weightedAmount()})
            .reduce(
                new Money[] {TARGET.withAmount(0), TARGET.withAmount(0)},
                (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
    BigDecimal coverageValue = ratio(pipeline[0].getAmount(), TARGET.getAmount());
    BigDecimal weightedCoverageValue = ratio(pipeline[1].getAmount(), TARGET.getAmount());

    Money[] awards =
        opportunities.stream()
            .map(Opportunity::outcome)
            .flatMap(Optional::stream)
            .filter(outcome -> YEAR.contains(outcome.at()))
            .map(DashboardBenchmark::split)
            .flatMap(Optional::stream)
            .map(split -> new Money[] {split.ours(), split.total()})
            .reduce(
                new Money[] {TARGET.withAmount(0), TARGET.withAmount(0)},
                (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
    return List.of(
        winRateValue,
        List.of(stages[0], stages[1], stages[2], stages[3]),
        timelinessValue,
        List.of(coverageValue, weightedCoverageValue),
        ratio(awards[0].getAmount(), awards[1].getAmount()));
  }

  private static Optional<AwardSplit> split(OpportunityOutcome outcome) {
    if (outcome instanceof OpportunityOutcome.Won won) {
      return won.split();
    }
    if (outcome instanceof OpportunityOutcome.Lost lost) {
      return lost.split();
    }
    return Optional.empty();
  }

  /** The share of {@code true} in a partition by a predicate; NaN for none. */
  private static double ratio(Map<Boolean, Long> partition) {
    long hits = partition.getOrDefault(true, 0L);
    return ratio(hits, hits + partition.getOrDefault(false, 0L));
  }

  private static double ratio(long hits, long population) {
    return population == 0 ? Double.NaN : (double) hits / population;
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO
        : part.divide(whole, 6, java.math.RoundingMode.HALF_EVEN);
  }

  /** The baseline an analyst writes: the same KPIs as SQL over DuckDB in memory. */
  @Benchmark
  public void duckDbBaseline(Blackhole blackhole) throws SQLException {
    blackhole.consume(duckDbResults());
  }

  List<Object> duckDbResults() throws SQLException {
    List<Object> results = new ArrayList<>();
    Connection connection = Objects.requireNonNull(duckDb, "DuckDB is loaded in set-up");
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(OPPORTUNITY_KPIS)) {
      row.next();
      for (int column = 1; column <= 11; column++) {
        results.add(String.valueOf(row.getObject(column)));
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(DECISION_KPIS)) {
      row.next();
      results.add(String.valueOf(row.getObject(1)));
    }
    return results;
  }

  /** The offices' figures of the five KPIs rolled up to regions and areas. */
  @Benchmark
  public Map<SalesUnitId, SalesHealth> rollUp() {
    return RollUp.of(watch, Objects.requireNonNull(organisation), figuresByOffice).values();
  }

  /** One new opportunity added to the whole book's figures: O(1) in the book's size. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public SalesFigures incrementalUpdate() {
    return watch.add(whole, newcomer);
  }

  /**
   * One event on an opportunity already counted — it is re-forecast — taken into the whole book's
   * figures: its old contribution out, its new one in; O(1) in the book's size.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public SalesFigures incrementalChange() {
    return watch.update(whole, changedBefore, changedAfter);
  }

  private static final long YEAR_START = BOOK.start().getEpochSecond();
  private static final long YEAR_END = BOOK.day(BOOK.days()).getEpochSecond();
  private static final long FIRST_DATE = BOOK.date(0).toEpochDay();
  private static final long END_DATE = BOOK.date(BOOK.days()).toEpochDay();

  private static final String OPPORTUNITY_KPIS =
      String.format(
          """
          SELECT
            count(*) FILTER (WHERE outcome_at >= %1$d AND outcome_at < %2$d AND status = 'WON'),
            count(*) FILTER (WHERE outcome_at >= %1$d AND outcome_at < %2$d
                                   AND status IN ('WON', 'LOST')),
            count(*) FILTER (WHERE opened_at >= %1$d AND opened_at < %2$d),
            count(*) FILTER (WHERE opened_at >= %1$d AND opened_at < %2$d AND ati),
            count(*) FILTER (WHERE opened_at >= %1$d AND opened_at < %2$d AND atb),
            count(*) FILTER (WHERE opened_at >= %1$d AND opened_at < %2$d AND status = 'WON'),
            sum(amount) FILTER (WHERE is_open AND signing >= %3$d AND signing < %4$d),
            sum(weighted) FILTER (WHERE is_open AND signing >= %3$d AND signing < %4$d),
            count(*) FILTER (WHERE is_open AND signing >= %3$d AND signing < %4$d),
            sum(ours) FILTER (WHERE outcome_at >= %1$d AND outcome_at < %2$d AND ours IS NOT NULL),
            sum(total) FILTER (WHERE outcome_at >= %1$d AND outcome_at < %2$d AND ours IS NOT NULL)
          FROM opportunities
          """,
          YEAR_START, YEAR_END, FIRST_DATE, END_DATE);

  private static final String DECISION_KPIS =
      String.format(
          "SELECT avg(CASE WHEN on_time THEN 1.0 ELSE 0.0 END) FROM decisions"
              + " WHERE decided_on >= %d AND decided_on < %d",
          FIRST_DATE, END_DATE);

  private void loadDuckDb(BookOfBusiness book) throws IOException, SQLException {
    Path directory = Files.createTempDirectory("ltc-benchmarks");
    csvDirectory = directory;
    Path opportunityFile = directory.resolve("opportunities.csv");
    Path decisionFile = directory.resolve("decisions.csv");
    try (Writer opps = Files.newBufferedWriter(opportunityFile, StandardCharsets.UTF_8);
        Writer decisions = Files.newBufferedWriter(decisionFile, StandardCharsets.UTF_8)) {
      for (int i = 0; i < book.opportunities().size(); i++) {
        Opportunity o = book.opportunities().get(i);
        Optional<OpportunityOutcome> outcome = o.outcome();
        Optional<AwardSplit> split = outcome.flatMap(DashboardBenchmark::split);
        opps.write(
            String.join(
                    ",",
                    book.officeOf(i).value(),
                    Long.toString(o.openedAt().getEpochSecond()),
                    outcome.map(x -> Long.toString(x.at().getEpochSecond())).orElse(""),
                    o.status().name(),
                    Boolean.toString(o.passed(Gate.ATI)),
                    Boolean.toString(o.passed(Gate.ATB)),
                    Boolean.toString(o.isOpen()),
                    o.expectedSigning().map(d -> Long.toString(d.toEpochDay())).orElse(""),
                    o.amount().getAmount().toPlainString(),
                    o.weightedAmount().getAmount().toPlainString(),
                    split.map(s -> s.ours().getAmount().toPlainString()).orElse(""),
                    split.map(s -> s.total().getAmount().toPlainString()).orElse(""))
                + "\n");
        for (GateDecision decision : o.decisions()) {
          decisions.write(
              decision.decidedOn().toEpochDay()
                  + ","
                  + (!decision.isLate() && decision.verdict() != Verdict.DEFERRED)
                  + "\n");
        }
      }
    }
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    duckDb = connection;
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE opportunities AS SELECT * FROM read_csv('"
              + opportunityFile
              + "', header = false, columns = {'office': 'VARCHAR', 'opened_at': 'BIGINT',"
              + " 'outcome_at': 'BIGINT', 'status': 'VARCHAR', 'ati': 'BOOLEAN', 'atb': 'BOOLEAN',"
              + " 'is_open': 'BOOLEAN', 'signing': 'BIGINT', 'amount': 'DECIMAL(18,2)', 'weighted':"
              + " 'DECIMAL(18,2)', 'ours': 'DECIMAL(18,2)', 'total': 'DECIMAL(18,2)'})");
      statement.execute(
          "CREATE TABLE decisions AS SELECT * FROM read_csv('"
              + decisionFile
              + "', header = false, columns = {'decided_on': 'BIGINT', 'on_time': 'BOOLEAN'})");
    }
  }
}
