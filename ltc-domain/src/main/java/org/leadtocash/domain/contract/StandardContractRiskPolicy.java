package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The default {@link ContractRiskPolicy}; see {@link ContractRiskPolicy#standard(int, int)}.
 *
 * @param penaltyCapPercent the highest acceptable penalty cap in percent; positive
 * @param maxPaymentTermDays the longest acceptable payment term in days; not negative
 */
record StandardContractRiskPolicy(int penaltyCapPercent, int maxPaymentTermDays)
    implements ContractRiskPolicy {

  /** Wording that makes acceptance criteria unmeasurable. */
  static final List<String> VAGUE_WORDING =
      List.of(
          "satisfaction",
          "satisfactory",
          "sole discretion",
          "to be agreed",
          "to be determined",
          "tbd");

  StandardContractRiskPolicy {
    checkArgument(
        penaltyCapPercent > 0,
        "a penalty cap limit is a positive percent, not %s",
        penaltyCapPercent);
    checkArgument(
        maxPaymentTermDays >= 0,
        "a payment term limit is not negative, not %s days",
        maxPaymentTermDays);
  }

  @Override
  public List<RiskFinding> assess(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    ImmutableList.Builder<RiskFinding> findings = ImmutableList.builder();
    Optional<Clause> firstPaymentTerms =
        contract.clauses().stream().filter(c -> c.type() == ClauseType.PAYMENT_TERMS).findFirst();
    for (Clause clause : contract.clauses()) {
      switch (clause.type()) {
        case UNLIMITED_LIABILITY ->
            findings.add(
                RiskFinding.of(
                    clause.id(), RiskKind.UNLIMITED_LIABILITY, "liability is not capped"));
        case PENALTY -> penalty(clause).ifPresent(findings::add);
        case ACCEPTANCE_CRITERIA -> vagueness(clause).ifPresent(findings::add);
        case PAYMENT_TERMS -> {
          paymentTerm(clause).ifPresent(findings::add);
          if (firstPaymentTerms.equals(Optional.of(clause))) {
            findings.addAll(schedule(clause, contract));
          }
        }
        default -> {
          // no standard risk in the other clause types
        }
      }
    }
    return findings.build();
  }

  private Optional<RiskFinding> penalty(Clause clause) {
    if (clause.capPercent().isEmpty()) {
      return Optional.of(
          RiskFinding.of(
              clause.id(), RiskKind.UNCAPPED_PENALTY, "the penalty has no cap on its total"));
    }
    int cap = clause.capPercent().orElseThrow();
    return cap > penaltyCapPercent
        ? Optional.of(
            RiskFinding.of(
                clause.id(),
                RiskKind.PENALTY_ABOVE_CAP,
                "the penalty is capped at "
                    + cap
                    + "% of the contract value, above the "
                    + penaltyCapPercent
                    + "% limit"))
        : Optional.empty();
  }

  private static Optional<RiskFinding> vagueness(Clause clause) {
    String text = clause.text().toLowerCase(Locale.ROOT);
    return VAGUE_WORDING.stream()
        .filter(text::contains)
        .findFirst()
        .map(
            wording ->
                RiskFinding.of(
                    clause.id(),
                    RiskKind.VAGUE_ACCEPTANCE_CRITERIA,
                    "the acceptance criteria are not measurable ('" + wording + "')"));
  }

  private Optional<RiskFinding> paymentTerm(Clause clause) {
    return clause
        .paymentTermDays()
        .filter(days -> days > maxPaymentTermDays)
        .map(
            days ->
                RiskFinding.of(
                    clause.id(),
                    RiskKind.LONG_PAYMENT_TERM,
                    "the customer pays "
                        + days
                        + " days after invoicing, more than the "
                        + maxPaymentTermDays
                        + "-day limit"));
  }

  private static List<RiskFinding> schedule(Clause paymentTerms, Contract contract) {
    ImmutableList.Builder<RiskFinding> findings = ImmutableList.builder();
    List<PaymentMilestone> milestones = contract.milestones();
    if (!milestones.isEmpty()
        && milestones.stream().noneMatch(m -> m.trigger() == PaymentTrigger.ON_SIGNATURE)) {
      findings.add(
          RiskFinding.of(
              paymentTerms.id(),
              RiskKind.NO_ADVANCE_PAYMENT,
              "no payment milestone is an advance paid on signature"));
    }
    Optional<PaymentMilestone> onAcceptance =
        milestones.stream().filter(m -> m.trigger() == PaymentTrigger.ON_ACCEPTANCE).findFirst();
    if (onAcceptance.isPresent()
        && contract.clauses().stream().noneMatch(c -> c.type() == ClauseType.ACCEPTANCE_CRITERIA)) {
      findings.add(
          RiskFinding.of(
              paymentTerms.id(),
              RiskKind.ACCEPTANCE_CRITERIA_MISSING,
              "milestone "
                  + onAcceptance.orElseThrow().id()
                  + " is paid on acceptance, but no clause states the acceptance criteria"));
    }
    return findings.build();
  }

  /**
   * {@return how a host builds this policy, e.g. {@code ContractRiskPolicy.standard(10, 90)}: the
   * name signatures log}
   */
  @Override
  public String toString() {
    return "ContractRiskPolicy.standard(" + penaltyCapPercent + ", " + maxPaymentTermDays + ")";
  }
}
