package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * A customer was registered with its name and segment (DOMAIN D6.7).
 *
 * <p>A household's name is personal data (D7.8), so {@link #toString()} leaves the name out.
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param name its name
 * @param segment its segment
 * @param occurredAt when
 */
public record CustomerRegistered(
    CustomerId customer, long version, String name, Segment segment, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.registered}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.registered", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param name its name
   * @param segment its segment
   * @param occurredAt when
   */
  public CustomerRegistered {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
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

  @Override
  public EventType type() {
    return TYPE;
  }
}
