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
 * ChangeKind#SCOPE scope} change does not replace the payment milestones; replacement milestones
 * have distinct ids. Whether the change fits the contract (currency, what is already invoiced) is
 * checked when it is recorded.
 *
 * @param kind what the change changes; not null
 * @param description what changes, in the domain's words; not null, not blank
 * @param newValue the new contract value of an amount change; empty for other kinds; not null
 * @param newMilestones the payment milestones that replace the current ones, if the change replaces
 *     them; not null
 */
public record ContractChange(
    ChangeKind kind,
    String description,
    Optional<Money> newValue,
    Optional<List<PaymentMilestone>> newMilestones) {

  /**
   * Checks the parts and copies the milestones.
   *
   * @param kind what the change changes; not null
   * @param description what changes, in the domain's words; not null, not blank
   * @param newValue the new contract value of an amount change; empty for other kinds; not null
   * @param newMilestones the payment milestones that replace the current ones, if the change
   *     replaces them; not null
   * @throws IllegalArgumentException if a rule of every change is broken
   */
  public ContractChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(newValue, "newValue");
    newMilestones = newMilestones.map(ImmutableList::copyOf);
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
        newMilestones.isEmpty() || kind.mayReplaceMilestones(),
        "a %s change does not replace the payment milestones (DOMAIN D5.2)",
        kind);
    newMilestones.ifPresent(ContractChange::checkDistinct);
  }

  /**
   * Returns a change of scope, with no effect on value or milestones.
   *
   * @param description what changes; not null, not blank
   * @return the change, never null
   */
  public static ContractChange scope(String description) {
    return new ContractChange(ChangeKind.SCOPE, description, Optional.empty(), Optional.empty());
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
        ChangeKind.AMOUNT, description, Optional.of(newValue), Optional.empty());
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
        ChangeKind.AMOUNT, description, Optional.of(newValue), Optional.of(newMilestones));
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
        ChangeKind.DATES, description, Optional.empty(), Optional.of(newMilestones));
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
        ChangeKind.PAYMENT_TERMS, description, Optional.empty(), Optional.of(newMilestones));
  }

  private static void checkDistinct(List<PaymentMilestone> milestones) {
    Set<MilestoneId> seen = new HashSet<>();
    for (PaymentMilestone m : milestones) {
      checkArgument(seen.add(m.id()), "payment milestone %s is listed twice", m.id());
    }
  }
}
