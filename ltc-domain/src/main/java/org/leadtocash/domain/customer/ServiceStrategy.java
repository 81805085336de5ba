package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The key-account service strategy of a graded customer (DOMAIN D6.3, fourth step): its aim is that
 * the customers we chose also choose us. It names what the customer values in us, most important
 * first, how that differs from what our competitors offer it, and what we offer.
 *
 * @param valued what the customer values in us, most important first; not null, not empty, no value
 *     twice
 * @param differentiation how our value to the customer differs from our competitors'; not null, not
 *     blank
 * @param offer the solutions and services that meet those values; not null, not blank
 */
public record ServiceStrategy(List<ServiceValue> valued, String differentiation, String offer) {

  /**
   * Checks and copies the parts.
   *
   * @param valued what the customer values in us, most important first; not null, not empty, no
   *     value twice
   * @param differentiation how our value to the customer differs from our competitors'; not null,
   *     not blank
   * @param offer the solutions and services that meet those values; not null, not blank
   * @throws IllegalArgumentException if no value is named, one is named twice, or a text is blank
   */
  public ServiceStrategy {
    FreeText.note(differentiation, "differentiation");
    FreeText.note(offer, "offer");
    Objects.requireNonNull(valued, "valued");
    valued = ImmutableList.copyOf(valued);
    Objects.requireNonNull(differentiation, "differentiation");
    Objects.requireNonNull(offer, "offer");
    checkArgument(
        !valued.isEmpty(), "a service strategy names what the customer values in us (DOMAIN D6.3)");
    checkArgument(
        valued.stream().distinct().count() == valued.size(),
        "a service strategy names each value once: %s",
        valued);
    checkArgument(
        !differentiation.isBlank(),
        "a service strategy states how we differ from competitors (DOMAIN D6.3)");
    checkArgument(!offer.isBlank(), "a service strategy states what we offer (DOMAIN D6.3)");
  }
}
