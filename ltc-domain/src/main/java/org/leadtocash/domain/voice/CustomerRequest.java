package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.ContractId;

/**
 * A customer's request during a contract's delivery (DOMAIN D8.4): what it asks, when, and which
 * scope item of the contract it concerns, if any. A {@link ContractScope} classifies it as
 * in-contract or out-of-contract.
 *
 * @param contract the contract under which the customer asks; not null
 * @param kind what the customer asks; not null
 * @param concerns the scope item it concerns, if it names one; not null
 * @param text the request as the customer put it; not null, not blank
 * @param requestedOn when; not null
 */
public record CustomerRequest(
    ContractId contract,
    RequestKind kind,
    Optional<ScopeItemId> concerns,
    String text,
    LocalDate requestedOn) {

  /**
   * Checks the parts.
   *
   * @param contract the contract under which the customer asks; not null
   * @param kind what the customer asks; not null
   * @param concerns the scope item it concerns, if it names one; not null
   * @param text the request as the customer put it; not null, not blank
   * @param requestedOn when; not null
   * @throws IllegalArgumentException if the text is blank
   */
  public CustomerRequest {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(concerns, "concerns");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(requestedOn, "requestedOn");
    checkArgument(!text.isBlank(), "a customer request says what is asked (DOMAIN D8.4)");
  }

  /**
   * Returns a request about a scope item.
   *
   * @param contract the contract; not null
   * @param kind what is asked; not null
   * @param item the scope item it concerns; not null
   * @param text the request; not null, not blank
   * @param requestedOn when; not null
   * @return the request, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static CustomerRequest about(
      ContractId contract, RequestKind kind, ScopeItemId item, String text, LocalDate requestedOn) {
    Objects.requireNonNull(item, "item");
    return new CustomerRequest(contract, kind, Optional.of(item), text, requestedOn);
  }

  /**
   * Returns a request that names no scope item.
   *
   * @param contract the contract; not null
   * @param kind what is asked; not null
   * @param text the request; not null, not blank
   * @param requestedOn when; not null
   * @return the request, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static CustomerRequest unscoped(
      ContractId contract, RequestKind kind, String text, LocalDate requestedOn) {
    return new CustomerRequest(contract, kind, Optional.empty(), text, requestedOn);
  }
}
