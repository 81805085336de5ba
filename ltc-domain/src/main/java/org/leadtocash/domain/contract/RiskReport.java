package org.leadtocash.domain.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.ContractId;

/**
 * The risk review of a contract before signature (DOMAIN D5.4): every "buried mine" the {@link
 * ContractRiskPolicy} flags, each accepted or not. A contract is signed only when the report {@link
 * #isClear() is clear}.
 *
 * @param contract the contract reviewed; not null
 * @param findings the findings, in the order of the contract's clauses; not null
 */
public record RiskReport(ContractId contract, List<RiskFinding> findings) {

  /**
   * Checks the parts and copies the findings.
   *
   * @param contract the contract reviewed; not null
   * @param findings the findings, in the order of the contract's clauses; not null
   */
  public RiskReport {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(contract, "contract");
    findings = ImmutableList.copyOf(findings);
  }

  /** {@return whether no finding is left unaccepted: nothing stands in the way of signature} */
  public boolean isClear() {
    return findings.stream().allMatch(RiskFinding::accepted);
  }

  /** {@return the findings not accepted, in order; never null} */
  public List<RiskFinding> unaccepted() {
    return findings.stream().filter(f -> !f.accepted()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the clauses with at least one finding, in order; never null} */
  public Set<ClauseId> flaggedClauses() {
    return findings.stream().map(RiskFinding::clause).collect(ImmutableSet.toImmutableSet());
  }
}
