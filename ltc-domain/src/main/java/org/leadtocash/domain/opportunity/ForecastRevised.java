package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;

/**
 * The amount, expected signing date and win probability were revised (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param amount the expected amount
 * @param expectedSigning the expected signing date
 * @param probability the win probability
 * @param occurredAt when
 */
public record ForecastRevised(
    OpportunityId opportunity,
    long version,
    Money amount,
    LocalDate expectedSigning,
    Probability probability,
    Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.forecast-revised}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.forecast-revised", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param amount the expected amount
   * @param expectedSigning the expected signing date
   * @param probability the win probability
   * @param occurredAt when
   */
  public ForecastRevised {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(expectedSigning, "expectedSigning");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
