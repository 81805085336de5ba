package org.leadtocash.planning.strategy;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.RuleId;

/**
 * A marketing strategy as five looks and three decisions (五看三定, DOMAIN D9.1): what was seen looking
 * at the macro environment, the industry, the customers, the competition and ourselves; and the
 * targets, strategies and strategic control points decided from it.
 *
 * <p>A strategy is written over time, so it may be incomplete: {@link #completeness()} lists every
 * look and decision in the order of DOMAIN as present or missing (a blank text counts as missing).
 * Texts are kept as written. Build one with {@link #builder()}.
 *
 * @param looks the text of each look written so far, in the looks' order; not null, no null text
 * @param decisions the text of each decision made so far, in the decisions' order; not null, no
 *     null text
 */
public record MarketingStrategy(Map<Look, String> looks, Map<Decision, String> decisions) {

  /**
   * Copies the texts into the order of DOMAIN.
   *
   * @param looks the text of each look written so far; not null, no null key or text
   * @param decisions the text of each decision made so far; not null, no null key or text
   */
  public MarketingStrategy {
    looks = Texts.copy(Look.class, looks, "looks");
    decisions = Texts.copy(Decision.class, decisions, "decisions");
  }

  /** {@return a builder of a strategy with no look and no decision yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the text of one look.
   *
   * @param look the look; not null
   * @return its text as written, or empty if it is not written; never null
   */
  public Optional<String> look(Look look) {
    return Optional.ofNullable(looks.get(Objects.requireNonNull(look, "look")));
  }

  /**
   * Returns the text of one decision.
   *
   * @param decision the decision; not null
   * @return its text as written, or empty if it is not made; never null
   */
  public Optional<String> decision(Decision decision) {
    return Optional.ofNullable(decisions.get(Objects.requireNonNull(decision, "decision")));
  }

  /**
   * Reports the strategy's completeness (DOMAIN D9.1): the five looks then the three decisions, in
   * the order of DOMAIN, each present or missing (not written, or blank) with why.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    ImmutableList.Builder<CompletenessItem> items = ImmutableList.builder();
    for (Look look : Look.values()) {
      items.add(Texts.item("look at " + look.label(), looks, look));
    }
    for (Decision decision : Decision.values()) {
      items.add(Texts.item("decision on " + decision.label(), decisions, decision));
    }
    return new Completeness(RuleId.D9_1, items.build());
  }

  /** Builds a {@link MarketingStrategy}; a later text for the same look or decision replaces it. */
  public static final class Builder {

    private final Map<Look, String> looks = new EnumMap<>(Look.class);
    private final Map<Decision, String> decisions = new EnumMap<>(Decision.class);

    private Builder() {}

    /**
     * Writes what one look saw.
     *
     * @param look the look; not null
     * @param text what it saw; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder look(Look look, String text) {
      looks.put(Objects.requireNonNull(look, "look"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Writes one decision.
     *
     * @param decision the decision; not null
     * @param text what was decided; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder decision(Decision decision, String text) {
      decisions.put(
          Objects.requireNonNull(decision, "decision"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /** {@return the strategy written so far; never null} */
    public MarketingStrategy build() {
      return new MarketingStrategy(looks, decisions);
    }
  }
}
