package org.leadtocash.domain.process;

/** The three kinds of Huawei's fifteen L1 processes (DOMAIN D1.5). */
public enum ProcessKind {
  /**
   * Operating processes (运作流程): strongly customer-facing, they create value directly for the
   * customer.
   */
  OPERATING,
  /** Enabling processes (使能流程): they enable the operating processes to succeed. */
  ENABLING,
  /** Supporting processes (支撑流程): the platform the whole company runs on. */
  SUPPORTING
}
