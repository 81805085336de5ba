package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * The relationship analysis of a plan's second step (DOMAIN D10.1): ours and the main competitor's
 * relationships on each of the three layers of D7 (key, general, organisational), what the
 * competitor has as targets, strategy, organisation, staffing, KPIs, strengths and problems, and
 * optionally the macro environment.
 *
 * <p>An analysis is written over time, so it may be incomplete: {@link #completeness()} lists each
 * layer for us and for the competitor, then each aspect of the competitor, as written or missing (a
 * blank text is missing); the macro environment is optional and never missing. Build one with
 * {@link #builder()}.
 *
 * @param ours what we have on each layer, in the layers' order; not null, no null text
 * @param competitors what the main competitor has on each layer, in the layers' order; not null, no
 *     null text
 * @param competitor what the analysis says of each aspect of the competitor, in the aspects' order;
 *     not null, no null text
 * @param macro the macro environment, if analysed; not null
 */
public record RelationshipAnalysis(
    Map<RelationshipLayer, String> ours,
    Map<RelationshipLayer, String> competitors,
    Map<CompetitorAspect, String> competitor,
    Optional<String> macro) {

  /**
   * Copies the texts into the order of DOMAIN.
   *
   * @param ours what we have on each layer; not null, no null key or text
   * @param competitors what the main competitor has on each layer; not null, no null key or text
   * @param competitor each aspect of the competitor; not null, no null key or text
   * @param macro the macro environment, if analysed; not null
   */
  public RelationshipAnalysis {
    ours = copy(RelationshipLayer.class, ours, "ours");
    competitors = copy(RelationshipLayer.class, competitors, "competitors");
    competitor = copy(CompetitorAspect.class, competitor, "competitor");
    Objects.requireNonNull(macro, "macro");
  }

  /** {@return a builder of an analysis with nothing written yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reports whether the analysis is complete (DOMAIN D10.1): our three layers, the competitor's
   * three layers, then the seven aspects of the competitor, each written or missing with why.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    List<CompletenessItem> items = new ArrayList<>();
    for (RelationshipLayer layer : RelationshipLayer.values()) {
      items.add(item("our " + layer.label(), ours.get(layer)));
    }
    for (RelationshipLayer layer : RelationshipLayer.values()) {
      items.add(item("the competitor's " + layer.label(), competitors.get(layer)));
    }
    for (CompetitorAspect aspect : CompetitorAspect.values()) {
      items.add(item("the competitor's " + aspect.label(), competitor.get(aspect)));
    }
    return new Completeness(RuleId.D10_1, items);
  }

  private static CompletenessItem item(String item, @Nullable String text) {
    if (text == null) {
      return new CompletenessItem(item, false, item + " is not analysed");
    }
    if (text.isBlank()) {
      return new CompletenessItem(item, false, item + " is blank");
    }
    return new CompletenessItem(item, true, item + " is analysed");
  }

  private static <K extends Enum<K>> ImmutableMap<K, String> copy(
      Class<K> keys, Map<K, String> texts, String what) {
    Objects.requireNonNull(texts, what);
    EnumMap<K, String> ordered = new EnumMap<>(keys);
    texts.forEach(
        (k, v) ->
            ordered.put(
                Objects.requireNonNull(k, what + "' key"),
                Objects.requireNonNull(v, what + "' text")));
    return ImmutableMap.copyOf(ordered);
  }

  /**
   * Builds a {@link RelationshipAnalysis}; a later text for the same layer or aspect replaces it.
   */
  public static final class Builder {

    private final Map<RelationshipLayer, String> ours = new EnumMap<>(RelationshipLayer.class);
    private final Map<RelationshipLayer, String> competitors =
        new EnumMap<>(RelationshipLayer.class);
    private final Map<CompetitorAspect, String> competitor = new EnumMap<>(CompetitorAspect.class);
    private Optional<String> macro = Optional.empty();

    private Builder() {}

    /**
     * Writes what we have on a layer.
     *
     * @param layer the layer; not null
     * @param text our relationships on it; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ours(RelationshipLayer layer, String text) {
      ours.put(Objects.requireNonNull(layer, "layer"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Writes what the main competitor has on a layer.
     *
     * @param layer the layer; not null
     * @param text the competitor's relationships on it; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder competitors(RelationshipLayer layer, String text) {
      competitors.put(Objects.requireNonNull(layer, "layer"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Writes one aspect of the main competitor.
     *
     * @param aspect the aspect; not null
     * @param text what the analysis found; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder competitor(CompetitorAspect aspect, String text) {
      competitor.put(
          Objects.requireNonNull(aspect, "aspect"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Writes the macro environment.
     *
     * @param text what the analysis found; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder macro(String text) {
      macro = Optional.of(Objects.requireNonNull(text, "text"));
      return this;
    }

    /** {@return the analysis written so far; never null} */
    public RelationshipAnalysis build() {
      return new RelationshipAnalysis(ours, competitors, competitor, macro);
    }
  }
}
