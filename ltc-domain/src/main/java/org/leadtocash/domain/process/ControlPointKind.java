package org.leadtocash.domain.process;

/** The two kinds of control point on a process (DOMAIN D1.4). */
public enum ControlPointKind {
  /** KCP, key control point (关键控制点): a pass/fail business check inside a process. */
  KCP,
  /** KDP, key decision point (关键决策点): a decision by an authority. */
  KDP
}
