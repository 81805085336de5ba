package org.leadtocash.domain.lead;

import java.util.Optional;

/**
 * Where a lead is in its lifecycle (DOMAIN D2.4–D2.7).
 *
 * <pre>
 * CREATED ─submit→ SUBMITTED ─validate→ VALIDATED ─nurture→ NURTURING ─convert→ CONVERTED
 *                                           │   └──────────convert────────────────↗
 *                      suspend / resume ↔ SUSPENDED         close (from any open status) → CLOSED
 * </pre>
 */
public enum LeadStatus {
  /** Created by its creator, who is still collecting information (collect and generate). */
  CREATED(LeadSubProcess.COLLECT_AND_GENERATE, "created"),
  /** Its profile is submitted to a lead manager for validation. */
  SUBMITTED(LeadSubProcess.VALIDATE_AND_DISTRIBUTE, "submitted"),
  /** Its validation KCP is recorded; the weekly lead review decides on it. */
  VALIDATED(LeadSubProcess.VALIDATE_AND_DISTRIBUTE, "validated"),
  /** Suspended (hung) by the review; it can be resumed. */
  SUSPENDED(LeadSubProcess.VALIDATE_AND_DISTRIBUTE, "suspended"),
  /** Being nurtured by its nurturing owner (track and nurture). */
  NURTURING(LeadSubProcess.TRACK_AND_NURTURE, "in nurturing"),
  /** Converted into an opportunity; final (D2.7). */
  CONVERTED(null, "converted"),
  /** Closed: the need was not real or badly mismatched with our scope; final (D2.7). */
  CLOSED(null, "closed");

  private final Optional<LeadSubProcess> subProcess;

  private final String label;

  LeadStatus(@org.jspecify.annotations.Nullable LeadSubProcess subProcess, String label) {
    this.label = label;
    this.subProcess = Optional.ofNullable(subProcess);
  }

  /** {@return the lead status in words, for display, e.g. {@code created}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sub-process a lead in this status is in, or empty once it is final} */
  public Optional<LeadSubProcess> subProcess() {
    return subProcess;
  }

  /** {@return whether the status is final: converted or closed leads accept no command (D2.7)} */
  public boolean isFinal() {
    return this == CONVERTED || this == CLOSED;
  }
}
