package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.threeten.extra.LocalDateRange;

/**
 * What a contract delivers, for telling in-contract requests from out-of-contract ones (DOMAIN
 * D8.4, D5.4: "contract-based delivery"): the contract, the {@link ScopeItem items} it delivers
 * and, if it has a warranty, the warranty period. The contract aggregate holds clauses and payment
 * milestones but no list of deliverables, so the host builds the scope with {@link #of(Contract,
 * List)} or {@link #of(Contract, List, LocalDateRange)}.
 *
 * <p>{@link #classify The classification rule}, applied in this order:
 *
 * <ol>
 *   <li>a {@link RequestKind#NEW_NEED new need} is out-of-contract: {@link
 *       SuggestedHandling#NEW_OPPORTUNITY new business};
 *   <li>a {@link RequestKind#CHANGE change} of what the contract delivers is out-of-contract:
 *       {@link SuggestedHandling#RAISE_CONTRACT_CHANGE an approved contract change} first (D5.2);
 *   <li>a request that names no item of the contract's scope is out-of-contract: the contract does
 *       not deliver it, so it is new business;
 *   <li>a {@link RequestKind#DELIVERY delivery} of an item in scope is in-contract: {@link
 *       SuggestedHandling#DELIVER_UNDER_CONTRACT delivered under the contract};
 *   <li>a {@link RequestKind#WARRANTY_REPAIR warranty repair} of an item in scope is in-contract if
 *       it is requested before the warranty period ends: within it, or before it starts, while the
 *       contract still delivers the item; after it, or if the contract has no warranty, it is
 *       out-of-contract: a paid service, new business.
 * </ol>
 *
 * @param contract the contract; not null
 * @param items what it delivers, with distinct ids; not null, not empty
 * @param warranty the warranty period, end exclusive, if the contract has a warranty; not null, and
 *     when present bounded and not empty
 */
