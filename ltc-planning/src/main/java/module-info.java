/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9–D11).
 *
 * <p>Every package with a type is API and exported. The domain module appears in the API, so a host
 * that reads this module reads it too. ojAlgo solves the sales-time allocation's linear programme
 * at run time but is not part of the API. The annotations (Immutables, JSpecify, Error Prone) are
 * needed only to compile this module.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations jar has only an automatic name
module org.leadtocash.planning {
  exports org.leadtocash.planning.account;
  exports org.leadtocash.planning.allocation;
  exports org.leadtocash.planning.cycle;
  exports org.leadtocash.planning.expansion;
  exports org.leadtocash.planning.history;
  exports org.leadtocash.planning.pricing;
  exports org.leadtocash.planning.relationship;
  exports org.leadtocash.planning.skills;
  exports org.leadtocash.planning.strategy;
  exports org.leadtocash.planning.target;

  requires transitive org.leadtocash.domain;
  // the linear-programme solver of the sales-time allocation (DOMAIN D11.6); not in the API
  requires ojalgo;

  requires static org.immutables.value.annotations;
  // the generated Immutable* classes carry javax.annotation.processing.Generated (SOURCE
  // retention: it marks them for Error Prone and NullAway during this compile, then vanishes)
  requires static java.compiler;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
