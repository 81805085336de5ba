package org.leadtocash.domain.architecture.violations;

import java.net.URI;

/** Breaks the no-network rule: builds a price service address. */
public final class NetworkPriceLookup {

  /** Returns the host of the price service. */
  public String host(String address) {
    return URI.create(address).getHost();
  }
}
