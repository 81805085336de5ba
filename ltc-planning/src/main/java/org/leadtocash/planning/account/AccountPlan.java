package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * The plan for one key account (DOMAIN D11.9), in three sections:
 *
 * <ul>
 *   <li><b>customer information</b>: sales by product, customer profitability, and where the
 *       decision power lies (local or headquarters) with the decision process;
 *   <li><b>customer targets</b>: the best 3 to 5 opportunities (by id), the biggest risks, and
 *       targets by product;
 *   <li><b>customer strategy</b>: the call-plan frequency, the team and product requirements, and
 *       the performance measures and milestones (with dates).
 * </ul>
 *
 * <p>A plan is written over time, so it may be incomplete: {@link #completeness()} lists every
 * {@link PlanPart} present or missing; fewer than three opportunities is incomplete. More than five
 * opportunities cannot be built: the plan keeps the best five. Amounts are in one currency;
 * products are named by the host. Products are kept in name order, milestones by due date then
 * name, everything else as written. Build one with {@link #builder(CustomerId)}.
 *
 * @param customer the key account; not null
 * @param salesByProduct the customer's purchases by product; not null, no blank product, no
 *     negative amount
 * @param profitability what the customer earns us over the period (negative for a loss), if known;
 *     not null
 * @param decisionMaking where the decision power lies and the process, if known; not null
 * @param bestOpportunities the best opportunities, best first; not null, distinct, at most 5
 * @param risks the biggest risks; not null, none blank
 * @param targetsByProduct the sales targets by product; not null, no blank product, no negative
 *     amount
 * @param callFrequency how often the customer is called on, if planned; not null
 * @param teamRequirements the team the account needs; not null, none blank
 * @param productRequirements the products the account needs; not null, none blank
 * @param measures the performance measures; not null, none blank
 * @param milestones the milestones, by due date then name; not null
 */
public record AccountPlan(
    CustomerId customer,
    Map<String, Money> salesByProduct,
    Optional<Money> profitability,
    Optional<DecisionMaking> decisionMaking,
    List<OpportunityId> bestOpportunities,
    List<String> risks,
    Map<String, Money> targetsByProduct,
    Optional<CallFrequency> callFrequency,
    List<String> teamRequirements,
    List<String> productRequirements,
    List<String> measures,
    List<Milestone> milestones) {

  /** The fewest opportunities a complete plan lists (DOMAIN D11.9). */
  public static final int FEWEST_OPPORTUNITIES = 3;

  /** The most opportunities a plan lists (DOMAIN D11.9). */
  public static final int MOST_OPPORTUNITIES = 5;

  private static final Comparator<Milestone> MILESTONE_ORDER =
      Comparator.comparing(Milestone::due).thenComparing(Milestone::name);

  /**
   * Checks the plan and puts products and milestones in order.
   *
   * @param customer the key account; not null
   * @param salesByProduct sales by product; not null, no blank product, no negative amount
   * @param profitability the customer's profitability, if known; not null
   * @param decisionMaking decision power and process, if known; not null
   * @param bestOpportunities the best opportunities; not null, distinct, at most 5
   * @param risks the biggest risks; not null, none blank
   * @param targetsByProduct targets by product; not null, no blank product, no negative amount
   * @param callFrequency the call-plan frequency, if planned; not null
   * @param teamRequirements team requirements; not null, none blank
   * @param productRequirements product requirements; not null, none blank
   * @param measures performance measures; not null, none blank
   * @param milestones milestones; not null
   * @throws IllegalArgumentException if more than five opportunities are listed or one repeats, a
   *     text or product is blank, an amount of sales or target is negative, or amounts are in more
   *     than one currency
   */
  public AccountPlan {
    Objects.requireNonNull(salesByProduct, "salesByProduct");
    Objects.requireNonNull(bestOpportunities, "bestOpportunities");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(targetsByProduct, "targetsByProduct");
    Objects.requireNonNull(teamRequirements, "teamRequirements");
    Objects.requireNonNull(productRequirements, "productRequirements");
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(milestones, "milestones");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(profitability, "profitability");
    Objects.requireNonNull(decisionMaking, "decisionMaking");
    Objects.requireNonNull(callFrequency, "callFrequency");
    salesByProduct = products(salesByProduct, "sales");
    targetsByProduct = products(targetsByProduct, "target");
    bestOpportunities = ImmutableList.copyOf(bestOpportunities);
    checkArgument(
        bestOpportunities.size() <= MOST_OPPORTUNITIES,
        "an account plan lists its best 3 to 5 opportunities, not %s (DOMAIN D11.9): %s",
        bestOpportunities.size(),
        bestOpportunities);
    checkArgument(
        new HashSet<>(bestOpportunities).size() == bestOpportunities.size(),
        "an account plan lists each opportunity once (DOMAIN D11.9): %s",
        bestOpportunities);
    risks = texts(risks, "risk");
    teamRequirements = texts(teamRequirements, "team requirement");
    productRequirements = texts(productRequirements, "product requirement");
    measures = texts(measures, "performance measure");
    List<Milestone> sorted = new ArrayList<>(ImmutableList.copyOf(milestones));
    sorted.sort(MILESTONE_ORDER);
    milestones = ImmutableList.copyOf(sorted);
    Set<CurrencyUnit> currencies =
        Stream.of(
                salesByProduct.values().stream(),
                targetsByProduct.values().stream(),
                profitability.stream())
            .flatMap(s -> s)
            .map(Money::getCurrencyUnit)
            .collect(Collectors.toSet());
    checkArgument(
        currencies.size() <= 1,
        "an account plan is in one currency (DOMAIN D11.9), not %s",
        currencies);
  }

  /**
   * Returns a builder of a plan for a key account, with no part written yet.
   *
   * @param customer the key account; not null
   * @return the builder, never null
   */
  public static Builder builder(CustomerId customer) {
    return new Builder(customer);
  }

  /**
   * Tells whether the plan holds one part (DOMAIN D11.9): a list or table with at least one entry,
   * a value that is given, and for the best opportunities at least three.
   *
   * @param part the part; not null
   * @return whether the plan holds it
   */
  public boolean has(PlanPart part) {
    Objects.requireNonNull(part, "part");
    return switch (part) {
      case SALES_BY_PRODUCT -> !salesByProduct.isEmpty();
      case PROFITABILITY -> profitability.isPresent();
      case DECISION_MAKING -> decisionMaking.isPresent();
      case BEST_OPPORTUNITIES -> bestOpportunities.size() >= FEWEST_OPPORTUNITIES;
      case BIGGEST_RISKS -> !risks.isEmpty();
      case TARGETS_BY_PRODUCT -> !targetsByProduct.isEmpty();
      case CALL_FREQUENCY -> callFrequency.isPresent();
      case TEAM_REQUIREMENTS -> !teamRequirements.isEmpty();
      case PRODUCT_REQUIREMENTS -> !productRequirements.isEmpty();
      case MEASURES -> !measures.isEmpty();
      case MILESTONES -> !milestones.isEmpty();
    };
  }

  /**
   * Reports the plan's completeness (DOMAIN D11.9): every {@link PlanPart} in the order of DOMAIN,
   * named "section: part", each present or missing with why. Fewer than three opportunities is
   * missing, with how many are listed.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    ImmutableList.Builder<CompletenessItem> items = ImmutableList.builder();
    for (PlanPart part : PlanPart.values()) {
      String item = part.section().label() + ": " + part.label();
      items.add(new CompletenessItem(item, has(part), item + " " + state(part)));
    }
    return new Completeness(RuleId.D11_9, items.build());
  }

  private String state(PlanPart part) {
    return switch (part) {
      case SALES_BY_PRODUCT -> count(salesByProduct.size(), "product");
      case PROFITABILITY ->
          profitability.map(p -> "given: " + Figures.money(p)).orElse("not given");
      case DECISION_MAKING ->
          decisionMaking
              .map(d -> "given: " + d.power().label() + ", " + d.process())
              .orElse("not given");
      case BEST_OPPORTUNITIES -> opportunities();
      case BIGGEST_RISKS -> count(risks.size(), "risk");
      case TARGETS_BY_PRODUCT -> count(targetsByProduct.size(), "product");
      case CALL_FREQUENCY ->
          callFrequency.map(c -> "given: " + c.explanation()).orElse("not given");
      case TEAM_REQUIREMENTS -> count(teamRequirements.size(), "requirement");
      case PRODUCT_REQUIREMENTS -> count(productRequirements.size(), "requirement");
      case MEASURES -> count(measures.size(), "measure");
      case MILESTONES -> count(milestones.size(), "milestone");
    };
  }

  private String opportunities() {
    int n = bestOpportunities.size();
    if (n == 0) {
      return "missing: none listed";
    }
    String listed =
        n
            + (n == 1 ? " opportunity (" : " opportunities (")
            + bestOpportunities.stream().map(OpportunityId::value).collect(Collectors.joining(", "))
            + ")";
    return has(PlanPart.BEST_OPPORTUNITIES)
        ? listed
        : "missing: only " + listed + ", at least " + FEWEST_OPPORTUNITIES + " are needed";
  }

  private static String count(int n, String noun) {
    return n == 0 ? "missing: none written" : n + " " + noun + (n == 1 ? "" : "s");
  }

  private static ImmutableMap<String, Money> products(Map<String, Money> amounts, String what) {
    Objects.requireNonNull(amounts, what + "s by product");
    ImmutableSortedMap.Builder<String, Money> sorted = ImmutableSortedMap.naturalOrder();
    amounts.forEach(
        (product, amount) -> {
          Objects.requireNonNull(product, what + "'s product");
          Objects.requireNonNull(amount, what + "'s amount");
          checkArgument(!product.isBlank(), "an account plan names its products (DOMAIN D11.9)");
          checkArgument(
              !amount.isNegative(),
              "an account plan's %s for %s is not negative (DOMAIN D11.9): %s",
              what,
              FreeText.escaped(product),
              amount);
          sorted.put(product, amount);
        });
    return sorted.buildOrThrow();
  }

  private static ImmutableList<String> texts(List<String> texts, String what) {
    ImmutableList<String> copy = ImmutableList.copyOf(Objects.requireNonNull(texts, what));
    for (String text : copy) {
      checkArgument(!text.isBlank(), "an account plan's %s is written (DOMAIN D11.9)", what);
    }
    return copy;
  }

  /**
   * Builds an {@link AccountPlan}; a later amount for the same product, a later profitability,
   * decision making or call frequency replaces the earlier one.
   */
  public static final class Builder {

    private final CustomerId customer;
    private final Map<String, Money> salesByProduct = new LinkedHashMap<>();
    private Optional<Money> profitability = Optional.empty();
    private Optional<DecisionMaking> decisionMaking = Optional.empty();
    private final List<OpportunityId> bestOpportunities = new ArrayList<>();
    private final List<String> risks = new ArrayList<>();
    private final Map<String, Money> targetsByProduct = new LinkedHashMap<>();
    private Optional<CallFrequency> callFrequency = Optional.empty();
    private final List<String> teamRequirements = new ArrayList<>();
    private final List<String> productRequirements = new ArrayList<>();
    private final List<String> measures = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();

    private Builder(CustomerId customer) {
      this.customer = Objects.requireNonNull(customer, "customer");
    }

    /**
     * Writes the customer's purchases of one product.
     *
     * @param product the product; not null, not blank
     * @param sales the purchases; not null, not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sales(String product, Money sales) {
      salesByProduct.put(
          Objects.requireNonNull(product, "product"), Objects.requireNonNull(sales, "sales"));
      return this;
    }

    /**
     * Writes the customer's profitability.
     *
     * @param profit what the customer earns us over the period, negative for a loss; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder profitability(Money profit) {
      profitability = Optional.of(Objects.requireNonNull(profit, "profit"));
      return this;
    }

    /**
     * Writes where the decision power lies and the decision process.
     *
     * @param power local, headquarters or shared; not null
     * @param process the decision process; not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the process is blank
     */
    @CanIgnoreReturnValue
    public Builder decisionMaking(DecisionPower power, String process) {
      decisionMaking = Optional.of(new DecisionMaking(power, process));
      return this;
    }

    /**
     * Lists one of the best opportunities, after those already listed.
     *
     * @param opportunity the opportunity; not null, not listed before
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder opportunity(OpportunityId opportunity) {
      bestOpportunities.add(Objects.requireNonNull(opportunity, "opportunity"));
      return this;
    }

    /**
     * Writes one of the biggest risks.
     *
     * @param risk the risk; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder risk(String risk) {
      risks.add(Objects.requireNonNull(risk, "risk"));
      return this;
    }

    /**
     * Writes the sales target of one product.
     *
     * @param product the product; not null, not blank
     * @param target the target; not null, not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder target(String product, Money target) {
      targetsByProduct.put(
          Objects.requireNonNull(product, "product"), Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Plans how often the customer is called on.
     *
     * @param calls the calls in each period, at least 1
     * @param per the period; not null, positive
     * @return this builder
     * @throws IllegalArgumentException if there is no call or the period is not positive
     */
    @CanIgnoreReturnValue
    public Builder callFrequency(int calls, Period per) {
      callFrequency = Optional.of(new CallFrequency(calls, per));
      return this;
    }

    /**
     * Writes a team requirement.
     *
     * @param requirement e.g. "a solution architect for ports"; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder teamRequirement(String requirement) {
      teamRequirements.add(Objects.requireNonNull(requirement, "requirement"));
      return this;
    }

    /**
     * Writes a product requirement.
     *
     * @param requirement e.g. "private 5G with edge computing"; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder productRequirement(String requirement) {
      productRequirements.add(Objects.requireNonNull(requirement, "requirement"));
      return this;
    }

    /**
     * Writes a performance measure.
     *
     * @param measure e.g. "share of wallet in enterprise services"; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder measure(String measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Sets a milestone.
     *
     * @param name what is to be reached; not null, not blank
     * @param due when it is due; not null
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    @CanIgnoreReturnValue
    public Builder milestone(String name, LocalDate due) {
      milestones.add(new Milestone(name, due));
      return this;
    }

    /**
     * Builds the plan written so far.
     *
     * @return the plan, never null
     * @throws IllegalArgumentException if more than five opportunities are listed or one repeats, a
     *     text or product is blank, an amount is negative, or amounts mix currencies
     */
    public AccountPlan build() {
      return new AccountPlan(
          customer,
          salesByProduct,
          profitability,
          decisionMaking,
          bestOpportunities,
          risks,
          targetsByProduct,
          callFrequency,
          teamRequirements,
          productRequirements,
          measures,
          milestones);
    }
  }
}
