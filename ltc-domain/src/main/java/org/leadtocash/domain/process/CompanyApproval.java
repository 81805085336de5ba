package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * A recorded company approval (公司批准) for a local adaptation of a process: a region adapts L4 only
 * with one (DOMAIN D1.2). It approves adapting one process, the one the adaptation is sent to (for
 * a new process, its parent), and is given before the adaptation.
 *
 * @param reference the approval's reference in the host's records; not null, not blank
 * @param process the process whose adaptation is approved; not null
 * @param approvedBy who approved it for the company; not null
 * @param approvedAt when; not null
 */
public record CompanyApproval(
    String reference, ProcessId process, EmployeeId approvedBy, Instant approvedAt) {

  /**
   * Checks the parts.
   *
   * @param reference the approval's reference in the host's records; not null, not blank
   * @param process the process whose adaptation is approved; not null
   * @param approvedBy who approved it for the company; not null
   * @param approvedAt when; not null
   * @throws IllegalArgumentException if the reference is blank
   */
  public CompanyApproval {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedAt, "approvedAt");
    checkArgument(!reference.isBlank(), "a company approval has a reference (DOMAIN D1.2)");
  }

  /**
   * Returns whether this approval covers adapting a process at a time: it names the process and was
   * given no later.
   *
   * @param target the process being adapted; not null
   * @param at when it is adapted; not null
   * @return whether the approval covers it
   */
  public boolean covers(ProcessId target, Instant at) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(at, "at");
    return process.equals(target) && !approvedAt.isAfter(at);
  }
}
