package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * A customer was registered with its name and segment (DOMAIN D6.7).
 *
 * <p>A household's name is personal data (D7.8), so {@link #toString()} leaves the name out.
 *
 * @param customer the customer
 * @param name its name
 * @param segment its segment
 * @param occurredAt when
 */
public record CustomerRegistered(
    CustomerId customer, String name, Segment segment, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param name its name
   * @param segment its segment
   * @param occurredAt when
   */
  public CustomerRegistered {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** {@return the event without the customer's name, which may be personal data} */
  @Override
  public String toString() {
    return "CustomerRegistered[customer="
        + customer
        + ", name=***, segment="
        + segment
        + ", occurredAt="
        + occurredAt
        + "]";
  }
}
