package org.leadtocash.planning.account;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The six steps of the telecom key-account management process (DOMAIN D11.11), in their order; each
 * names the work it records and the {@link PlanPart parts of the account plan} it needs.
 */
public enum KamStep {
  /** Understand the customer's needs. */
  UNDERSTAND_NEEDS(
      "understand needs",
      "profile and database, usage history, key buying factors, research",
      ImmutableList.of(PlanPart.SALES_BY_PRODUCT, PlanPart.DECISION_MAKING)),
  /** Analyse the profitability and feasibility of the opportunities. */
  ANALYSE_OPPORTUNITIES(
      "analyse the profitability and feasibility of opportunities",
      "financial, technical and regulatory analysis; competitive assessment",
      ImmutableList.of(
          PlanPart.PROFITABILITY, PlanPart.BEST_OPPORTUNITIES, PlanPart.BIGGEST_RISKS)),
  /** Tailor the customer solution and the internal support it needs. */
  TAILOR_SOLUTION(
      "tailor the customer solution and its internal support",
      "the solution and the internal support it needs",
      ImmutableList.of(PlanPart.TEAM_REQUIREMENTS, PlanPart.PRODUCT_REQUIREMENTS)),
  /** Plan the communication: who, how, how often. */
  COMMUNICATION_PLAN(
      "communication plan",
      "who, how and how often",
      ImmutableList.of(PlanPart.TEAM_REQUIREMENTS, PlanPart.CALL_FREQUENCY)),
  /** Plan the implementation: timeline, milestones, owner. */
  IMPLEMENTATION_PLAN(
      "implementation plan",
      "timeline, milestones and owner",
      ImmutableList.of(PlanPart.TARGETS_BY_PRODUCT, PlanPart.MILESTONES)),
  /** Review the results and revise. */
  REVIEW_AND_REVISE(
      "review results and revise",
      "results against the measures, revisions",
      ImmutableList.of(PlanPart.MEASURES));

  private final String label;
  private final String work;
  private final ImmutableList<PlanPart> needs;

  KamStep(String label, String work, ImmutableList<PlanPart> needs) {
    this.label = label;
    this.work = work;
    this.needs = needs;
  }

  /** {@return the step in words, e.g. "communication plan"} */
  public String label() {
    return label;
  }

  /** {@return the work the step records as its evidence, e.g. "who, how and how often"} */
  public String work() {
    return work;
  }

  /** {@return the parts of the account plan the step needs, in the parts' order; never empty} */
  public List<PlanPart> needs() {
    return needs;
  }

  /** {@return the step's place in the process, from 1 to 6} */
  public int number() {
    return ordinal() + 1;
  }
}
