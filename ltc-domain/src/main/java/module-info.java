/**
 * The Lead-to-Cash domain (DOMAIN D1–D8): aggregates, value types, rules and events.
 *
 * <p>Every package is API and exported. Guava, Joda-Money and threeten-extra appear in the API
 * (immutable collections and graphs, {@code Money}, {@code LocalDateRange}), so a host that reads
 * this module reads them too. The annotations (Immutables, JSpecify, Error Prone) are needed only
 * to compile this module: a host does not need them at run time. The SLF4J API is needed at run
 * time (the module logs its rule decisions at DEBUG through it) but is not part of the API; the
 * host chooses the logging back-end.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations jar has only an automatic name
module org.leadtocash.domain {
  exports org.leadtocash.domain.activity;
  exports org.leadtocash.domain.common;
  exports org.leadtocash.domain.contract;
  exports org.leadtocash.domain.customer;
  exports org.leadtocash.domain.history;
  exports org.leadtocash.domain.lead;
  exports org.leadtocash.domain.opportunity;
  exports org.leadtocash.domain.process;
  exports org.leadtocash.domain.relationship;
  exports org.leadtocash.domain.team;
  exports org.leadtocash.domain.voice;

  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires transitive org.threeten.extra;
  requires org.slf4j;

  requires static org.immutables.value.annotations;
  // the generated Immutable* classes carry javax.annotation.processing.Generated (SOURCE
  // retention: it marks them for Error Prone and NullAway during this compile, then vanishes)
  requires static java.compiler;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
