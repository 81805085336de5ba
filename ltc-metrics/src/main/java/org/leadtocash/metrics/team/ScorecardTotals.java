package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;
import org.leadtocash.metrics.SumTree;

/**
 * The accumulator of {@link RoleScorecard} (DOMAIN D4.2, D12): for every employee, core role and
 * role KPI measured, the sum of the values and the number of measurements — the two parts of an
 * exact average.
 *
 * <p>An immutable value: {@link #plus(ScorecardTotals)} is associative and commutative, {@link
 * #NONE} is its identity, and two accumulators with the same lines are equal however they were
 * built.
 *
 * <p><b>Cost.</b> Scorecards are per employee, so the accumulator holds one line per employee, role
 * and KPI measured (at most 5 KPIs per role), not per measurement. It is a persistent tree: adding
 * a measurement costs O(log n) for n lines and merging parts of m ≤ n lines O(m log(n/m + 1)), both
 * expected; building the scorecards in the result costs O(n) once.
 */
public final class ScorecardTotals {

  /** No measurement. */
  public static final ScorecardTotals NONE =
      new ScorecardTotals(
          SumTree.empty(Line.ORDER, ScorecardTotals::hash, ScorecardTotals.Sum::plus));

  private final SumTree<Line, Sum> lines;

  private ScorecardTotals(SumTree<Line, Sum> lines) {
    this.lines = lines;
  }

  /**
   * Adds a measurement to its employee's, role's and KPI's line.
   *
   * @param measurement the measurement; not null
   * @return the new accumulator, never null
   */
  public ScorecardTotals plus(RoleKpiMeasurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    return new ScorecardTotals(
        lines.plus(
            new Line(measurement.employee(), measurement.role(), measurement.kpi()),
            new Sum(measurement.value(), 1)));
  }

  /**
   * Merges another accumulator: a line in both gets both sums and counts.
   *
   * @param other the other accumulator; not null
   * @return the merged accumulator, never null
   */
  public ScorecardTotals plus(ScorecardTotals other) {
    Objects.requireNonNull(other, "other");
    return new ScorecardTotals(lines.plus(other.lines));
  }

  /** {@return how many lines (employee, role, KPI) it holds} */
  public int lines() {
    return lines.size();
  }

  /**
   * Returns the scorecards: one per employee and role measured, every KPI of the role with its
   * average ({@link Rate#NO_DATA} where not measured).
   *
   * @return the scorecards, never null
   */
  public Scorecards scorecards() {
    List<Scorecard> cards = new ArrayList<>();
    Map<RoleKpi, Rate> averages = new EnumMap<>(RoleKpi.class);
    @Nullable Line open = null;
    for (Map.Entry<Line, Sum> entry : lines.toMap().entrySet()) {
      Line line = entry.getKey();
      if (open != null && !open.sameCard(line)) {
        cards.add(card(open, averages));
        averages.clear();
      }
      open = line;
      Sum sum = entry.getValue();
      averages.put(line.kpi(), Rate.of(sum.total(), BigDecimal.valueOf(sum.count())));
    }
    if (open != null) {
      cards.add(card(open, averages));
    }
    return new Scorecards(ImmutableList.copyOf(cards));
  }

  /** {@return whether the other object holds the same lines with equal sums and counts} */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScorecardTotals that && lines.equals(that.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** {@return e.g. {@code 2 lines: {E-1 AR CUSTOMER_RELATIONSHIP=1.8/2, …}}} */
  @Override
  public String toString() {
    return lines() + (lines() == 1 ? " line: " : " lines: ") + lines;
  }

  private static Scorecard card(Line line, Map<RoleKpi, Rate> measured) {
    Map<RoleKpi, Rate> all = new EnumMap<>(RoleKpi.class);
    for (RoleKpi kpi : line.role().kpis()) {
      all.put(kpi, measured.getOrDefault(kpi, Rate.NO_DATA));
    }
    return new Scorecard(line.employee(), line.role(), all);
  }

  private static int hash(Line line) {
    return Objects.hash(line.employee().value(), line.role().name(), line.kpi().name());
  }

  /** One line of the totals: an employee, a role and one of its KPIs. */
  private record Line(EmployeeId employee, CoreRole role, RoleKpi kpi) {

    static final Comparator<Line> ORDER =
        Comparator.comparing((Line l) -> l.employee().value())
            .thenComparing(Line::role)
            .thenComparing(Line::kpi);

    boolean sameCard(Line other) {
      return employee.equals(other.employee) && role == other.role;
    }

    @Override
    public String toString() {
      return employee + " " + role + " " + kpi;
    }
  }

  /** The sum of a line's values and the number of its measurements. */
  private record Sum(BigDecimal total, long count) {

    Sum {
      checkArgument(count > 0, "a line holds at least one measurement");
    }

    Sum plus(Sum other) {
      return new Sum(total.add(other.total), Math.addExact(count, other.count));
    }

    @Override
    public String toString() {
      return total.toPlainString() + "/" + count;
    }
  }
}
