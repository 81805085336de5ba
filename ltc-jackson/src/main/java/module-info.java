/**
 * The leadtocash JSON codec: a Jackson 2 module that writes and reads every event of the library
 * with its stored type name and schema version, every value an event carries, and the snapshot of
 * every aggregate that can be restored, strictly.
 *
 * <p>One package, the API, is exported. The module depends on the domain and the plans; neither
 * depends on it, nor on Jackson.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations jar has only an automatic name
module org.leadtocash.jackson {
  exports org.leadtocash.jackson;

  requires transitive org.leadtocash.domain;
  requires transitive org.leadtocash.planning;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  // the domain's classes name Immutables' @Generated, read when this module compiles
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
