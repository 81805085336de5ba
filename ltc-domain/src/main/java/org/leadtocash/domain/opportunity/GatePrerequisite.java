package org.leadtocash.domain.opportunity;

import org.leadtocash.domain.common.RuleId;

/**
 * What must be true before a gate can be passed (DOMAIN D3.2, D4.1), each with the rule it comes
 * from. A {@link GateReadiness} report evaluates them.
 */
public enum GatePrerequisite {
  /** ATI: the opportunity is verified — amount, expected signing date and probability are set. */
  VERIFIED(
      Gate.ATI,
      RuleId.D3_2,
      "the opportunity is verified: amount, expected signing date and win probability are set"),
  /** ATI: delivery took part in verifying the opportunity. */
  DELIVERY_SUPPORTED_VERIFICATION(
      Gate.ATI, RuleId.D3_2, "delivery took part in verifying the opportunity"),
  /** ATI: the project triangle has an AR, an SR and an FR, named or resolved from the pools. */
  PROJECT_TRIANGLE_COMPLETE(
      Gate.ATI,
      RuleId.D4_1,
      "the project triangle has an AR, an SR and an FR, named or resolved from the pools"),
  /** ATB: ATI is approved. */
  ATI_PASSED(Gate.ATB, RuleId.D3_2, "ATI is approved"),
  /** ATB: an integrated plan and estimate is prepared with all four contributors. */
  INTEGRATED_ESTIMATE(
      Gate.ATB,
      RuleId.D3_2,
      "an integrated project plan and budget estimate is prepared with supply, procurement,"
          + " service delivery and finance"),
  /** ATC: ATB is approved. */
  ATB_PASSED(Gate.ATC, RuleId.D3_2, "ATB is approved"),
  /** ATC: the integrated plan and estimate are refreshed after ATB. */
  REFRESHED_ESTIMATE(
      Gate.ATC, RuleId.D3_2, "the integrated plan and estimate are refreshed after ATB");

  private final Gate gate;
  private final RuleId rule;
  private final String text;

  GatePrerequisite(Gate gate, RuleId rule, String text) {
    this.gate = gate;
    this.rule = rule;
    this.text = text;
  }

  /** {@return the gate this prerequisite belongs to; never null} */
  public Gate gate() {
    return gate;
  }

  /** {@return the rule it comes from; never null} */
  public RuleId rule() {
    return rule;
  }

  /** {@return what must be true, in the domain's words; never null} */
  public String text() {
    return text;
  }
}
