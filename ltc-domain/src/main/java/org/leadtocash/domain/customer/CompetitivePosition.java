package org.leadtocash.domain.customer;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The customer's own competitive environment (DOMAIN D6.8 §2.3): where it sits in its industry
 * chain, who its customers and main competitors are, whether it attacks or defends, how its market
 * is spread, and how it differs from its main competitors.
 *
 * <p>True of every position: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class CompetitivePosition {

  CompetitivePosition() {}

  /** {@return the customer's place in its industry chain; never null} */
  public abstract String valueChainPosition();

  /** {@return who the customer's own customers are (the 30-second test, D6.1); never null} */
  public abstract List<String> customers();

  /** {@return the customer's main competitors (its rivals, not ours); never null} */
  public abstract List<String> mainCompetitors();

  /** {@return whether the customer attacks or defends; never null} */
  public abstract CompetitiveStance stance();

  /** {@return how the customer's market is spread, if known; never null} */
  public abstract Optional<String> marketDistribution();

  /** {@return how the customer differs from its main competitors, if known; never null} */
  public abstract Optional<String> differentiation();

  /** {@return a new builder; the value-chain position and the stance are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetitivePosition}. */
  public static final class Builder extends ImmutableCompetitivePosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(valueChainPosition(), "valueChainPosition");
    marketDistribution().ifPresent(t -> FreeText.note(t, "marketDistribution"));
    differentiation().ifPresent(t -> FreeText.note(t, "differentiation"));
    Texts.notBlank(valueChainPosition(), "the value-chain position");
    customers().forEach(t -> FreeText.line(t, "customers"));
    Texts.noBlank(customers(), "the customer's customers");
    mainCompetitors().forEach(t -> FreeText.line(t, "mainCompetitors"));
    Texts.noBlank(mainCompetitors(), "the main competitors");
    marketDistribution().ifPresent(t -> Texts.notBlank(t, "the market distribution"));
    differentiation().ifPresent(t -> Texts.notBlank(t, "the differentiation"));
  }
}
