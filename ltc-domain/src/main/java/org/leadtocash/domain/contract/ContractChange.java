package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * A change to a signed contract, as requested (DOMAIN D5.2): its {@link ChangeKind kind}, what it
 * changes, and its effect on the contract's value and payment milestones. It is approved and
 * recorded with its reason by {@link Contract#change}.
 *
 * <p>True of every change: the description is not blank; an {@link ChangeKind#AMOUNT amount}
 * change, and only an amount change, states the new contract value, which is positive; a {@link
 * ChangeKind#SCOPE scope} change neither replaces nor adds payment milestones; the milestones it
 * replaces or adds have distinct ids. Whether the change fits the contract (currency, milestone ids
 * already taken, what is already invoiced) is checked when it is recorded.
 *
 * <p>A raise of the contract value is invoiced through a milestone: {@link #raise} adds the
 * milestone that carries the new amount, so the raise can be billed without rewriting the others.
 *
 * @param kind what the change changes; not null
 * @param description what changes, in the domain's words; not null, not blank
 * @param newValue the new contract value of an amount change; empty for other kinds; not null
 * @param newMilestones the payment milestones that replace the current ones, if the change replaces
 *     them; not null
 * @param addedMilestones the payment milestones added to the current (or replacing) ones, e.g. the
 *     one that carries a raise; not null
 */
public record ContractChange(
    ChangeKind kind,
    String description,
    Optional<Money> newValue,
    Optional<List<PaymentMilestone>> newMilestones,
    List<PaymentMilestone> addedMilestones) {

  /**
   * Checks the parts and copies the milestones.
   *
   * @param kind what the change changes; not null
   * @param description what changes, in the domain's words; not null, not blank
   * @param newValue the new contract value of an amount change; empty for other kinds; not null
   * @param newMilestones the payment milestones that replace the current ones, if the change
   *     replaces them; not null
   * @param addedMilestones the payment milestones added to the current (or replacing) ones; not
   *     null
   * @throws IllegalArgumentException if a rule of every change is broken
   */
  public ContractChange {
    Objects.requireNonNull(newMilestones, "newMilestones");
    Objects.requireNonNull(addedMilestones, "addedMilestones");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(newValue, "newValue");
    newMilestones = newMilestones.map(ImmutableList::copyOf);
    addedMilestones = ImmutableList.copyOf(addedMilestones);
    checkArgument(!description.isBlank(), "a contract change describes what changes (DOMAIN D5.2)");
    checkArgument(
        newValue.isPresent() == (kind == ChangeKind.AMOUNT),
        "an amount change, and only an amount change, states the new value, not a %s change"
            + " (DOMAIN D5.2)",
        kind);
    newValue.ifPresent(
        v ->
            checkArgument(v.isPositive(), "a contract value is positive, not %s (DOMAIN D5.3)", v));
    checkArgument(
        (newMilestones.isEmpty() && addedMilestones.isEmpty()) || kind.mayReplaceMilestones(),
        "a %s change neither replaces nor adds payment milestones (DOMAIN D5.2)",
        kind);
    checkDistinct(
        ImmutableList.<PaymentMilestone>builder()
            .addAll(newMilestones.orElse(List.of()))
            .addAll(addedMilestones)
            .build());
  }

  /**
   * Returns the payment milestones a contract has after this change: the replacing milestones, or
   * else the current ones, followed by the added ones.
   *
   * @param current the contract's milestones before the change; not null
   * @return the milestones after the change, in order; never null
   */
  public List<PaymentMilestone> milestonesAfter(List<PaymentMilestone> current) {
    Objects.requireNonNull(current, "current");
    return ImmutableList.<PaymentMilestone>builder()
        .addAll(newMilestones.orElse(current))
        .addAll(addedMilestones)
        .build();
  }

  /**
   * Returns a change of scope, with no effect on value or milestones.
   *
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange scope(String description) {
    return new ContractChange(
        ChangeKind.SCOPE, description, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Returns a change of the contract value that keeps the milestones.
   *
   * @param newValue the new value; not null, positive
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange amount(Money newValue, String description) {
    return new ContractChange(
        ChangeKind.AMOUNT,
        description,
        Optional.of(Objects.requireNonNull(newValue, "newValue")),
        Optional.empty(),
        List.of());
  }

  /**
   * Returns a change of the contract value with new payment milestones, e.g. a raise paid by an
   * added milestone.
   *
   * @param newValue the new value; not null, positive
   * @param newMilestones the milestones replacing the current ones; not null
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange amount(
      Money newValue, List<PaymentMilestone> newMilestones, String description) {
    return new ContractChange(
        ChangeKind.AMOUNT,
        description,
        Optional.of(Objects.requireNonNull(newValue, "newValue")),
        Optional.of(Objects.requireNonNull(newMilestones, "newMilestones")),
        List.of());
  }

  /**
   * Returns a raise of the contract value paid by an added payment milestone, keeping the current
   * milestones: typically the milestone carries the difference between the new and the old value,
   * so the raise can be invoiced (D5.2, D5.3).
   *
   * @param newValue the new value; not null, positive
   * @param added the milestone that carries the new amount; not null, with an id the contract does
   *     not use yet
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange raise(Money newValue, PaymentMilestone added, String description) {
    Objects.requireNonNull(added, "added");
    return new ContractChange(
        ChangeKind.AMOUNT,
        description,
        Optional.of(Objects.requireNonNull(newValue, "newValue")),
        Optional.empty(),
        List.of(added));
  }

  /**
   * Returns a change of dates that replaces the payment milestones (e.g. new due dates).
   *
   * @param newMilestones the milestones replacing the current ones; not null
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange dates(List<PaymentMilestone> newMilestones, String description) {
    return new ContractChange(
        ChangeKind.DATES,
        description,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(newMilestones, "newMilestones")),
        List.of());
  }

  /**
   * Returns a change of payment terms that replaces the payment milestones.
   *
   * @param newMilestones the milestones replacing the current ones; not null
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange paymentTerms(
      List<PaymentMilestone> newMilestones, String description) {
    return new ContractChange(
        ChangeKind.PAYMENT_TERMS,
        description,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(newMilestones, "newMilestones")),
        List.of());
  }

  private static void checkDistinct(List<PaymentMilestone> milestones) {
    Set<MilestoneId> seen = new HashSet<>();
    for (PaymentMilestone m : milestones) {
      checkArgument(seen.add(m.id()), "payment milestone %s is listed twice", m.id());
    }
  }
}
