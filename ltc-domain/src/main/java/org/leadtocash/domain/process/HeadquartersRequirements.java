package org.leadtocash.domain.process;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.leadtocash.domain.common.KpiId;

/**
 * Headquarters' control and data-integration requirements on one process (DOMAIN D1.2): the control
 * points (KCPs and KDPs, D1.4), outputs and metrics that headquarters put on its card. No
 * adaptation below headquarters removes any of them.
 *
 * @param controlPoints the KCPs and KDPs to keep; not null
 * @param outputs the outputs other processes and systems integrate with; not null
 * @param metrics the KPIs headquarters measures the process by; not null
 */
public record HeadquartersRequirements(
    Set<ControlPoint> controlPoints, Set<String> outputs, Set<KpiId> metrics) {

  /**
   * Checks and copies the parts.
   *
   * @param controlPoints the KCPs and KDPs to keep; not null
   * @param outputs the outputs other processes and systems integrate with; not null
   * @param metrics the KPIs headquarters measures the process by; not null
   */
  public HeadquartersRequirements {
    Objects.requireNonNull(controlPoints, "controlPoints");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(metrics, "metrics");
    controlPoints = ImmutableSet.copyOf(controlPoints);
    outputs = ImmutableSet.copyOf(outputs);
    metrics = ImmutableSet.copyOf(metrics);
  }

  /**
   * Returns the requirements headquarters sets with a card: everything the card controls, produces
   * and is measured by.
   *
   * @param card the card headquarters set; not null
   * @return the requirements, never null
   */
  public static HeadquartersRequirements of(ProcessCard card) {
    Objects.requireNonNull(card, "card");
    return new HeadquartersRequirements(
        ImmutableSet.copyOf(card.controlPoints()),
        ImmutableSet.copyOf(card.outputs()),
        card.metrics());
  }

  /**
   * Returns the requirements that a card does not keep.
   *
   * @param card a revision of the process's card; not null
   * @return what the card drops, empty if it keeps everything; never null
   */
  public HeadquartersRequirements missingFrom(ProcessCard card) {
    Objects.requireNonNull(card, "card");
    return new HeadquartersRequirements(
        Sets.difference(controlPoints, ImmutableSet.copyOf(card.controlPoints())),
        Sets.difference(outputs, ImmutableSet.copyOf(card.outputs())),
        Sets.difference(metrics, card.metrics()));
  }

  /** {@return whether there is no requirement at all} */
  public boolean isEmpty() {
    return controlPoints.isEmpty() && outputs.isEmpty() && metrics.isEmpty();
  }

  /** {@return e.g. {@code [KCP lead validation, output 'qualified leads', metric win-rate]}} */
  @Override
  public String toString() {
    return Stream.of(
            controlPoints.stream().map(ControlPoint::toString),
            outputs.stream().map(o -> "output '" + o + "'"),
            metrics.stream().map(m -> "metric " + m))
        .flatMap(s -> s)
        .toList()
        .toString();
  }
}
