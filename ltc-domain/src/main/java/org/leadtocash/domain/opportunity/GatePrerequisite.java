package org.leadtocash.domain.opportunity;

import org.leadtocash.domain.common.RuleId;

/**
 * What must be true before a gate can be approved (DOMAIN D3.2, D4.1), each with the rule it comes
 * from and the command that makes it true. A {@link GateReadiness} report evaluates them.
 */
public enum GatePrerequisite {
  /** ATI: the opportunity is verified — amount, expected signing date and probability are set. */
  VERIFIED(
      Gate.ATI,
      RuleId.D3_2,
      "the opportunity is verified: amount, expected signing date and win probability are set",
      "forecast(amount, expectedSigning, probability, at)"),
  /** ATI: delivery took part in verifying the opportunity. */
  DELIVERY_SUPPORTED_VERIFICATION(
      Gate.ATI,
      RuleId.D3_2,
      "delivery took part in verifying the opportunity",
      "recordDeliveryParticipation(deliveryPerson, at)"),
  /** ATI: the project triangle has an AR, an SR and an FR, named or resolved from the pools. */
  PROJECT_TRIANGLE_COMPLETE(
      Gate.ATI,
      RuleId.D4_1,
      "the project triangle has an AR, an SR and an FR, named or resolved from the pools",
      "assignTriangle(triangle, at), with a triangle from Staffing.staff(...)"),
  /** ATB: ATI is approved. */
  ATI_PASSED(Gate.ATB, RuleId.D3_2, "ATI is approved", "decide(an ATI ruling, at)"),
  /** ATB: an integrated plan and estimate is prepared with all four contributors. */
  INTEGRATED_ESTIMATE(
      Gate.ATB,
      RuleId.D3_2,
      "an integrated project plan and budget estimate is prepared with supply, procurement,"
          + " service delivery and finance",
      "recordEstimate(estimate with supply, procurement, service delivery and finance, at)"),
  /** ATC: ATB is approved. */
  ATB_PASSED(Gate.ATC, RuleId.D3_2, "ATB is approved", "decide(an ATB ruling, at)"),
  /** ATC: the integrated plan and estimate are refreshed after ATB. */
  REFRESHED_ESTIMATE(
      Gate.ATC,
      RuleId.D3_2,
      "the integrated plan and estimate are refreshed after ATB",
      "recordEstimate(the refreshed estimate, with all four contributors, at) after ATB");

  private final Gate gate;
  private final RuleId rule;
  private final String text;
  private final String remedy;

  GatePrerequisite(Gate gate, RuleId rule, String text, String remedy) {
    this.gate = gate;
    this.rule = rule;
    this.text = text;
    this.remedy = remedy;
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

  /**
   * {@return the command of {@link Opportunity} that makes it true, e.g. {@code
   * recordDeliveryParticipation(deliveryPerson, at)}; never null}
   */
  public String remedy() {
    return remedy;
  }
}
