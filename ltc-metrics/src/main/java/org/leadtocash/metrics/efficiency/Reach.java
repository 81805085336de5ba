package org.leadtocash.metrics.efficiency;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far we got with a target account's potential (DOMAIN D11.5), in order; also the four parts of
 * the sales-loss waterfall into which the market total splits.
 */
public enum Reach {
  /** The customer was not contacted: an efficiency loss. */
  NOT_CONTACTED("not contacted", LossKind.EFFICIENCY),
  /** Contacted, but not seriously pursued: an effectiveness loss. */
  CONTACTED_NOT_PURSUED("contacted, not pursued", LossKind.EFFECTIVENESS),
  /** Seriously pursued, but not won: an effectiveness loss. */
  PURSUED_NOT_WON("pursued, not won", LossKind.EFFECTIVENESS),
  /** Won: actual sales. */
  WON("actual sales", null);

  private final String label;
  private final Optional<LossKind> loss;

  Reach(String label, @Nullable LossKind loss) {
    this.label = label;
    this.loss = Optional.ofNullable(loss);
  }

  /** {@return the part's name in the waterfall, e.g. {@code not contacted}; never null} */
  public String label() {
    return label;
  }

  /** {@return the kind of loss this part is, or empty for actual sales; never null} */
  public Optional<LossKind> loss() {
    return loss;
  }
}
