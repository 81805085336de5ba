package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One growth option placed on the {@link GrowthMatrix} (DOMAIN D11.3): its rank, its quadrant and
 * why it is there.
 *
 * @param rank its rank, 1 for the first to pursue
 * @param option the option; not null
 * @param quadrant the quadrant it falls in; not null
 * @param reason its prize and probability against the thresholds, in words; not null, not blank
 */
public record PlacedOption(int rank, GrowthOption option, Quadrant quadrant, String reason) {

  /**
   * Checks the rank and reason.
   *
   * @param rank its rank, from 1
   * @param option the option; not null
   * @param quadrant its quadrant; not null
   * @param reason why it is there; not null, not blank
   * @throws IllegalArgumentException if the rank is below 1 or the reason blank
   */
  public PlacedOption {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(quadrant, "quadrant");
    Objects.requireNonNull(reason, "reason");
    checkArgument(rank >= 1, "a placed growth option ranks from 1 (DOMAIN D11.3): %s", rank);
    checkArgument(
        !reason.isBlank(),
        "a placed growth option says why it is there (DOMAIN D11.3): %s",
        option.description());
  }

  /** {@return the placement in words, e.g. "1. act now: port 5G network (cross-sell …): …"} */
  public String explanation() {
    return rank
        + ". "
        + quadrant.label()
        + ": "
        + option.description()
        + " ("
        + option.kind().label()
        + "): "
        + reason;
  }
}
