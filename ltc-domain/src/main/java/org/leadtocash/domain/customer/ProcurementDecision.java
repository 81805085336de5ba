package org.leadtocash.domain.customer;

import java.util.List;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * How the customer decides what to buy (DOMAIN D6.1 procurement decision, D6.8 §5.2): its decision
 * model, the key roles who decide (the last question of the 30-second test), and its buying
 * procedure, step by step.
 *
 * <p>True of every decision: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class ProcurementDecision {

  ProcurementDecision() {}

  /** {@return the decision model, e.g. {@code central tender, board approves above 50m}} */
  public abstract String model();

  /** {@return the key roles who decide, e.g. {@code CTO}, {@code procurement director}} */
  public abstract List<String> keyRoles();

  /** {@return the buying procedure's steps, in order; never null} */
  public abstract List<String> procedure();

  /** {@return a new builder; the model is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcurementDecision}. */
  public static final class Builder extends ImmutableProcurementDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(model(), "model");
    Texts.notBlank(model(), "the procurement decision model");
    keyRoles().forEach(t -> FreeText.line(t, "keyRoles"));
    Texts.noBlank(keyRoles(), "the key roles");
    procedure().forEach(t -> FreeText.line(t, "procedure"));
    Texts.noBlank(procedure(), "the buying procedure");
  }
}
