package org.leadtocash.domain.customer;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * A SWOT analysis and its conclusion: strengths, weaknesses, opportunities, threats (DOMAIN D6.8,
 * for a customer and for a supplier or competitor).
 *
 * <p>True of every SWOT: no item is blank.
 */
@Value.Immutable
@DomainStyle
public abstract class Swot {

  Swot() {}

  /** {@return the strengths; never null} */
  public abstract List<String> strengths();

  /** {@return the weaknesses; never null} */
  public abstract List<String> weaknesses();

  /** {@return the opportunities; never null} */
  public abstract List<String> opportunities();

  /** {@return the threats; never null} */
  public abstract List<String> threats();

  /** {@return the conclusion drawn from the four, if written; never null} */
  public abstract Optional<String> summary();

  /** {@return a new builder; every list may be empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether nothing is written yet: all four lists are empty} */
  public boolean isEmpty() {
    return strengths().isEmpty()
        && weaknesses().isEmpty()
        && opportunities().isEmpty()
        && threats().isEmpty();
  }

  /** Builds a {@link Swot}. */
  public static final class Builder extends ImmutableSwot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    summary().ifPresent(t -> FreeText.note(t, "summary"));
    strengths().forEach(t -> FreeText.line(t, "strengths"));
    Texts.noBlank(strengths(), "the strengths");
    weaknesses().forEach(t -> FreeText.line(t, "weaknesses"));
    Texts.noBlank(weaknesses(), "the weaknesses");
    opportunities().forEach(t -> FreeText.line(t, "opportunities"));
    Texts.noBlank(opportunities(), "the opportunities");
    threats().forEach(t -> FreeText.line(t, "threats"));
    Texts.noBlank(threats(), "the threats");
    summary().ifPresent(t -> Texts.notBlank(t, "the SWOT summary"));
  }
}
