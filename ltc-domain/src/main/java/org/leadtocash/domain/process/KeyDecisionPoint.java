package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.opportunity.Gate;

/**
 * A key decision point (KDP, 关键决策点): a decision by an authority (DOMAIN D1.4). In LTC the KDPs are
 * the gates {@link Gate#ATI ATI}, {@link Gate#ATB ATB} and {@link Gate#ATC ATC} of Manage
 * Opportunity Points (D3.2); {@link #of(Gate)} returns them, and an opportunity records each as a
 * {@link org.leadtocash.domain.opportunity.GateDecision}.
 *
 * @param name a short name, e.g. {@code ATB}; not null, not blank
 * @param decision what is decided; not null, not blank
 * @param authority the position that decides; not null
 * @param gate the opportunity gate this KDP is, if it is one; not null
 */
public record KeyDecisionPoint(
    String name, String decision, Position authority, Optional<Gate> gate) implements ControlPoint {

  /**
   * The authority of the LTC gates: whoever the authorisation rules (授权与行权) name for the
   * opportunity (D3.2, and {@link org.leadtocash.domain.opportunity.GatePolicy}).
   */
  public static final Position GATE_AUTHORITY =
      Position.of("decision authority under the authorisation rules (授权与行权)");

  /**
   * Checks the parts.
   *
   * @param name a short name, e.g. {@code ATB}; not null, not blank
   * @param decision what is decided; not null, not blank
   * @param authority the position that decides; not null
   * @param gate the opportunity gate this KDP is, if it is one; not null
   * @throws IllegalArgumentException if the name or the decision is blank, or a gate's KDP is not
   *     named after its gate
   */
  public KeyDecisionPoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(gate, "gate");
    checkArgument(!name.isBlank(), "a KDP has a name (DOMAIN D1.4)");
    checkArgument(!decision.isBlank(), "a KDP states what is decided (DOMAIN D1.4)");
    gate.ifPresent(
        g ->
            checkArgument(
                name.equals(g.name()),
                "the KDP of gate %s is named %s, not '%s' (DOMAIN D1.4)",
                g,
                g,
                FreeText.escaped(name)));
  }

  /**
   * Returns the KDP of an opportunity gate (D3.2): named after the gate, deciding what it approves,
   * by the authority the authorisation rules name.
   *
   * @param gate the gate; not null
   * @return the KDP, never null
   */
  public static KeyDecisionPoint of(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return new KeyDecisionPoint(gate.name(), gate.label(), GATE_AUTHORITY, Optional.of(gate));
  }

  /**
   * Returns a KDP that is not an opportunity gate.
   *
   * @param name a short name; not null, not blank
   * @param decision what is decided; not null, not blank
   * @param authority who decides; not null
   * @return the KDP, never null
   */
  public static KeyDecisionPoint of(String name, String decision, Position authority) {
    return new KeyDecisionPoint(name, decision, authority, Optional.empty());
  }

  /** {@return {@link ControlPointKind#KDP}} */
  @Override
  public ControlPointKind kind() {
    return ControlPointKind.KDP;
  }

  /** {@return e.g. {@code KDP ATB}} */
  @Override
  public String toString() {
    return "KDP " + name;
  }
}
