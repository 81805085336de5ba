/**
 * A host application that is itself a named module: it reads the published leadtocash modules by
 * their module names, and through them (requires transitive) Guava, Joda-Money and threeten-extra.
 *
 * <p>Compiled and run by {@code org.leadtocash.examples.host.ModularHostTest}; {@code
 * com/example/crm/CrmHost.java} alone is compiled on the class path by {@code ClasspathHostTest}.
 */
module com.example.crm {
  requires org.leadtocash.domain;
  requires org.leadtocash.metrics;
  requires org.leadtocash.planning;
}
