package org.leadtocash.domain.process;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * The record of one accepted adaptation of a process architecture (DOMAIN D1.2): which process,
 * what change, by which organisation level, with which company approval, and when.
 *
 * @param process the process the adaptation was sent to; not null
 * @param change what changed; not null
 * @param by the organisation level that adapted it; not null
 * @param approval the company approval it carried, if any; not null
 * @param at when; not null
 */
public record Adaptation(
    ProcessId process,
    ProcessChange change,
    OrganisationLevel by,
    Optional<CompanyApproval> approval,
    Instant at) {

  /**
   * Checks that no part is null.
   *
   * @param process the process the adaptation was sent to; not null
   * @param change what changed; not null
   * @param by the organisation level that adapted it; not null
   * @param approval the company approval it carried, if any; not null
   * @param at when; not null
   */
  public Adaptation {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(at, "at");
  }
}
