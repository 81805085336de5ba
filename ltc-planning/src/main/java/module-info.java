/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9–D11).
 *
 * <p>Every package with a type is API and exported. The domain module appears in the API, so a host
 * that reads this module reads it too. ojAlgo solves the sales-time allocation's linear programme
 * at run time but is not part of the API. The annotations (JSpecify, Error Prone) are needed only
 * to compile this module.
 */
module org.leadtocash.planning {
  exports org.leadtocash.planning.allocation;
  exports org.leadtocash.planning.strategy;

  requires transitive org.leadtocash.domain;
  // the linear-programme solver of the sales-time allocation (DOMAIN D11.6); not in the API
  requires ojalgo;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
