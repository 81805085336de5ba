package org.leadtocash.domain.process;

import static org.leadtocash.domain.testing.DomainTesters.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.lead.LeadSubProcess;
import org.leadtocash.domain.opportunity.SalesPhase;

/** Architectures, cards and approvals for the process tests. */
final class ProcessFixtures {

  static final EmployeeId APPROVER = EmployeeId.of("E-HQ-PROCESS-BOARD");

  /** L4 ML validate and distribute. */
  static final ProcessId VALIDATE = LtcCatalogue.subProcess(LeadSubProcess.VALIDATE_AND_DISTRIBUTE);

  /** L5 validate the lead, which carries the lead validation KCP. */
  static final ProcessId VALIDATE_ACTIVITY = ProcessId.of(VALIDATE.value() + ".VALIDATE");

  /** L4 MO verify the opportunity. */
  static final ProcessId VERIFY = LtcCatalogue.subProcess(SalesPhase.VERIFY);

  private ProcessFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** The LTC architecture as headquarters establishes it on day 0. */
  static ProcessArchitecture established() {
    return ProcessArchitecture.establish(LtcCatalogue.standard(), day(0)).state();
  }

  /** A company approval of adapting a process, given on a day. */
  static CompanyApproval approval(ProcessId process, int day) {
    return new CompanyApproval("CA-2026-" + day, process, APPROVER, day(day));
  }

  /** A minimal card, ready to be completed or built. */
  static ProcessCard.Builder card(String id, ProcessLevel level, Optional<ProcessId> parent) {
    ProcessCard.Builder builder = ProcessCard.builder();
    builder
        .id(ProcessId.of(id))
        .name("Process " + id)
        .level(level)
        .parent(parent)
        .description("What " + id + " does.")
        .purpose("Why " + id + " exists.")
        .owningDepartment(Department.SALES_MANAGEMENT)
        .ownerRole(Position.of("process owner"));
    return builder;
  }

  /** A new card one level below a parent. */
  static ProcessCard child(ProcessCard parent, String key) {
    return card(
            parent.id().value() + "." + key,
            parent.level().below().orElseThrow(),
            Optional.of(parent.id()))
        .build();
  }

  /** The card of a process in an architecture. */
  static ProcessCard cardOf(ProcessArchitecture architecture, ProcessId process) {
    return architecture.card(process).orElseThrow();
  }

  /** A revision of a card with another description. */
  static ProcessCard redescribed(ProcessCard card, String description) {
    return ProcessCard.builder().from(card).description(description).build();
  }
}
