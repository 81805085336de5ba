package org.leadtocash.domain.customer;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Set;

/** Segmentation by type, each with its key buying factors (DOMAIN D6.7). */
public enum CustomerType {
  /**
   * Technically complex (技术复杂型): cutting-edge technology, customisation, market leadership, and
   * pays a premium.
   */
  TECHNICALLY_COMPLEX(
      "technically complex",
      Sets.immutableEnumSet(
          KeyBuyingFactor.CUTTING_EDGE_TECHNOLOGY,
          KeyBuyingFactor.CUSTOMISATION,
          KeyBuyingFactor.MARKET_LEADERSHIP,
          KeyBuyingFactor.PAYS_PREMIUM)),
  /** Service-responsive (服务响应型): short delivery times, unstable demand. */
  SERVICE_RESPONSIVE(
      "service-responsive",
      Sets.immutableEnumSet(KeyBuyingFactor.SHORT_DELIVERY_TIME, KeyBuyingFactor.UNSTABLE_DEMAND)),
  /** General (一般客户): meets the specification at a competitive price. */
  GENERAL(
      "general",
      Sets.immutableEnumSet(
          KeyBuyingFactor.MEETS_SPECIFICATION, KeyBuyingFactor.COMPETITIVE_PRICE));

  private final String label;
  private final ImmutableSet<KeyBuyingFactor> keyBuyingFactors;

  CustomerType(String label, ImmutableSet<KeyBuyingFactor> keyBuyingFactors) {
    this.label = label;
    this.keyBuyingFactors = keyBuyingFactors;
  }

  /** {@return the type in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return the type's key buying factors, an immutable set in declaration order; never null} */
  public Set<KeyBuyingFactor> keyBuyingFactors() {
    return keyBuyingFactors;
  }
}
