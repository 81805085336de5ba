package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * The report of a key-account review (DOMAIN D11.1): all ten principles and seven guiding
 * principles in the order of DOMAIN, each met, not met or not assessed, with the evidence and why,
 * and a summary. The report never throws: the account team acts on what it names.
 *
 * @param findings one finding per principle, in the order of {@link AccountPrinciple#all()}; not
 *     null
 */
public record PrincipleReport(List<PrincipleFinding> findings) {

  /**
   * Checks that every principle is reported once, in order.
   *
   * @param findings one finding per principle, in order; not null
   * @throws IllegalArgumentException if a principle is missing, repeated or out of order
   */
  public PrincipleReport {
    Objects.requireNonNull(findings, "findings");
    findings = ImmutableList.copyOf(findings);
    List<AccountPrinciple> all = AccountPrinciple.all();
    checkArgument(
        findings.size() == all.size(),
        "a principle review reports all %s principles (DOMAIN D11.1), not %s",
        all.size(),
        findings.size());
    for (int i = 0; i < all.size(); i++) {
      checkArgument(
          findings.get(i).principle().equals(all.get(i)),
          "a principle review reports the principles in the order of DOMAIN D11.1: expected %s at"
              + " %s, not %s",
          all.get(i).label(),
          i + 1,
          findings.get(i).principle().label());
    }
  }

  /** {@return the rule the report checks: {@link RuleId#D11_1}} */
  public RuleId rule() {
    return RuleId.D11_1;
  }

  /**
   * Returns the finding of one principle.
   *
   * @param principle the principle; not null
   * @return its finding, never null
   */
  public PrincipleFinding finding(AccountPrinciple principle) {
    Objects.requireNonNull(principle, "principle");
    return findings.get(principle.number() - 1);
  }

  /**
   * Returns the findings with one verdict.
   *
   * @param verdict the verdict; not null
   * @return those findings in the order of DOMAIN; never null
   */
  public List<PrincipleFinding> with(PrincipleVerdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return findings.stream()
        .filter(f -> f.verdict() == verdict)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether all 17 principles are met} */
  public boolean allMet() {
    return findings.stream().allMatch(f -> f.verdict() == PrincipleVerdict.MET);
  }

  /** {@return the counts in words, e.g. "9 of 17 principles met, 3 not met, 5 not assessed"} */
  public String summary() {
    return with(PrincipleVerdict.MET).size()
        + " of "
        + findings.size()
        + " principles met, "
        + with(PrincipleVerdict.NOT_MET).size()
        + " not met, "
        + with(PrincipleVerdict.NOT_ASSESSED).size()
        + " not assessed";
  }

  /** {@return the summary, then one line per principle in the order of DOMAIN} */
  public String explanation() {
    return summary()
        + "\n"
        + String.join("\n", findings.stream().map(PrincipleFinding::explanation).toList());
  }
}
