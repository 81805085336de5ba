package org.leadtocash.domain.customer;

import java.util.List;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The needs of customer insight (DOMAIN D6.1): products, solutions, services and business model.
 *
 * <p>True of every value: no need is blank.
 */
@Value.Immutable
@DomainStyle
public abstract class CustomerNeeds {

  CustomerNeeds() {}

  /** {@return the products the customer needs; never null} */
  public abstract List<String> products();

  /** {@return the solutions the customer needs; never null} */
  public abstract List<String> solutions();

  /** {@return the services the customer needs; never null} */
  public abstract List<String> services();

  /** {@return what the customer needs of its business model; never null} */
  public abstract List<String> businessModel();

  /** {@return a new builder; every list may be empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether no need is known yet} */
  public boolean isEmpty() {
    return products().isEmpty()
        && solutions().isEmpty()
        && services().isEmpty()
        && businessModel().isEmpty();
  }

  /** Builds a {@link CustomerNeeds}. */
  public static final class Builder extends ImmutableCustomerNeeds.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    products().forEach(t -> FreeText.line(t, "products"));
    Texts.noBlank(products(), "the product needs");
    solutions().forEach(t -> FreeText.line(t, "solutions"));
    Texts.noBlank(solutions(), "the solution needs");
    services().forEach(t -> FreeText.line(t, "services"));
    Texts.noBlank(services(), "the service needs");
    businessModel().forEach(t -> FreeText.line(t, "businessModel"));
    Texts.noBlank(businessModel(), "the business-model needs");
  }
}
