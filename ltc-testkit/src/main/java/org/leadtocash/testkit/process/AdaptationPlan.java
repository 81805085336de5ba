package org.leadtocash.testkit.process;

import static org.leadtocash.testkit.Generators.earlier;
import static org.leadtocash.testkit.Generators.later;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.process.Adaptation;
import org.leadtocash.domain.process.AddProcess;
import org.leadtocash.domain.process.CompanyApproval;
import org.leadtocash.domain.process.Department;
import org.leadtocash.domain.process.KeyControlPoint;
import org.leadtocash.domain.process.Position;
import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.domain.process.ProcessCard;
import org.leadtocash.domain.process.ProcessChange;
import org.leadtocash.domain.process.ProcessId;
import org.leadtocash.domain.process.ProcessLevel;
import org.leadtocash.testkit.Settings;

/**
 * An adaptation attempt drawn before the architecture it is sent to is known (DOMAIN D1.2): it
 * picks its card, change, adapting level, company approval and date from the architecture when
 * {@link #on resolved}, so that every change fits the tree and a chain of plans stays meaningful
 * when jqwik shrinks it. {@link ProcessArchitectures#plans} draws them; {@link
 * ProcessArchitectures#allows} says whether D1.2 lets the resolved attempt through.
 */
public final class AdaptationPlan {

  private final Settings settings;
  private final int target;
  private final int kind;
  private final int variant;
  private final int by;
  private final int approval;
  private final int hours;

  /**
   * A plan.
   *
   * @param settings the window its dates stay in
   * @param target which card, modulo the number of cards
   * @param kind 0-3 revise, 4-5 add (revise under an L6 task), 6 retire
   * @param variant which revision: redescribe, drop a control point, output or metric, add one
   * @param by who adapts, by {@link OrganisationLevel} ordinal, or -1 for the level that owns the
   *     card
   * @param approval 0 none, 1-2 a valid one, 3 for another process, 4 given after the adaptation
   * @param hours how long after the latest event; negative for before it
   */
  AdaptationPlan(
      Settings settings, int target, int kind, int variant, int by, int approval, int hours) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.target = target;
    this.kind = kind;
    this.variant = variant;
    this.by = by;
    this.approval = approval;
    this.hours = hours;
  }

  /** {@return whether the attempt is dated before the architecture's latest event} */
  public boolean isBackdated() {
    return hours < 0;
  }

  /**
   * Resolves the plan against an architecture: the attempt it makes on it.
   *
   * @param architecture the architecture; not null
   * @return the attempt, as the {@link Adaptation} it would record if accepted; never null
   */
  public Adaptation on(ProcessArchitecture architecture) {
    List<ProcessCard> cards = architecture.catalogue().cards();
    ProcessCard card = cards.get(target % cards.size());
    long version = architecture.version();
    Instant latest = architecture.lastEventAt();
    Instant at = hours < 0 ? earlier(latest, -hours) : later(settings, latest, hours);
    ProcessChange change;
    if (kind == 6) {
      change = ProcessChange.retire();
    } else if (kind >= 4 && card.level() != ProcessLevel.L6) {
      change = ProcessChange.add(newChild(card, version));
    } else {
      change = ProcessChange.revise(revision(card, version));
    }
    OrganisationLevel level =
        by >= 0
            ? List.of(OrganisationLevel.values()).get(by)
            : owner(change instanceof AddProcess add ? add.card().level() : card.level());
    Optional<CompanyApproval> given =
        switch (approval) {
          case 0 -> Optional.empty();
          case 3 ->
              Optional.of(
                  new CompanyApproval(
                      "CA-" + version,
                      ProcessId.of("ELSEWHERE"),
                      ProcessArchitectures.APPROVER,
                      at));
          case 4 ->
              Optional.of(
                  new CompanyApproval(
                      "CA-" + version,
                      card.id(),
                      ProcessArchitectures.APPROVER,
                      at.plus(Duration.ofDays(1))));
          default ->
              Optional.of(
                  new CompanyApproval(
                      "CA-" + version,
                      card.id(),
                      ProcessArchitectures.APPROVER,
                      at.minus(Duration.ofDays(1))));
        };
    return new Adaptation(card.id(), change, level, given, at);
  }

  /**
   * Sends an attempt to an architecture: {@code adapt} with or without its approval.
   *
   * @param architecture the architecture; not null
   * @param attempt the attempt; not null
   * @return the transition, never null
   * @throws org.leadtocash.domain.common.DomainException if the architecture refuses it
   */
  public static Transition<ProcessArchitecture, ProcessArchitectureEvent> send(
      ProcessArchitecture architecture, Adaptation attempt) {
    return attempt
        .approval()
        .map(
            approval ->
                architecture.adapt(
                    attempt.process(), attempt.change(), attempt.by(), approval, attempt.at()))
        .orElseGet(
            () ->
                architecture.adapt(
                    attempt.process(), attempt.change(), attempt.by(), attempt.at()));
  }

  /** The level that owns a process level under D1.2. */
  private static OrganisationLevel owner(ProcessLevel level) {
    return switch (level) {
      case L1, L2, L3 -> OrganisationLevel.HEADQUARTERS;
      case L4 -> OrganisationLevel.REGION;
      case L5, L6 -> OrganisationLevel.REPRESENTATIVE_OFFICE;
    };
  }

  private ProcessCard revision(ProcessCard card, long version) {
    ProcessCard.Builder revised = ProcessCard.builder().from(card);
    switch (variant) {
      case 0 -> revised.description("Revised in version " + version + ".");
      case 1 -> revised.controlPoints(card.controlPoints().stream().skip(1).toList());
      case 2 -> revised.outputs(card.outputs().stream().skip(1).toList());
      case 3 -> revised.metrics(card.metrics().stream().skip(1).toList());
      case 4 ->
          revised.addControlPoints(
              KeyControlPoint.of("local check " + version, "the local check passes"));
      default -> revised.addOutputs("local report " + version);
    }
    return revised.build();
  }

  private ProcessCard newChild(ProcessCard parent, long version) {
    ProcessCard.Builder child = ProcessCard.builder();
    child
        .id(ProcessId.of(parent.id().value() + ".X" + version))
        .name("Local process " + version)
        .level(parent.level().below().orElseThrow())
        .parent(parent.id())
        .description("A local process.")
        .purpose("Fit a local scenario.")
        .owningDepartment(Department.SALES_MANAGEMENT)
        .ownerRole(Position.of("local owner"))
        .addOutputs("local output " + version);
    if (variant % 2 == 0) {
      child.addControlPoints(KeyControlPoint.of("local check", "the local check passes"));
    }
    return child.build();
  }

  /** {@return e.g. {@code adapt card #17, revise 2, by the owner, approval 1, +5h}} */
  @Override
  public String toString() {
    String what = kind == 6 ? "retire" : kind >= 4 ? "add " + variant : "revise " + variant;
    String who = by < 0 ? "the owner" : List.of(OrganisationLevel.values()).get(by).name();
    return "adapt card #"
        + target
        + ", "
        + what
        + ", by "
        + who
        + ", approval "
        + approval
        + ", "
        + (hours < 0 ? "" : "+")
        + hours
        + "h";
  }
}
