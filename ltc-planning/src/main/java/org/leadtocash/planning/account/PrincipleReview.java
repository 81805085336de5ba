package org.leadtocash.planning.account;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A key-account review checklist (DOMAIN D11.1): for each of the ten principles and seven guiding
 * principles it checks, what the reviewer recorded (met or not, with the evidence).
 *
 * <p>A review may cover some principles only; {@link #report()} lists all 17 in the order of DOMAIN
 * as met (recorded met, with evidence), not met (recorded not met, or recorded met without
 * evidence: a principle is met only on evidence) or not assessed (nothing recorded). Build one with
 * {@link #builder()}.
 *
 * @param assessments what was recorded per principle, kept in the order of DOMAIN; not null, no
 *     null key or value
 */
public record PrincipleReview(Map<AccountPrinciple, Assessment> assessments) {

  /**
   * Copies the assessments into the order of DOMAIN.
   *
   * @param assessments what was recorded per principle; not null, no null key or value
   */
  public PrincipleReview {
    Objects.requireNonNull(assessments, "assessments");
    Map<AccountPrinciple, Assessment> copy = new HashMap<>();
    assessments.forEach(
        (p, a) ->
            copy.put(
                Objects.requireNonNull(p, "assessments' principle"),
                Objects.requireNonNull(a, "assessments' assessment")));
    ImmutableMap.Builder<AccountPrinciple, Assessment> ordered = ImmutableMap.builder();
    for (AccountPrinciple principle : AccountPrinciple.all()) {
      Assessment assessment = copy.get(principle);
      if (assessment != null) {
        ordered.put(principle, assessment);
      }
    }
    assessments = ordered.buildOrThrow();
  }

  /** {@return a builder of a review with nothing recorded yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was recorded for one principle.
   *
   * @param principle the principle; not null
   * @return its assessment, or empty if it was not assessed; never null
   */
  public Optional<Assessment> assessment(AccountPrinciple principle) {
    return Optional.ofNullable(assessments.get(Objects.requireNonNull(principle, "principle")));
  }

  /**
   * Reports the review (DOMAIN D11.1): all 17 principles in the order of DOMAIN, each met, not met
   * or not assessed, with the evidence given and why.
   *
   * @return the report, never null
   */
  public PrincipleReport report() {
    ImmutableList.Builder<PrincipleFinding> findings = ImmutableList.builder();
    for (AccountPrinciple principle : AccountPrinciple.all()) {
      findings.add(finding(principle, assessments.get(principle)));
    }
    return new PrincipleReport(findings.build());
  }

  private static PrincipleFinding finding(
      AccountPrinciple principle, @Nullable Assessment assessment) {
    if (assessment == null) {
      return new PrincipleFinding(
          principle, Verdict.NOT_ASSESSED, Optional.empty(), "nothing recorded for it");
    }
    Optional<String> evidence =
        assessment.hasEvidence() ? Optional.of(assessment.evidence()) : Optional.empty();
    if (assessment.met() && assessment.hasEvidence()) {
      return new PrincipleFinding(
          principle, Verdict.MET, evidence, "met on the evidence: " + assessment.evidence());
    }
    if (assessment.met()) {
      return new PrincipleFinding(
          principle,
          Verdict.NOT_MET,
          evidence,
          "recorded as met without evidence; a principle is met only on evidence");
    }
    return new PrincipleFinding(
        principle,
        Verdict.NOT_MET,
        evidence,
        assessment.hasEvidence()
            ? "not met: " + assessment.evidence()
            : "recorded as not met, no evidence given");
  }

  /** Builds a {@link PrincipleReview}; a later record for the same principle replaces it. */
  public static final class Builder {

    private final Map<AccountPrinciple, Assessment> assessments = new HashMap<>();

    private Builder() {}

    /**
     * Records a principle as met.
     *
     * @param principle the principle; not null
     * @param evidence what shows it is met; not null (a blank text means no evidence, and the
     *     principle is then reported not met)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder met(AccountPrinciple principle, String evidence) {
      return record(principle, new Assessment(true, evidence));
    }

    /**
     * Records a principle as not met.
     *
     * @param principle the principle; not null
     * @param evidence what shows it is not met; not null, may be blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder notMet(AccountPrinciple principle, String evidence) {
      return record(principle, new Assessment(false, evidence));
    }

    /**
     * Records an assessment of a principle.
     *
     * @param principle the principle; not null
     * @param assessment what the reviewer found; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder record(AccountPrinciple principle, Assessment assessment) {
      assessments.put(
          Objects.requireNonNull(principle, "principle"),
          Objects.requireNonNull(assessment, "assessment"));
      return this;
    }

    /** {@return the review recorded so far; never null} */
    public PrincipleReview build() {
      return new PrincipleReview(assessments);
    }
  }
}
