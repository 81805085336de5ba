package org.leadtocash.domain.customer;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * Customer insight (DOMAIN D6.1): the customer's external environment by the five forces, its
 * company overview, its needs and its procurement decision, and the answers to "what is our value
 * to them?" and "what is their value to us?".
 *
 * <p>Insight is built over time: {@link #missingForces()} tells which forces are not yet read. True
 * of every insight: no text is blank.
 */
@Value.Immutable
@DomainStyle
public abstract class CustomerInsight {

  CustomerInsight() {}

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return the external environment, force by force; never null} */
  public abstract Map<CompetitiveForce, String> externalEnvironment();

  /** {@return the company overview; never null} */
  public abstract CompanyOverview overview();

  /** {@return the customer's needs; never null} */
  public abstract CustomerNeeds needs();

  /** {@return the procurement decision: key roles and buying procedure; never null} */
  public abstract ProcurementDecision procurement();

  /** {@return our value to the customer, if stated; never null} */
  public abstract Optional<String> ourValueToThem();

  /** {@return the customer's value to us, if stated; never null} */
  public abstract Optional<String> theirValueToUs();

  /** {@return a new builder; customer, overview, needs and procurement are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the forces of the external environment not yet read, in order; never null} */
  public Set<CompetitiveForce> missingForces() {
    return Sets.immutableEnumSet(
        Sets.difference(EnumSet.allOf(CompetitiveForce.class), externalEnvironment().keySet()));
  }

  /** Builds a {@link CustomerInsight}. */
  public static final class Builder extends ImmutableCustomerInsight.Builder {
    Builder() {}

    /**
     * Builds the insight.
     *
     * @return the insight, never null
     * @throws IllegalStateException if customer, overview, needs or procurement is not set
     * @throws IllegalArgumentException if a force of the external environment is stated twice, or a
     *     text is blank, too long or holds a control character; the message names the attribute and
     *     never quotes the texts (DOMAIN D6.8, D11.3)
     */
    @Override
    public CustomerInsight build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Multiple entries with same key")) {
          // Guava's refusal quotes both texts as they stand: say what is wrong without them
          throw new IllegalArgumentException(
              "externalEnvironment states a competitive force twice; each force is read once"
                  + " (DOMAIN D6.8, D11.3)");
        }
        throw e;
      }
    }
  }

  @Value.Check
  void check() {
    externalEnvironment().values().forEach(t -> FreeText.note(t, "externalEnvironment"));
    ourValueToThem().ifPresent(t -> FreeText.note(t, "ourValueToThem"));
    theirValueToUs().ifPresent(t -> FreeText.note(t, "theirValueToUs"));
    Texts.noBlank(externalEnvironment().values(), "the external environment");
    ourValueToThem().ifPresent(t -> Texts.notBlank(t, "our value to the customer"));
    theirValueToUs().ifPresent(t -> Texts.notBlank(t, "the customer's value to us"));
  }
}
