package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The classification of a customer request against a contract's scope (DOMAIN D8.4): in-contract or
 * out-of-contract, why, and what to do with it. Built by {@link ContractScope#classify}.
 *
 * <p>True of every classification: an in-contract request is delivered under the contract, and an
 * out-of-contract one never is.
 *
 * @param request the request; not null
 * @param category in-contract or out-of-contract; not null
 * @param handling what to do; not null
 * @param reason why, in the domain's words; not null, not blank
 */
public record RequestClassification(
    CustomerRequest request, RequestCategory category, SuggestedHandling handling, String reason) {

  /**
   * Checks the parts.
   *
   * @param request the request; not null
   * @param category in-contract or out-of-contract; not null
   * @param handling what to do; not null
   * @param reason why, in the domain's words; not null, not blank
   * @throws IllegalArgumentException if the reason is blank, or the handling does not match the
   *     category
   */
  public RequestClassification {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a classification states why (DOMAIN D8.4)");
    checkArgument(
        (category == RequestCategory.IN_CONTRACT)
            == (handling == SuggestedHandling.DELIVER_UNDER_CONTRACT),
        "an in-contract request, and only one, is delivered under the contract, not %s %s",
        category,
        handling);
  }

  /** {@return whether the request is in-contract} */
  public boolean isInContract() {
    return category == RequestCategory.IN_CONTRACT;
  }

  /** {@return e.g. {@code outside the contract → raise a contract change: reason}} */
  @Override
  public String toString() {
    return category.label() + " → " + handling.label() + ": " + reason;
  }
}
