package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationship;

/**
 * One decision chain with what we know of our relationships in it, the input of {@link
 * RelationshipCoverage} (DOMAIN D7.2–D7.4, D7.7): the chain (its people, their decision roles,
 * stances and coaches), the current key-relationship level of each person assessed, and optionally
 * the organisational relationship with the chain's customer.
 *
 * <p>Levels of people who are not in the chain are ignored, as {@link DecisionChain#coverage}
 * ignores them; a person without a level counts as not covered at any level. The record holds no
 * personal data beyond the chain's, whose {@code toString()} names no one (D7.8).
 *
 * @param chain the decision chain; not null
 * @param levels the current key-relationship level of each person assessed (D7.4); not null, copied
 * @param organisation the organisational relationship with the chain's customer (D7.7), if known;
 *     not null
 */
public record AssessedChain(
    DecisionChain chain,
    Map<PersonId, KeyRelationshipLevel> levels,
    Optional<OrganisationalRelationship> organisation) {

  /**
   * Checks and copies the parts.
   *
   * @param chain the decision chain; not null
   * @param levels the current key-relationship level of each person assessed (D7.4); not null,
   *     copied
   * @param organisation the organisational relationship with the chain's customer (D7.7), if known;
   *     not null
   * @throws IllegalArgumentException if the organisational relationship is with another customer
   */
  public AssessedChain {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(chain, "chain");
    levels = ImmutableMap.copyOf(levels);
    Objects.requireNonNull(organisation, "organisation");
    organisation.ifPresent(
        o ->
            checkArgument(
                o.customer().equals(chain.customer()),
                "the organisational relationship with %s does not belong to the decision chain of"
                    + " %s (DOMAIN D7.7)",
                o.customer(),
                chain.customer()));
  }

  /**
   * Returns a chain with its levels, without an organisational relationship.
   *
   * @param chain the decision chain; not null
   * @param levels the level of each person assessed; not null
   * @return the record, never null
   */
  public static AssessedChain of(DecisionChain chain, Map<PersonId, KeyRelationshipLevel> levels) {
    return new AssessedChain(chain, levels, Optional.empty());
  }

  /**
   * Returns a chain with its levels and the organisational relationship with its customer.
   *
   * @param chain the decision chain; not null
   * @param levels the level of each person assessed; not null
   * @param organisation the organisational relationship; not null, with the chain's customer
   * @return the record, never null
   * @throws IllegalArgumentException if the organisational relationship is with another customer
   */
  public static AssessedChain of(
      DecisionChain chain,
      Map<PersonId, KeyRelationshipLevel> levels,
      OrganisationalRelationship organisation) {
    return new AssessedChain(
        chain, levels, Optional.of(Objects.requireNonNull(organisation, "organisation")));
  }
}
