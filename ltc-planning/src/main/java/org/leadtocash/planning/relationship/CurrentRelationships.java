package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;

/**
 * Today's relationships, as the host knows them from {@code ltc-domain}, against which a plan's
 * relationship targets are measured (DOMAIN D10.1, step 3): the customers' decision chains (D7.2),
 * the current key-relationship level of each person assessed (D7.4), the organisational level of
 * each customer (D7.7) and the general grade of each (D7.6). What is not given counts as not
 * assessed.
 *
 * @param chains the decision chains, one per customer at most; not null
 * @param keyLevels the current level of each person assessed; not null
 * @param organisational the organisational level of each customer assessed; not null
 * @param general the general grade of each customer assessed; not null
 */
public record CurrentRelationships(
    List<DecisionChain> chains,
    Map<PersonId, KeyRelationshipLevel> keyLevels,
    Map<CustomerId, OrganisationalRelationshipLevel> organisational,
    Map<CustomerId, GeneralRelationshipGrade> general) {

  /**
   * Copies the relationships.
   *
   * @param chains the decision chains, one per customer at most; not null
   * @param keyLevels the current level of each person assessed; not null
   * @param organisational the organisational level of each customer assessed; not null
   * @param general the general grade of each customer assessed; not null
   * @throws IllegalArgumentException if two chains are of one customer
   */
  public CurrentRelationships {
    Objects.requireNonNull(chains, "chains");
    Objects.requireNonNull(keyLevels, "keyLevels");
    Objects.requireNonNull(organisational, "organisational");
    Objects.requireNonNull(general, "general");
    chains = ImmutableList.copyOf(chains);
    keyLevels = ImmutableMap.copyOf(keyLevels);
    organisational = ImmutableMap.copyOf(organisational);
    general = ImmutableMap.copyOf(general);
    if (chains.stream().map(DecisionChain::customer).distinct().count() != chains.size()) {
      throw new IllegalArgumentException(
          "the current relationships hold one decision chain per customer (DOMAIN D10.1)");
    }
  }

  /** {@return a builder with no chain and nothing assessed} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the decision chain of a customer.
   *
   * @param customer the customer; not null
   * @return its chain, or empty if none is given; never null
   */
  public Optional<DecisionChain> chain(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return chains.stream().filter(c -> c.customer().equals(customer)).findFirst();
  }

  /** Builds {@link CurrentRelationships}; a later value for the same person or customer wins. */
  public static final class Builder {

    private final Map<CustomerId, DecisionChain> chains = new LinkedHashMap<>();
    private final Map<PersonId, KeyRelationshipLevel> keyLevels = new LinkedHashMap<>();
    private final Map<CustomerId, OrganisationalRelationshipLevel> organisational =
        new LinkedHashMap<>();
    private final Map<CustomerId, GeneralRelationshipGrade> general = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a customer's decision chain, replacing one given before for that customer.
     *
     * @param chain the chain; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder chain(DecisionChain chain) {
      chains.put(Objects.requireNonNull(chain, "chain").customer(), chain);
      return this;
    }

    /**
     * Sets a person's current key-relationship level.
     *
     * @param person the person; not null
     * @param level the level; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder keyLevel(PersonId person, KeyRelationshipLevel level) {
      keyLevels.put(
          Objects.requireNonNull(person, "person"), Objects.requireNonNull(level, "level"));
      return this;
    }

    /**
     * Takes the current levels of key relationships: each assessed relationship gives its person's
     * level; one not yet assessed gives none.
     *
     * @param relationships the relationships; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder keyRelationships(Collection<KeyRelationship> relationships) {
      Objects.requireNonNull(relationships, "relationships");
      for (KeyRelationship relationship : relationships) {
        relationship.level().ifPresent(level -> keyLevel(relationship.person(), level));
      }
      return this;
    }

    /**
     * Sets a customer's organisational level.
     *
     * @param customer the customer; not null
     * @param level the level; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder organisational(CustomerId customer, OrganisationalRelationshipLevel level) {
      organisational.put(
          Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(level, "level"));
      return this;
    }

    /**
     * Sets a customer's general grade.
     *
     * @param customer the customer; not null
     * @param grade the grade; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder general(CustomerId customer, GeneralRelationshipGrade grade) {
      general.put(
          Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(grade, "grade"));
      return this;
    }

    /** {@return the relationships given so far; never null} */
    public CurrentRelationships build() {
      return new CurrentRelationships(
          List.copyOf(chains.values()), keyLevels, organisational, general);
    }
  }
}
