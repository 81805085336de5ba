package org.leadtocash.metrics.customer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.ProcurementStep;
import org.leadtocash.domain.relationship.RoleCoverage;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relationship coverage (DOMAIN D12, D7.2, D7.3, D7.7) over assessed decision chains, at a
 * key-relationship level the host chooses (D7.4):
 *
 * <ul>
 *   <li><b>role coverage</b>: of the seven decision roles of each chain (D7.2), the share held by
 *       at least one person whose key-relationship level is at or above the chosen level — a role
 *       no one holds (hidden) or whose holders are below the level, or have no level, is not
 *       covered;
 *   <li><b>supporters versus opponents</b>: the key people counted by stance (D7.3), per chain — a
 *       person in two chains (two opportunities of one customer) counts in each;
 *   <li><b>coached chains</b>: the share of chains with at least one coach (D7.3);
 *   <li><b>procurement steps</b>: of the eight steps of the customer's procurement process (D7.7),
 *       the share we take part in, over the chains that came with an organisational relationship —
 *       one customer with several chains that each carry it counts once per chain.
 * </ul>
 *
 * <p>The figures reuse {@link org.leadtocash.domain.relationship.DecisionChain#coverage}; the
 * chains are a snapshot, so the KPI has no period. No chain gives "no data" rates and zero counts.
 *
 * <p>At-least-once delivery (DOMAIN D12): an {@link AssessedChain} is an assessment, with no id of
 * its own, so this KPI cannot tell a record delivered twice from two equal facts, and counts every
 * record it is given. The host delivers each of its assessed chains once (deduplicating at its own
 * source if its delivery may repeat).
 */
public final class RelationshipCoverage
    implements Kpi<AssessedChain, CoverageCounts, CoverageFigures> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("relationship-coverage");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(RelationshipCoverage.class);

  /** The decision roles of a chain (D7.2). */
  static final int ROLES = DecisionRole.values().length;

  /** The steps of a procurement process (D7.7). */
  static final int STEPS = ProcurementStep.values().length;

  private final KeyRelationshipLevel minimum;
  private final KpiDefinition definition;

  private RelationshipCoverage(KeyRelationshipLevel minimum) {
    this.minimum = minimum;
    this.definition = definition(minimum.label());
  }

  /**
   * Returns the KPI that counts a role as covered when a holder is at or above a level; it has no
   * period of its own.
   *
   * @param minimum the lowest key-relationship level that covers a role (D7.4); not null
   * @return the KPI, never null
   */
  public static RelationshipCoverage of(KeyRelationshipLevel minimum) {
    return new RelationshipCoverage(Objects.requireNonNull(minimum, "minimum"));
  }

  static KpiDefinition definition(String level) {
    return new KpiDefinition(
        ID,
        "relationship coverage",
        KpiUnit.RATE,
        "decision chains (D7.2) with the key-relationship levels of their people, and optionally"
            + " the organisational relationship with their customer",
        "a snapshot: the chains and levels as passed",
        EmptyPopulation.NO_DATA,
        "decision roles held by a person at or above the level '"
            + level
            + "' / (7 × chains); chains with a coach / chains; procurement steps taken part in /"
            + " (8 × chains with an organisational relationship); key people per stance"
            + " (supporter, neutral, opponent, unknown)",
        "D12");
  }

  /** {@return the lowest key-relationship level that covers a role; never null} */
  public KeyRelationshipLevel minimum() {
    return minimum;
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public CoverageCounts empty() {
    return CoverageCounts.NONE;
  }

  @Override
  public CoverageCounts add(CoverageCounts accumulator, AssessedChain assessed) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(assessed, "assessed");
    if (LOG.isDebugEnabled()) {
      List<PersonId> strangers =
          assessed.levels().keySet().stream()
              .filter(p -> assessed.chain().person(p).isEmpty())
              .toList();
      if (!strangers.isEmpty()) {
        LOG.debug(
            "relationship-coverage: levels of {} left out of the chain of {}{}: not in the chain",
            strangers,
            assessed.chain().customer(),
            assessed.chain().opportunity().map(o -> " for " + o).orElse(""));
      }
    }
    return accumulator.plus(count(assessed));
  }

  @Override
  public CoverageCounts merge(CoverageCounts left, CoverageCounts right) {
    Objects.requireNonNull(left, "left");
    return left.plus(Objects.requireNonNull(right, "right"));
  }

  @Override
  public CoverageFigures result(CoverageCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return new CoverageFigures(
        new Tally(counts.rolesCovered(), Math.multiplyExact(ROLES, counts.chains())).rate(),
        new Tally(counts.coachedChains(), counts.chains()).rate(),
        counts.organisations() == 0
            ? Rate.NO_DATA
            : Rate.of(counts.stepsTakenPart(), Math.multiplyExact(STEPS, counts.organisations())),
        counts.supporters(),
        counts.neutrals(),
        counts.opponents(),
        counts.stanceUnknown());
  }

  private CoverageCounts count(AssessedChain assessed) {
    Map<PersonId, KeyRelationshipLevel> levels = assessed.levels();
    ChainCoverageReport report = assessed.chain().coverage(levels, false);
    long covered = 0;
    for (RoleCoverage role : report.roles()) {
      if (role.holders().stream().anyMatch(p -> isCovered(levels.get(p)))) {
        covered++;
      }
    }
    long organisations = assessed.organisation().isPresent() ? 1 : 0;
    long steps = assessed.organisation().map(o -> (long) o.steps().size()).orElse(0L);
    return new CoverageCounts(
        1,
        covered,
        report.hasCoach() ? 1 : 0,
        report.count(Stance.SUPPORTER),
        report.count(Stance.NEUTRAL),
        report.count(Stance.OPPONENT),
        report.stanceUnknownCount(),
        organisations,
        steps);
  }

  private boolean isCovered(@Nullable KeyRelationshipLevel level) {
    return level != null && level.isAtLeast(minimum);
  }
}
