/**
 * The leadtocash test kit: jqwik arbitraries of every value type and aggregate of the library,
 * built through the domain's commands; action chains and contract interfaces for testers' own code;
 * books of business.
 *
 * <p>Every package is API and exported. The library modules and jqwik's API appear in the kit's
 * API, so a test module that reads this module reads them too. The kit's default arbitraries are
 * provided to jqwik as a service.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations jar has only an automatic name
module org.leadtocash.testkit {
  exports org.leadtocash.testkit;
  exports org.leadtocash.testkit.activity;
  exports org.leadtocash.testkit.book;
  exports org.leadtocash.testkit.common;
  exports org.leadtocash.testkit.contract;
  exports org.leadtocash.testkit.customer;
  exports org.leadtocash.testkit.defaults;
  exports org.leadtocash.testkit.lead;
  exports org.leadtocash.testkit.metrics;
  exports org.leadtocash.testkit.opportunity;
  exports org.leadtocash.testkit.planning;
  exports org.leadtocash.testkit.process;
  exports org.leadtocash.testkit.relationship;
  exports org.leadtocash.testkit.team;
  exports org.leadtocash.testkit.voice;

  requires transitive org.leadtocash.domain;
  requires transitive org.leadtocash.metrics;
  requires transitive org.leadtocash.planning;
  requires transitive net.jqwik.api;
  requires transitive org.opentest4j;
  // the domain's classes name Immutables' @Generated, read when the kit compiles
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  provides net.jqwik.api.providers.ArbitraryProvider with
      org.leadtocash.testkit.defaults.LeadToCashArbitraryProvider;
}
