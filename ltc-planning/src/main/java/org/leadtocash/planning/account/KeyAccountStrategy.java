package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * A key-account strategy in the four steps of DOMAIN D11.2: the main customer groups and their
 * priority → clear targets → a competitive value proposition per segment (target, price, advantage)
 * → the salesperson's role.
 *
 * <p>A strategy is written step by step, so it may be incomplete: {@link #completeness()} lists the
 * four steps in order as present or missing. A step with nothing written is missing; the value
 * propositions are present only when every customer group has one. Customer groups are kept by
 * priority (1 first), then by name; value propositions in the order of their groups. Build one with
 * {@link #builder()}.
 *
 * @param customerGroups the main customer groups, by priority then name; not null, distinct names
 * @param targets the targets set, as written; not null, no blank target
 * @param propositions the value propositions, in their groups' order; not null, each for one of the
 *     customer groups, at most one per group
 * @param salesRole the salesperson's role; not null, blank when not yet defined
 */
public record KeyAccountStrategy(
    List<CustomerGroup> customerGroups,
    List<String> targets,
    List<ValueProposition> propositions,
    String salesRole) {

  private static final Comparator<CustomerGroup> GROUP_ORDER =
      Comparator.comparingInt(CustomerGroup::priority).thenComparing(CustomerGroup::name);

  /**
   * Checks the steps and puts groups and propositions in order.
   *
   * @param customerGroups the customer groups; not null, distinct names
   * @param targets the targets; not null, no blank target
   * @param propositions the value propositions; not null, each for one of the groups, one per group
   * @param salesRole the salesperson's role; not null, may be blank
   * @throws IllegalArgumentException if group names repeat, a target is blank, or a proposition is
   *     for no group or for a group that already has one
   */
  public KeyAccountStrategy {
    Objects.requireNonNull(customerGroups, "customerGroups");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(propositions, "propositions");
    Objects.requireNonNull(salesRole, "salesRole");
    List<CustomerGroup> groups = new ArrayList<>(ImmutableList.copyOf(customerGroups));
    groups.sort(GROUP_ORDER);
    Set<String> names = new HashSet<>();
    for (CustomerGroup group : groups) {
      checkArgument(
          names.add(group.name()),
          "a key-account strategy names each customer group once (DOMAIN D11.2): %s is there"
              + " twice",
          group.name());
    }
    customerGroups = ImmutableList.copyOf(groups);
    targets = ImmutableList.copyOf(targets);
    for (String target : targets) {
      checkArgument(!target.isBlank(), "a key-account strategy's target is written (DOMAIN D11.2)");
    }
    Map<String, ValueProposition> bySegment =
        ImmutableList.copyOf(propositions).stream()
            .collect(
                Collectors.toMap(
                    ValueProposition::segment,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException(
                          "a customer group has one value proposition (DOMAIN D11.2): "
                              + a.segment()
                              + " has two");
                    }));
    for (String segment : bySegment.keySet()) {
      checkArgument(
          names.contains(segment),
          "a value proposition is for one of the strategy's customer groups (DOMAIN D11.2): %s"
              + " is not one of %s",
          segment,
          names);
    }
    propositions =
        customerGroups.stream()
            .map(g -> bySegment.get(g.name()))
            .filter(Objects::nonNull)
            .collect(ImmutableList.toImmutableList());
  }

  /** {@return a builder of a strategy with no step written yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value proposition for one customer group.
   *
   * @param segment the customer group's name; not null
   * @return its proposition, or empty if it has none; never null
   */
  public Optional<ValueProposition> proposition(String segment) {
    Objects.requireNonNull(segment, "segment");
    return propositions.stream().filter(p -> p.segment().equals(segment)).findFirst();
  }

  /**
   * Reports the strategy's completeness (DOMAIN D11.2): the four steps in order, each present or
   * missing with why. The value propositions are missing while a customer group has none.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    List<String> groupsWithout =
        customerGroups.stream()
            .map(CustomerGroup::name)
            .filter(n -> proposition(n).isEmpty())
            .toList();
    return new Completeness(
        RuleId.D11_2,
        List.of(
            customerGroups.isEmpty()
                ? missing(StrategyStep.CUSTOMER_GROUPS, "no customer group is named")
                : present(
                    StrategyStep.CUSTOMER_GROUPS,
                    customerGroups.size()
                        + " by priority: "
                        + customerGroups.stream()
                            .map(g -> g.name() + " (" + g.priority() + ")")
                            .collect(Collectors.joining(", "))),
            targets.isEmpty()
                ? missing(StrategyStep.TARGETS, "no target is set")
                : present(StrategyStep.TARGETS, targets.size() + " set"),
            propositions.isEmpty()
                ? missing(StrategyStep.VALUE_PROPOSITIONS, "no value proposition is written")
                : groupsWithout.isEmpty()
                    ? present(
                        StrategyStep.VALUE_PROPOSITIONS,
                        "one for each of the " + customerGroups.size() + " customer groups")
                    : missing(
                        StrategyStep.VALUE_PROPOSITIONS,
                        "no value proposition for " + String.join(", ", groupsWithout)),
            salesRole.isBlank()
                ? missing(StrategyStep.SALES_ROLE, "the role is not defined")
                : present(StrategyStep.SALES_ROLE, "defined")));
  }

  private static CompletenessItem present(StrategyStep step, String why) {
    return new CompletenessItem(step.label(), true, step.label() + ": " + why);
  }

  private static CompletenessItem missing(StrategyStep step, String why) {
    return new CompletenessItem(step.label(), false, step.label() + ": " + why);
  }

  /**
   * Builds a {@link KeyAccountStrategy}; steps may be written in any order and are checked by
   * {@link #build()}.
   */
  public static final class Builder {

    private final List<CustomerGroup> customerGroups = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<ValueProposition> propositions = new ArrayList<>();
    private String salesRole = "";

    private Builder() {}

    /**
     * Names a customer group with its priority (step 1).
     *
     * @param name the group; not null, not blank, not named before
     * @param priority its priority, 1 for the most important
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the priority below 1
     */
    @CanIgnoreReturnValue
    public Builder customerGroup(String name, int priority) {
      customerGroups.add(new CustomerGroup(name, priority));
      return this;
    }

    /**
     * Sets a target (step 2).
     *
     * @param target the target, e.g. "double the share of enterprise broadband by 2028"; not null,
     *     not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder target(String target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Writes the value proposition of one customer group (step 3).
     *
     * @param segment the customer group; not null, named by {@link #customerGroup} before or after
     * @param target whom it targets; not null, not blank
     * @param price the price position; not null, not blank
     * @param advantage the advantage; not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if a text is blank
     */
    @CanIgnoreReturnValue
    public Builder proposition(String segment, String target, String price, String advantage) {
      propositions.add(new ValueProposition(segment, target, price, advantage));
      return this;
    }

    /**
     * Defines the salesperson's role (step 4); a later role replaces it.
     *
     * @param role the role, e.g. "the account's business advisor"; not null (blank means not
     *     defined)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder salesRole(String role) {
      salesRole = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Builds the strategy written so far.
     *
     * @return the strategy, never null
     * @throws IllegalArgumentException if group names repeat, or a proposition is for no group or
     *     for a group that already has one
     */
    public KeyAccountStrategy build() {
      return new KeyAccountStrategy(customerGroups, targets, propositions, salesRole);
    }
  }
}
