package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * A clause of a contract: its id, its {@link ClauseType type}, its text and, for the clauses whose
 * risk depends on them, its structured terms (DOMAIN D5.4).
 *
 * <p>The structured terms are what a {@link ContractRiskPolicy} reads to flag "buried mines": a
 * {@link ClauseType#PENALTY penalty} clause states its cap in percent of the contract value (no cap
 * means uncapped), and a {@link ClauseType#PAYMENT_TERMS payment-terms} clause the number of days
 * the customer has to pay an invoice.
 *
 * <p>True of every clause: the text is not blank; a cap is positive and only on a penalty clause; a
 * payment term is not negative and only on a payment-terms clause.
 *
 * <pre>{@code
 * Clause penalty = Clause.builder()
 *     .id(ClauseId.of("PEN-1"))
 *     .type(ClauseType.PENALTY)
 *     .text("0.1% of the contract value per day of delay, at most 5%")
 *     .capPercent(5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class Clause {

  Clause() {}

  /** {@return the clause's id, unique within its contract; never null} */
  public abstract ClauseId id();

  /** {@return what kind of clause it is; never null} */
  public abstract ClauseType type();

  /** {@return the clause's text as agreed; never null, never blank} */
  public abstract String text();

  /**
   * {@return the cap of a penalty clause in percent of the contract value; empty for an uncapped
   * penalty and for every other clause; never null}
   */
  public abstract Optional<Integer> capPercent();

  /**
   * {@return for a payment-terms clause, the number of days the customer has to pay an invoice;
   * empty if the clause does not state it, and for every other clause; never null}
   */
  public abstract Optional<Integer> paymentTermDays();

  /**
   * Returns a clause without structured terms.
   *
   * @param id the clause's id; not null
   * @param type its type; not null
   * @param text its text; not null, not blank
   * @return the clause, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static Clause of(ClauseId id, ClauseType type, String text) {
    return builder().id(id).type(type).text(text).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Clause}; id, type and text are required. */
  public static final class Builder extends ImmutableClause.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(text(), "text");
    checkArgument(!text().isBlank(), "clause %s has a text (DOMAIN D5.4)", id());
    capPercent()
        .ifPresent(
            cap -> {
              checkArgument(
                  type() == ClauseType.PENALTY,
                  "only a penalty clause states a cap, not clause %s of type %s (DOMAIN D5.4)",
                  id(),
                  type());
              checkArgument(cap > 0, "a penalty cap is a positive percent, not %s", cap);
            });
    paymentTermDays()
        .ifPresent(
            days -> {
              checkArgument(
                  type() == ClauseType.PAYMENT_TERMS,
                  "only a payment-terms clause states a payment term, not clause %s of type %s"
                      + " (DOMAIN D5.4)",
                  id(),
                  type());
              checkArgument(days >= 0, "a payment term is not negative, not %s days", days);
            });
  }
}
