package org.leadtocash.domain.process;

/**
 * A control point on a process (DOMAIN D1.4): either a {@link KeyControlPoint KCP}, a pass/fail
 * business check, or a {@link KeyDecisionPoint KDP}, a decision by an authority. At L1–L3 they are
 * headquarters' control requirements; no level below headquarters removes one that headquarters set
 * (D1.2).
 */
public sealed interface ControlPoint permits KeyControlPoint, KeyDecisionPoint {

  /** {@return the control point's short name, e.g. {@code lead validation} or {@code ATB}} */
  String name();

  /** {@return whether it is a KCP or a KDP; never null} */
  ControlPointKind kind();
}
