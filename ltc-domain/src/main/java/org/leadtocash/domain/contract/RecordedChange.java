package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.EmployeeId;

/**
 * A contract change as recorded: the change, who approved it, why, the contract value before it,
 * and when (DOMAIN D5.2). The record keeps every change to the value traceable, which is how
 * changes are managed to reduce receivable losses.
 *
 * @param change the change; not null
 * @param approver who approved it; not null
 * @param reason why it was made; not null, not blank
 * @param previousValue the contract value before the change; not null, in the currency of the new
 *     value if the change states one
 * @param at when it was recorded; not null
 */
public record RecordedChange(
    ContractChange change, EmployeeId approver, String reason, Money previousValue, Instant at) {

  /**
   * Checks the parts.
   *
   * @param change the change; not null
   * @param approver who approved it; not null
   * @param reason why it was made; not null, not blank
   * @param previousValue the contract value before the change; not null, in the currency of the new
   *     value if the change states one
   * @param at when it was recorded; not null
   * @throws IllegalArgumentException if the reason is blank or the new value is in another currency
   */
  public RecordedChange {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(previousValue, "previousValue");
    Objects.requireNonNull(at, "at");
    checkArgument(!reason.isBlank(), "a contract change is recorded with its reason (DOMAIN D5.2)");
    change
        .newValue()
        .ifPresent(
            v ->
                checkArgument(
                    v.isSameCurrency(previousValue),
                    "a change keeps the contract currency %s, not %s (DOMAIN D5.3)",
                    previousValue.getCurrencyUnit(),
                    v.getCurrencyUnit()));
  }

  /** {@return the contract value after the change; never null} */
  public Money newValue() {
    return change.newValue().orElse(previousValue);
  }

  /**
   * {@return by how much the change raised the contract value: positive for a raise, negative for a
   * reduction, zero if the value is unchanged; never null}
   */
  public Money valueDelta() {
    return newValue().minus(previousValue);
  }
}
