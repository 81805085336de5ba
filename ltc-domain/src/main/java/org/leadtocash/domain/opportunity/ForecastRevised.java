package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;

/**
 * The amount, expected signing date and win probability were revised (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param amount the expected amount
 * @param expectedSigning the expected signing date
 * @param probability the win probability
 * @param occurredAt when
 */
public record ForecastRevised(
    OpportunityId opportunity,
    Money amount,
    LocalDate expectedSigning,
    Probability probability,
    Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
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
  }
}
