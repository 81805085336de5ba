package org.leadtocash.domain.opportunity;

import java.util.Optional;

/**
 * The sub-processes of Manage Opportunity Points, in order (DOMAIN D3.1), and the gate each needs
 * passed before it is entered (D3.2): the project is initiated (ATI) before a solution is
 * developed, and approved to bid (ATB) before the bid. ATC, approve to contract, is decided while
 * negotiating and is needed for the signature.
 */
public enum SalesPhase {
  /** Verify the opportunity (验证机会点); delivery takes part, and ATI closes it. */
  VERIFY("verify the opportunity", null),
  /** Develop and submit the solution (制定并提交解决方案). */
  DEVELOP_SOLUTION("develop and submit the solution", Gate.ATI),
  /** Pre-bid guidance (标前引导): shape the tender, technical indicators as entry barriers. */
  PRE_BID_GUIDANCE("pre-bid guidance", Gate.ATI),
  /** Bid (投标). */
  BID("bid", Gate.ATB),
  /** Negotiate and generate the contract (谈判和生成合同); ATC is decided here. */
  NEGOTIATE("negotiate and generate the contract", Gate.ATB);

  private final String label;
  private final Optional<Gate> requiredGate;

  SalesPhase(String label, @org.jspecify.annotations.Nullable Gate requiredGate) {
    this.label = label;
    this.requiredGate = Optional.ofNullable(requiredGate);
  }

  /** {@return the phase in the domain's words; never null} */
  public String label() {
    return label;
  }

  /** {@return the gate that must be passed before the phase is entered, if any; never null} */
  public Optional<Gate> requiredGate() {
    return requiredGate;
  }
}
