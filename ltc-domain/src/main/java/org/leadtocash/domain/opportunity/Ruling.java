package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * What a decision authority ruled at a gate (DOMAIN D3.2), as the host records it: the gate, who
 * decided and with which authority, the date, the verdict, its conditions and the rationale. {@link
 * Opportunity#decide} checks it against the opportunity and records it as the opportunity's {@link
 * GateDecision}, adding what only the opportunity knows: its id and the date the gate was planned
 * for.
 *
 * <p>True of every ruling: a verdict {@link Verdict#APPROVED_WITH_CONDITIONS} lists at least one
 * condition and no other verdict lists any; the rationale and every condition are non-blank.
 *
 * <pre>{@code
 * Ruling atb = Ruling.approve(Gate.ATB, DecisionAuthority.of(vp, REGION), today, "margin holds");
 * opportunity = opportunity.decide(atb, at).state();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class Ruling {

  Ruling() {}

  /** {@return the gate ruled on; never null} */
  public abstract Gate gate();

  /** {@return who decided, and with which level of authority; never null} */
  public abstract DecisionAuthority authority();

  /** {@return the date the decision was taken; never null} */
  public abstract LocalDate decidedOn();

  /** {@return the verdict; never null} */
  public abstract Verdict verdict();

  /** {@return the conditions of an approval with conditions, in order; empty otherwise} */
  public abstract List<String> conditions();

  /** {@return why the decider decided so; never null, never blank} */
  public abstract String rationale();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ruling}; every attribute but the conditions is required. */
  public static final class Builder extends ImmutableRuling.Builder {
    Builder() {}
  }

  /**
   * Returns an approval.
   *
   * @param gate the gate; not null
   * @param authority who decided, with which authority; not null
   * @param decidedOn the date; not null
   * @param rationale why; not null, not blank
   * @return the ruling, never null
   */
  public static Ruling approve(
      Gate gate, DecisionAuthority authority, LocalDate decidedOn, String rationale) {
    return of(gate, authority, decidedOn, Verdict.APPROVED, rationale, List.of());
  }

  /**
   * Returns an approval with conditions.
   *
   * @param gate the gate; not null
   * @param authority who decided, with which authority; not null
   * @param decidedOn the date; not null
   * @param rationale why; not null, not blank
   * @param conditions the conditions; not null, not empty, none blank
   * @return the ruling, never null
   */
  public static Ruling approveWithConditions(
      Gate gate,
      DecisionAuthority authority,
      LocalDate decidedOn,
      String rationale,
      List<String> conditions) {
    return of(gate, authority, decidedOn, Verdict.APPROVED_WITH_CONDITIONS, rationale, conditions);
  }

  /**
   * Returns a rejection.
   *
   * @param gate the gate; not null
   * @param authority who decided, with which authority; not null
   * @param decidedOn the date; not null
   * @param rationale why; not null, not blank
   * @return the ruling, never null
   */
  public static Ruling reject(
      Gate gate, DecisionAuthority authority, LocalDate decidedOn, String rationale) {
    return of(gate, authority, decidedOn, Verdict.REJECTED, rationale, List.of());
  }

  /**
   * Returns a deferral: the gate stays open, to be decided again.
   *
   * @param gate the gate; not null
   * @param authority who decided, with which authority; not null
   * @param decidedOn the date; not null
   * @param rationale why; not null, not blank
   * @return the ruling, never null
   */
  public static Ruling defer(
      Gate gate, DecisionAuthority authority, LocalDate decidedOn, String rationale) {
    return of(gate, authority, decidedOn, Verdict.DEFERRED, rationale, List.of());
  }

  private static Ruling of(
      Gate gate,
      DecisionAuthority authority,
      LocalDate decidedOn,
      Verdict verdict,
      String rationale,
      List<String> conditions) {
    Objects.requireNonNull(conditions, "conditions");
    return builder()
        .gate(gate)
        .authority(authority)
        .decidedOn(decidedOn)
        .verdict(verdict)
        .rationale(rationale)
        .addAllConditions(conditions)
        .build();
  }

  /** {@return whether this ruling passes its gate (see {@link Verdict#passes()})} */
  public boolean passes() {
    return verdict().passes();
  }

  @Value.Check
  void check() {
    FreeText.note(rationale(), "rationale");
    checkArgument(!rationale().isBlank(), "a gate decision states its rationale (DOMAIN D3.2)");
    conditions()
        .forEach(
            c ->
                checkArgument(
                    !c.isBlank(), "a condition of a gate decision is not blank (DOMAIN D3.2)"));
    if (verdict() == Verdict.APPROVED_WITH_CONDITIONS) {
      checkArgument(
          !conditions().isEmpty(),
          "an approval with conditions lists its conditions (DOMAIN D3.2)");
    } else {
      checkArgument(
          conditions().isEmpty(),
          "only an approval with conditions lists conditions, not a verdict %s (DOMAIN D3.2)",
          verdict());
    }
  }
}
