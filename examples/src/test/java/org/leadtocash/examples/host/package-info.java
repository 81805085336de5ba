/**
 * Tests as a host sees the library: compiled against the published jars and only their runtime
 * dependencies, on the class path and as a named module on the module path, plus checks of what
 * is published (module descriptors, the Javadoc jars, the BOM).
 *
 * <p>The files come from Maven, not from guesses: the examples POM passes the runtime class path
 * that maven-dependency-plugin resolves ({@code ltc.host.classpath}); in {@code ./mvnw verify} the
 * reactor resolves the leadtocash modules to their packaged jars.
 */
package org.leadtocash.examples.host;
