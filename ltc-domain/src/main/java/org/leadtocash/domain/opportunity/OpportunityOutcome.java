package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.FreeText;

/**
 * How an opportunity ended (DOMAIN D3.5): won, lost to a competitor, abandoned by us or cancelled
 * by the customer. Each kind carries its own facts.
 */
public sealed interface OpportunityOutcome {

  /** {@return when the opportunity ended; never null} */
  Instant at();

  /** {@return the status this outcome gives the opportunity; never null} */
  OpportunityStatus status();

  /**
   * We won.
   *
   * @param split the award split between us and the competitors, when known; not null
   * @param at when; not null
   */
  record Won(Optional<AwardSplit> split, Instant at) implements OpportunityOutcome {
    /**
     * Checks that no part is null.
     *
     * @param split the award split between us and the competitors, when known; not null
     * @param at when; not null
     */
    public Won {
      Objects.requireNonNull(split, "split");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public OpportunityStatus status() {
      return OpportunityStatus.WON;
    }
  }

  /**
   * We lost to a competitor.
   *
   * @param winner the competitor that won; not null
   * @param reason why we lost; not null, not blank
   * @param split the award split, when known; not null
   * @param at when; not null
   */
  record Lost(CompetitorId winner, String reason, Optional<AwardSplit> split, Instant at)
      implements OpportunityOutcome {
    /**
     * Checks the parts.
     *
     * @param winner the competitor that won; not null
     * @param reason why we lost; not null, not blank
     * @param split the award split, when known; not null
     * @param at when; not null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Lost {
      FreeText.line(reason, "reason");
      Objects.requireNonNull(winner, "winner");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(split, "split");
      Objects.requireNonNull(at, "at");
      checkArgument(!reason.isBlank(), "a loss records why (DOMAIN D3.5)");
    }

    @Override
    public OpportunityStatus status() {
      return OpportunityStatus.LOST;
    }
  }

  /**
   * We abandoned the opportunity.
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   */
  record Abandoned(String reason, Instant at) implements OpportunityOutcome {
    /**
     * Checks the parts.
     *
     * @param reason why; not null, not blank
     * @param at when; not null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Abandoned {
      FreeText.line(reason, "reason");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
      checkArgument(!reason.isBlank(), "abandoning records why (DOMAIN D3.5)");
    }

    @Override
    public OpportunityStatus status() {
      return OpportunityStatus.ABANDONED;
    }
  }

  /**
   * The customer cancelled the project.
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   */
  record Cancelled(String reason, Instant at) implements OpportunityOutcome {
    /**
     * Checks the parts.
     *
     * @param reason why; not null, not blank
     * @param at when; not null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Cancelled {
      FreeText.line(reason, "reason");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
      checkArgument(!reason.isBlank(), "a cancellation records why (DOMAIN D3.5)");
    }

    @Override
    public OpportunityStatus status() {
      return OpportunityStatus.CANCELLED;
    }
  }
}
