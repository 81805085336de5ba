package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * How far the opportunities cover the targets across the sales organisation (DOMAIN D9.5): per
 * customer and per unit, the target, what the opportunities cover (weighted or unweighted, as the
 * host chooses), the uncovered rest and any surplus, rolled up representative office → region →
 * area.
 *
 * <p>Every unit of the organisation has a line: an office with no plan shows zero; a region's and
 * an area's lines are the sums of their children's, figure by figure (see {@link Coverage}). The
 * report is in one currency. It refuses plans for a unit that is not a representative office of the
 * organisation, two plans for one office, a customer planned in two offices, an opportunity listed
 * twice anywhere in the report, and a plan in another currency.
 */
public final class CoverageReport {

  private final SalesOrganisation organisation;
  private final CurrencyUnit currency;
  private final CoverageMode mode;
  private final ImmutableList<OfficeTarget> targets;
  private final ImmutableMap<SalesUnitId, UnitCoverage> units;

  private CoverageReport(
      SalesOrganisation organisation,
      CurrencyUnit currency,
      CoverageMode mode,
      ImmutableList<OfficeTarget> targets,
      ImmutableMap<SalesUnitId, UnitCoverage> units) {
    this.organisation = organisation;
    this.currency = currency;
    this.mode = mode;
    this.targets = targets;
    this.units = units;
  }

