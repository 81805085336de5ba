package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A hilltop target (山头项目, DOMAIN D10.1): a decisive project to win.
 *
 * @param opportunity the project's opportunity; not null
 * @param customer the customer it is with; not null
 * @param name the project's name, e.g. "provincial 5G core"; not null, not blank
 */
public record HilltopTarget(OpportunityId opportunity, CustomerId customer, String name) {

  /**
   * Checks the target.
   *
   * @param opportunity the project's opportunity; not null
   * @param customer the customer it is with; not null
   * @param name the project's name; not null, not blank
   * @throws IllegalArgumentException if the name is blank
   */
  public HilltopTarget {
    FreeText.line(name, "name");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "a hilltop project has a name (DOMAIN D10.1): %s", opportunity);
  }

  /** {@return e.g. {@code hilltop OP-7 provincial 5G core with CU-1}} */
  @Override
  public String toString() {
    return "hilltop " + opportunity + " " + name + " with " + customer;
  }
}
