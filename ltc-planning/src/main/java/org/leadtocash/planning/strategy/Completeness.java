package org.leadtocash.planning.strategy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * The completeness report of a plan: a {@link MarketingStrategy} (DOMAIN D9.1), a {@link
 * BusinessDesign} (D9.2), and the key-account strategy (D11.2) and account plan (D11.9) of {@code
 * org.leadtocash.planning.account}. It lists every look, decision, element, step or part in the
 * order of DOMAIN, each present or missing with why; a blank text counts as missing. The report
 * states whether the plan is complete and never throws: a planner fills the gaps it names.
 *
 * @param rule the rule the report checks: {@link RuleId#D9_1} for a strategy, {@link RuleId#D9_2}
 *     for a business design, {@link RuleId#D11_2} for a key-account strategy, {@link RuleId#D11_9}
 *     for an account plan; not null
 * @param items every item, in the order of DOMAIN; not null, not empty
 */
public record Completeness(RuleId rule, List<CompletenessItem> items) {

  /**
   * Copies the items.
   *
   * @param rule the rule the report checks; not null
   * @param items every item, in the order of DOMAIN; not null, not empty
   * @throws IllegalArgumentException if there is no item
   */
  public Completeness {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(rule, "rule");
    items = ImmutableList.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(
          "a completeness report lists every look, decision or element (DOMAIN D9.1, DOMAIN D9.2)");
    }
  }

  /** {@return whether every item is present} */
  public boolean isComplete() {
    return items.stream().allMatch(CompletenessItem::present);
  }

  /** {@return the missing items, in order; never null, empty when complete} */
  public List<CompletenessItem> missing() {
    return items.stream().filter(i -> !i.present()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the report in words: "complete", or the missing items' reasons joined by "; "} */
  public String explanation() {
    return isComplete()
        ? "complete"
        : String.join("; ", missing().stream().map(CompletenessItem::reason).toList());
  }
}