  /**
   * Reports how far the opportunities cover the offices' targets.
   *
   * @param organisation the sales organisation; not null
   * @param currency the report's currency; not null, the currency of every target
   * @param mode weighted or unweighted coverage; not null
   * @param targets the offices' targets with their decompositions; not null, at most one per
   *     representative office of the organisation, each customer in one office, each opportunity
   *     once
   * @return the report, never null
   * @throws IllegalArgumentException if a target's office is not a representative office of the
   *     organisation or is planned twice, a target is in another currency, a customer is planned in
   *     two offices or an opportunity is listed twice
   */
  public static CoverageReport of(
      SalesOrganisation organisation,
      CurrencyUnit currency,
      CoverageMode mode,
      List<OfficeTarget> targets) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(mode, "mode");
    ImmutableList<OfficeTarget> plans = ImmutableList.copyOf(targets);
    Map<SalesUnitId, OfficeTarget> byOffice = new HashMap<>();
    Map<CustomerId, SalesUnitId> customers = new HashMap<>();
    Map<OpportunityId, CustomerId> opportunities = new HashMap<>();
    for (OfficeTarget plan : plans) {
      SalesUnitId office = plan.office();
      checkArgument(
          organisation.units().contains(office),
          "targets are planned for the offices of the sales organisation (DOMAIN D9.5): %s is not"
              + " one of its units",
          office);
      checkArgument(
          organisation.level(office) == OrganisationLevel.REPRESENTATIVE_OFFICE,
          "targets are planned per representative office and rolled up (DOMAIN D9.5): %s is a %s",
          office,
          organisation.level(office).label());
      checkArgument(
          plan.target().getCurrencyUnit().equals(currency),
          "a coverage report is in one currency (DOMAIN D9.5): %s's target is in %s, the report"
              + " in %s",
          office,
          plan.target().getCurrencyUnit(),
          currency);
      checkArgument(
          byOffice.put(office, plan) == null,
          "an office has one target (DOMAIN D9.5): %s is planned twice",
          office);
      for (CustomerNumber customer : plan.customers()) {
        SalesUnitId other = customers.put(customer.customer(), office);
        checkArgument(
            other == null,
            "a customer is planned in one office (DOMAIN D9.5): %s is planned in %s and in %s",
            customer.customer(),
            other,
            office);
        for (OpportunityId opportunity : customer.parts().keySet()) {
          CustomerId owner = opportunities.put(opportunity, customer.customer());
          checkArgument(
              owner == null,
              "an opportunity is listed once (DOMAIN D9.5): %s is listed for %s and for %s",
              opportunity,
              owner,
              customer.customer());
        }
      }
    }
    Map<SalesUnitId, UnitCoverage> lines = new LinkedHashMap<>();
    for (SalesUnitId unit : organisation.bottomUp()) {
      OrganisationLevel level = organisation.level(unit);
      if (level == OrganisationLevel.REPRESENTATIVE_OFFICE) {
        @Nullable OfficeTarget plan = byOffice.get(unit);
        lines.put(
            unit,
            plan == null
                ? new UnitCoverage(unit, level, Coverage.zero(currency), List.of())
                : new UnitCoverage(unit, level, plan.coverage(mode), plan.customerCoverage(mode)));
      } else {
        Coverage sum = Coverage.zero(currency);
        for (SalesUnitId child : organisation.children(unit)) {
          sum = sum.plus(Objects.requireNonNull(lines.get(child)).coverage());
        }
        lines.put(unit, new UnitCoverage(unit, level, sum, List.of()));
      }
    }
    ImmutableMap.Builder<SalesUnitId, UnitCoverage> ordered = ImmutableMap.builder();
    organisation.units().forEach(u -> ordered.put(u, Objects.requireNonNull(lines.get(u))));
    return new CoverageReport(organisation, currency, mode, plans, ordered.buildOrThrow());
  }

  /** {@return the sales organisation the report rolls up along; never null} */
  public SalesOrganisation organisation() {
    return organisation;
  }

  /** {@return the report's currency; never null} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return whether the opportunities count weighted or unweighted; never null} */
  public CoverageMode mode() {
    return mode;
  }

  /** {@return the offices' targets the report covers, in the order given; never null} */
  public List<OfficeTarget> targets() {
    return targets;
  }

  /**
   * {@return every unit's line, in the organisation's order (areas, then regions, then offices, as
   * added); never null}
   */
  public List<UnitCoverage> units() {
    return units.values().asList();
  }

  /**
   * Returns one unit's line.
   *
   * @param unit the unit; not null, in the organisation
   * @return its line, never null
   * @throws IllegalArgumentException if the unit is not in the organisation
   */
  public UnitCoverage unit(SalesUnitId unit) {
    UnitCoverage line = units.get(Objects.requireNonNull(unit, "unit"));
    checkArgument(line != null, "%s is not a unit of the sales organisation (DOMAIN D9.5)", unit);
    return line;
  }

  /**
   * Finds one customer's line.
   *
   * @param customer the customer; not null
   * @return its line, or empty if no office's target is decomposed onto it; never null
   */
  public Optional<CustomerCoverage> customer(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return units.values().stream()
        .flatMap(u -> u.customers().stream())
        .filter(c -> c.customer().equals(customer))
        .findFirst();
  }

  /**
   * {@return the whole organisation's coverage: the sum of its areas' lines (of its offices' lines,
   * equally); never null}
   */
  public Coverage total() {
    return organisation.units(OrganisationLevel.AREA).stream()
        .map(a -> unit(a).coverage())
        .reduce(Coverage.zero(currency), Coverage::plus);
  }

  /**
   * Renders the report as an indented tree: each area, its regions, their offices and the offices'
   * customers, one line each with the target, what is covered and its ratio, the uncovered rest and
   * any surplus.
   *
   * @return the rendering, never null
   */
  public String render() {
    StringBuilder out =
        new StringBuilder("Coverage of the targets by opportunities, ")
            .append(mode.label())
            .append(", in ")
            .append(currency)
            .append(" (DOMAIN D9.5)");
    for (SalesUnitId area : organisation.units(OrganisationLevel.AREA)) {
      render(out, area, 0);
    }
    return out.toString();
  }

  private void render(StringBuilder out, SalesUnitId unit, int depth) {
    UnitCoverage line = unit(unit);
    out.append('\n').append("  ".repeat(depth)).append(line.explanation());
    for (CustomerCoverage customer : line.customers()) {
      out.append('\n').append("  ".repeat(depth + 1)).append(customer.explanation());
    }
    for (SalesUnitId child : organisation.children(unit)) {
      render(out, child, depth + 1);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CoverageReport o
        && organisation.equals(o.organisation)
        && currency.equals(o.currency)
        && mode == o.mode
        && targets.equals(o.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, currency, mode, targets);
  }

  /** {@return the report rendered, see {@link #render()}} */
  @Override
  public String toString() {
    return render();
  }
}
