package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.contract.ReceivableLine;
import org.leadtocash.domain.contract.ReceivablesReport;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.process.Watch;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.relationship.ChainRisk;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueReview;

/**
 * The "four things watched" of the LTC 1-2-3-4 rhythm (DOMAIN D1.6): sales-management health, KPI
 * progress and gap, hilltop-project traffic lights, and risks and open legacy issues — one section
 * per {@link Watch}, each a list of printable lines, for a sales unit at a date. Build it from the
 * KPIs' results and the domain's own reports; {@link #render()} prints it.
 */
public final class Dashboard {

  private final String title;
  private final LocalDate asOf;
  private final ImmutableMap<Watch, ImmutableList<String>> sections;

  private Dashboard(String title, LocalDate asOf, Map<Watch, List<String>> sections) {
    this.title = title;
    this.asOf = asOf;
    ImmutableMap.Builder<Watch, ImmutableList<String>> copy = ImmutableMap.builder();
    for (Watch watch : Watch.values()) {
      copy.put(watch, ImmutableList.copyOf(sections.getOrDefault(watch, List.of())));
    }
    this.sections = copy.buildOrThrow();
  }

  /**
   * Starts a dashboard.
   *
   * @param title what it is of, e.g. the sales unit; not blank
   * @param asOf its date; not null
   * @return the builder, never null
   */
  public static Builder builder(String title, LocalDate asOf) {
    Objects.requireNonNull(title, "title");
    checkArgument(!title.isBlank(), "a dashboard has a title");
    return new Builder(title, Objects.requireNonNull(asOf, "asOf"));
  }

  /** {@return what the dashboard is of; never null} */
  public String title() {
    return title;
  }

  /** {@return its date; never null} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns one section's lines.
   *
   * @param watch the section; not null
   * @return its lines, never null
   */
  public List<String> section(Watch watch) {
    return sections.getOrDefault(Objects.requireNonNull(watch, "watch"), ImmutableList.of());
  }

  /** {@return the dashboard as text, the four sections in order; never null} */
  public String render() {
    StringBuilder text = new StringBuilder(title).append(" — ").append(asOf).append('\n');
    for (Watch watch : Watch.values()) {
      text.append("  ").append(watch.label()).append('\n');
      List<String> lines = section(watch);
      if (lines.isEmpty()) {
        text.append("    (nothing to report)\n");
      }
      lines.forEach(line -> text.append("    ").append(line).append('\n'));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /** Builds a {@link Dashboard}: add lines to its sections in any order. */
  public static final class Builder {
    private final String title;
    private final LocalDate asOf;
    private final Map<Watch, List<String>> sections = new EnumMap<>(Watch.class);

    private Builder(String title, LocalDate asOf) {
      this.title = title;
      this.asOf = asOf;
    }

    @CanIgnoreReturnValue
    private Builder line(Watch watch, String line) {
      sections.computeIfAbsent(watch, w -> new ArrayList<>()).add(line);
      return this;
    }

    /**
     * Adds a sales-management health indicator, e.g. the funnel or the lead conversion rate.
     *
     * @param label what it is; not null
     * @param value its value, printed with {@code toString()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder health(String label, Object value) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      return line(Watch.SALES_MANAGEMENT_HEALTH, label + ": " + value);
    }

    /**
     * Adds a KPI's progress against its target.
     *
     * @param progress the progress; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder progress(KpiProgress progress) {
      Objects.requireNonNull(progress, "progress");
      return line(Watch.KPI_PROGRESS_AND_GAP, progress.toString());
    }

    /**
     * Adds the traffic light of every hilltop project among the opportunities that has not ended —
     * open, or won and still awaiting ATC (D3.5) — reds first (D3.4).
     *
     * @param opportunities the opportunities; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hilltops(Collection<Opportunity> opportunities) {
      Objects.requireNonNull(opportunities, "opportunities");
      opportunities.stream()
          .filter(o -> o.isHilltop() && !o.isEnded())
          .sorted(
              Comparator.comparing((Opportunity o) -> o.trafficLight().orElseThrow())
                  .thenComparing(o -> o.id().value()))
          .forEach(
              o ->
                  line(
                      Watch.HILLTOP_TRAFFIC_LIGHTS,
                      o.trafficLight().orElseThrow().label()
                          + ": "
                          + o.id()
                          + " "
                          + o.name()
                          + ", "
                          + Figures.money(o.amount())
                          + ", phase: "
                          + o.phase().label()
                          + o.nextGate()
                              .map(g -> ", next gate " + g + " (" + g.label() + ")")
                              .orElse("")));
      return this;
    }

    /**
     * Adds the open customer issues, major and escalated first (D8.2).
     *
     * @param issues the issues; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder openIssues(Collection<CustomerIssue> issues) {
      Objects.requireNonNull(issues, "issues");
      issues.stream()
          .filter(CustomerIssue::isOpen)
          .sorted(IssueReview.REVIEW_ORDER)
          .forEach(i -> line(Watch.RISKS_AND_LEGACY_ISSUES, "open " + i));
      return this;
    }

    /**
     * Adds a contract's overdue receivables, oldest first (D5.3).
     *
     * @param receivables the report; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder overdue(ReceivablesReport receivables) {
      Objects.requireNonNull(receivables, "receivables");
      receivables.lines().stream()
          .filter(ReceivableLine::isOverdue)
          .sorted(Comparator.comparingLong(ReceivableLine::daysOverdue).reversed())
          .forEach(
              l ->
                  line(
                      Watch.RISKS_AND_LEGACY_ISSUES,
                      "overdue: "
                          + receivables.contract()
                          + " invoice "
                          + l.invoice()
                          + ", "
                          + Figures.money(l.outstanding())
                          + " outstanding, "
                          + l.bucket().label()
                          + " ("
                          + l.daysOverdue()
                          + " days)"));
      return this;
    }

    /**
     * Adds the risks of a decision chain (D7.2, D7.3).
     *
     * @param coverage the chain's coverage report; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder chainRisks(ChainCoverageReport coverage) {
      Objects.requireNonNull(coverage, "coverage");
      for (ChainRisk risk : coverage.risks()) {
        line(Watch.RISKS_AND_LEGACY_ISSUES, "decision chain " + coverage.customer() + ": " + risk);
      }
      return this;
    }

    /**
     * Adds any other risk or legacy issue.
     *
     * @param risk the line; not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder risk(String risk) {
      Objects.requireNonNull(risk, "risk");
      checkArgument(!risk.isBlank(), "a risk says what it is");
      return line(Watch.RISKS_AND_LEGACY_ISSUES, risk);
    }

    /** {@return the dashboard; never null} */
    public Dashboard build() {
      return new Dashboard(title, asOf, sections);
    }
  }
}