public record ContractScope(
    ContractId contract, List<ScopeItem> items, Optional<LocalDateRange> warranty) {

  /**
   * Checks and copies the parts.
   *
   * @param contract the contract; not null
   * @param items what it delivers, with distinct ids; not null, not empty
   * @param warranty the warranty period, end exclusive, if the contract has a warranty; not null,
   *     and when present bounded and not empty
   * @throws IllegalArgumentException if there is no item, two items share an id, or the warranty
   *     period is empty or unbounded
   */
  public ContractScope {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(contract, "contract");
    items = ImmutableList.copyOf(items);
    Objects.requireNonNull(warranty, "warranty");
    warranty.ifPresent(
        w ->
            checkArgument(
                !w.isEmpty() && !w.isUnboundedStart() && !w.isUnboundedEnd(),
                "a warranty period is a bounded range of at least one day, not %s (DOMAIN D8.4)",
                w));
    checkArgument(!items.isEmpty(), "contract %s delivers something (DOMAIN D8.4)", contract);
    Set<ScopeItemId> ids = new HashSet<>();
    for (ScopeItem item : items) {
      checkArgument(
          ids.add(item.id()), "scope item %s appears twice in contract %s", item.id(), contract);
    }
  }

  /**
   * Returns the scope of a contract without a warranty.
   *
   * @param contract the contract; not null
   * @param items what it delivers; not null, not empty, distinct ids
   * @return the scope, never null
   * @throws IllegalArgumentException if there is no item, or two items share an id
   */
  public static ContractScope of(Contract contract, List<ScopeItem> items) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(items, "items");
    return new ContractScope(contract.id(), items, Optional.empty());
  }

  /**
   * Returns the scope of a contract with a warranty.
   *
   * @param contract the contract; not null, with a {@link ClauseType#WARRANTY warranty} clause
   * @param items what it delivers; not null, not empty, distinct ids
   * @param warranty the warranty period, end exclusive, e.g. 24 months from the customer's
   *     acceptance; not null, bounded, not empty
   * @return the scope, never null
   * @throws IllegalArgumentException if the contract has no warranty clause, there is no item, two
   *     items share an id, or the warranty period is empty or unbounded
   */
  public static ContractScope of(
      Contract contract, List<ScopeItem> items, LocalDateRange warranty) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(warranty, "warranty");
    checkArgument(
        contract.clauses().stream().anyMatch(c -> c.type() == ClauseType.WARRANTY),
        "contract %s has no warranty clause, so it has no warranty period (DOMAIN D8.4)",
        contract.id());
    return new ContractScope(contract.id(), items, Optional.of(warranty));
  }

  /**
   * Returns an item of the scope.
   *
   * @param id the item's id; not null
   * @return the item, or empty if the contract does not deliver it; never null
   */
  public Optional<ScopeItem> item(ScopeItemId id) {
    Objects.requireNonNull(id, "id");
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns whether a day falls within the warranty period.
   *
   * @param asOf the day; not null
   * @return whether the contract has a warranty and the day is in its period
   */
  public boolean isUnderWarranty(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return warranty.map(w -> w.contains(asOf)).orElse(false);
  }

  /**
   * Classifies a customer request by the rule of the class comment (D8.4). A question: it never
   * throws for an out-of-contract request.
   *
   * @param request the request; not null, made under this scope's contract
   * @return the classification with its reason and suggested handling, never null
   * @throws IllegalArgumentException if the request is made under another contract
   */
  public RequestClassification classify(CustomerRequest request) {
    Objects.requireNonNull(request, "request");
    checkArgument(
        request.contract().equals(contract),
        "the request is made under contract %s, and this is the scope of %s",
        request.contract(),
        contract);
    Optional<ScopeItem> item = request.concerns().flatMap(this::item);
    if (request.kind() == RequestKind.NEW_NEED) {
      return out(
          request,
          SuggestedHandling.NEW_OPPORTUNITY,
          "a new need beyond contract " + contract + " is new business");
    }
    if (request.kind() == RequestKind.CHANGE) {
      return out(
          request,
          SuggestedHandling.RAISE_CONTRACT_CHANGE,
          "changing what contract "
              + contract
              + " delivers"
              + item.map(i -> " (" + i.description() + ")").orElse("")
              + " needs an approved contract change first");
    }
    if (item.isEmpty()) {
      return out(
          request,
          SuggestedHandling.NEW_OPPORTUNITY,
          request
                  .concerns()
                  .map(id -> "scope item " + id + " is not delivered by contract " + contract)
                  .orElse("the request names nothing contract " + contract + " delivers")
              + "; it is new business");
    }
    String described = item.get().id() + " (" + item.get().description() + ")";
    if (request.kind() == RequestKind.DELIVERY) {
      return new RequestClassification(
          request,
          RequestCategory.IN_CONTRACT,
          SuggestedHandling.DELIVER_UNDER_CONTRACT,
          "contract " + contract + " delivers " + described);
    }
    LocalDate on = request.requestedOn();
    Optional<LocalDateRange> period = warranty.filter(w -> on.isBefore(w.getEnd()));
    if (period.isPresent()) {
      LocalDateRange w = period.orElseThrow();
      return new RequestClassification(
          request,
          RequestCategory.IN_CONTRACT,
          SuggestedHandling.DELIVER_UNDER_CONTRACT,
          "repair of "
              + described
              + " requested on "
              + on
              + (w.contains(on)
                  ? ", within the warranty " + w
                  : ", before the warranty " + w + " starts, while the contract delivers it"));
    }
    return out(
        request,
        SuggestedHandling.NEW_OPPORTUNITY,
        warranty
                .map(
                    w ->
                        "repair of "
                            + described
                            + " requested on "
                            + on
                            + ", after the warranty "
                            + w
                            + " ended")
                .orElse("contract " + contract + " has no warranty for " + described)
            + "; it is a paid service");
  }

  private static RequestClassification out(
      CustomerRequest request, SuggestedHandling handling, String reason) {
    return new RequestClassification(request, RequestCategory.OUT_OF_CONTRACT, handling, reason);
  }
}
