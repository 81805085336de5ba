package org.leadtocash.planning.strategy;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.RuleId;

/**
 * A business design by its six elements (DOMAIN D9.2): customer selection, value proposition, value
 * capture, scope of activities, strategic control and risk management.
 *
 * <p>A design may be incomplete: {@link #completeness()} lists every element in the order of DOMAIN
 * as present or missing (a blank text counts as missing). Texts are kept as written. Build one with
 * {@link #builder()}.
 *
 * @param elements the text of each element written so far, in the elements' order; not null, no
 *     null text
 */
public record BusinessDesign(Map<DesignElement, String> elements) {

  /**
   * Copies the texts into the order of DOMAIN.
   *
   * @param elements the text of each element written so far; not null, no null key or text
   */
  public BusinessDesign {
    elements = Texts.copy(DesignElement.class, elements, "elements");
  }

  /** {@return a builder of a design with no element yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the text of one element.
   *
   * @param element the element; not null
   * @return its text as written, or empty if it is not written; never null
   */
  public Optional<String> element(DesignElement element) {
    return Optional.ofNullable(elements.get(Objects.requireNonNull(element, "element")));
  }

  /**
   * Reports the design's completeness (DOMAIN D9.2): the six elements in the order of DOMAIN, each
   * present or missing (not written, or blank) with why.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    ImmutableList.Builder<CompletenessItem> items = ImmutableList.builder();
    for (DesignElement element : DesignElement.values()) {
      items.add(Texts.item(element.label(), elements, element));
    }
    return new Completeness(RuleId.D9_2, items.build());
  }

  /** Builds a {@link BusinessDesign}; a later text for the same element replaces it. */
  public static final class Builder {

    private final Map<DesignElement, String> elements = new EnumMap<>(DesignElement.class);

    private Builder() {}

    /**
     * Writes one element.
     *
     * @param element the element; not null
     * @param text what the design says of it; not null (a blank text counts as missing)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder element(DesignElement element, String text) {
      elements.put(
          Objects.requireNonNull(element, "element"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /** {@return the design written so far; never null} */
    public BusinessDesign build() {
      return new BusinessDesign(elements);
    }
  }
}
