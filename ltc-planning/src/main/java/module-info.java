/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9–D11).
 *
 * <p>Every package with a type is API and exported. The domain module appears in the API, so a
 * host that reads this module reads it too. The annotations (JSpecify, Error Prone) are needed
 * only to compile this module.
 */
module org.leadtocash.planning {
  exports org.leadtocash.planning.expansion;
  exports org.leadtocash.planning.strategy;

  requires transitive org.leadtocash.domain;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
