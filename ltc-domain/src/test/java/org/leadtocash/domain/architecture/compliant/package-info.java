/**
 * Well-behaved classes that sit close to the edge of each architecture rule (serialization markers,
 * an explicit {@code Clock}, lambdas, enums and switches with synthetic static fields, a {@code
 * DomainException} subclass, SLF4J logging). {@code LibraryRulesTest} checks that no rule in {@code
 * LibraryRules} reports them, so the rules are precise as well as strict. Test-only.
 */
package org.leadtocash.domain.architecture.compliant;
