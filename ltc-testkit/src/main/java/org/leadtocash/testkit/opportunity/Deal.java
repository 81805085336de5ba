package org.leadtocash.testkit.opportunity;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.joda.money.Money;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GatePolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.testkit.Settings;

/**
 * The inputs of an opportunity's commands as a sales team prepares them (DOMAIN D3.2, D4.1): the
 * project triangle, the integrated estimate, the ruling of a gate. Shared by the steps of the
 * opportunity's model and by the walk of the book of business.
 */
final class Deal {

  static final EmployeeId AR = EmployeeId.of("E-AR");
  static final EmployeeId SR = EmployeeId.of("E-SR");
  static final EmployeeId FR = EmployeeId.of("E-FR");
  static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");

  private Deal() {}

  /** {@return who decides a gate at a level: the head of that level} */
  static EmployeeId head(OrganisationLevel level) {
    return switch (level) {
      case REPRESENTATIVE_OFFICE -> EmployeeId.of("E-OFFICE");
      case REGION -> EmployeeId.of("E-REGION");
      case AREA -> EmployeeId.of("E-AREA");
      case HEADQUARTERS -> EmployeeId.of("E-HQ");
    };
  }

  /** The project triangle of an opportunity: AR of the customer group, SR and FR from the pools. */
  static ProjectTriangle triangle(Opportunity o, boolean complete) {
    ProjectTriangle triangle =
        ProjectTriangle.of(o.id(), SPONSOR)
            .assign(CoreRole.AR, ProjectMember.dedicated(AR, o.customer()))
            .assign(CoreRole.SR, ProjectMember.pooled(SR, OrganisationLevel.REGION));
    return complete
        ? triangle.assign(
            CoreRole.FR, ProjectMember.pooled(FR, OrganisationLevel.REPRESENTATIVE_OFFICE))
        : triangle;
  }

  /** An estimate of 70% of the amount, prepared on a date by the given contributors. */
  static ProjectEstimate estimate(Opportunity o, LocalDate on, Set<EstimateContributor> by) {
    return ProjectEstimate.builder()
        .preparedOn(on)
        .estimatedCost(o.amount().multipliedBy(7).dividedBy(10, RoundingMode.HALF_EVEN))
        .contributors(by)
        .build();
  }

  /** The integrated estimate: every contributor took part (D3.2). */
  static ProjectEstimate integratedEstimate(Opportunity o, LocalDate on) {
    return estimate(o, on, EnumSet.allOf(EstimateContributor.class));
  }

  /** A ruling of the head of a level, with a condition when approved with conditions. */
  static Ruling ruling(Gate gate, Verdict verdict, OrganisationLevel level, LocalDate on) {
    Ruling.Builder ruling =
        Ruling.builder()
            .gate(gate)
            .authority(DecisionAuthority.of(head(level), level))
            .decidedOn(on)
            .verdict(verdict)
            .rationale(gate + " " + verdict);
    if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
      ruling.addCondition("advance payment of at least 20%");
    }
    return ruling.build();
  }

  /** The policy of the book: a region decides from 10 M, headquarters from 50 M. */
  static GatePolicy policy(Settings settings) {
    return GatePolicy.standard(
        Money.ofMajor(settings.currency(), 10_000_000),
        Money.ofMajor(settings.currency(), 50_000_000));
  }

  /** Moves on to a phase, unless it is there or beyond already. */
  static Opportunity movedTo(Opportunity o, SalesPhase phase, Instant at) {
    return o.phase().compareTo(phase) < 0 ? o.moveTo(phase, at).state() : o;
  }

  /** Forecasts the current amount with a signing date and probability. */
  static Opportunity forecast(Opportunity o, LocalDate signing, int percent, Instant at) {
    return o.forecast(o.amount(), signing, Probability.ofPercent(percent), at).state();
  }
}
